import { z } from "zod";
import { ROLE_IDS, ROLES, roleFromId, type UserClaims } from "#shared/auth/claims.js";
import { sendInitialPassword } from "#shared/auth/initial-password.js";
import { assertPasswordPolicy } from "#shared/auth/password-policy.js";
import type { Prisma, Tx, User } from "#shared/db/client.js";
import { countCollectionReferences } from "#shared/events/reference-usage.js";
import { codeFor } from "#shared/graphql/codes.js";
import { deleteUnlessReferenced, type DeleteOutcome } from "#shared/graphql/delete-result.js";
import { badUserInput, forbidden, notFound } from "#shared/graphql/errors.js";
import { numericId, parseInput } from "#shared/graphql/input.js";
import type { PageArgs } from "#shared/graphql/pagination.js";
import { localizeMessage } from "#shared/i18n/messages.js";
import type { Context } from "../../context.js";
import { visibleUsersWhere } from "./user-scope.js";
import { write } from "#shared/db/write.js";
import { assertStaffReferences } from "./staff-references.js";
import {
  assertMayManage,
  assertUnique,
  emailField,
  idField,
  loadForManagement,
  paginateUsers,
  phoneField,
  recordUserEvents,
} from "./users.service.js";

const personName = z.string().trim().min(1, "must not be empty").max(100);
const gender = z.enum(["FEMALE", "MALE", "OTHER", "UNKNOWN"]);

/** What CT's collector, team-manager and supervisor forms send. */
const staffInput = z
  .object({
    firstName: personName,
    lastName: personName,
    email: emailField.nullish(),
    phone: phoneField.nullish(),
    role: z.enum(ROLES),
    gender: gender.nullish(),
    countryId: idField.nullish(),
    organisationId: idField.nullish(),
    collectionPointIds: z.array(idField).max(50).nullish(),
    teamLeadId: idField.nullish(),
    supervisorId: idField.nullish(),
    regionId: idField.nullish(),
    password: z.string(),
    mustChangePassword: z.boolean().nullish(),
  })
  .refine((input) => input.email || input.phone, {
    message: "give an email or a phone number to log in with",
    path: ["email"],
  });

async function userWithRole(tx: Tx, userId: number, role: "TEAM_LEAD" | "SUPERVISOR", field: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    include: { ledTeams: { orderBy: { id: "asc" } }, supervisedRegions: { orderBy: { regionId: "asc" } } },
  });
  if (!user) throw badUserInput("No such user", field);
  if (user.roleId !== ROLE_IDS[role]) throw badUserInput(`The user must have the ${role} role`, field);
  return user;
}

/**
 * Where the new person sits: a collector joins their team lead's team; a team lead gets a team of
 * their own in their supervisor's region (the region decides who validates at level 2).
 */
async function placement(tx: Tx, input: z.infer<typeof staffInput>) {
  if (input.role === "AGENT") {
    if (input.teamLeadId === null || input.teamLeadId === undefined)
      throw badUserInput("A collector names their team lead", "teamLeadId");
    const lead = await userWithRole(tx, input.teamLeadId, "TEAM_LEAD", "teamLeadId");
    const team = lead.ledTeams[0];
    if (!team) throw badUserInput("This team lead leads no team yet", "teamLeadId");
    return { teamId: team.id, newTeamRegionId: null };
  }
  if (input.role === "TEAM_LEAD") {
    if (input.supervisorId === null || input.supervisorId === undefined) {
      throw badUserInput("A team lead names their supervisor", "supervisorId");
    }
    const supervisor = await userWithRole(tx, input.supervisorId, "SUPERVISOR", "supervisorId");
    const regionIds = supervisor.supervisedRegions.map((link) => link.regionId);
    if (regionIds.length === 0) throw badUserInput("This supervisor supervises no region yet", "supervisorId");
    if (input.regionId !== null && input.regionId !== undefined && !regionIds.includes(input.regionId)) {
      throw badUserInput("No such region", "regionId");
    }
    return { teamId: null, newTeamRegionId: input.regionId ?? regionIds[0]! };
  }
  if (input.teamLeadId || input.supervisorId) throw badUserInput("Only collectors and team leads have a team", "role");
  return { teamId: null, newTeamRegionId: null };
}

export interface CreateStaffResult {
  user: User;
  passwordSet: boolean;
  mustChangePassword: boolean;
  message: string | null;
}

export async function createStaff(context: Context, rawInput: unknown): Promise<CreateStaffResult> {
  const viewer = context.viewer!;
  const input = parseInput(staffInput, rawInput);
  assertMayManage(viewer, [input.role]);
  assertPasswordPolicy(input.password, "password");
  await assertStaffReferences(context, input);
  const fullName = `${input.firstName} ${input.lastName}`;
  const user = await write(context, async (tx) => {
    await assertUnique(tx, input);
    const { teamId, newTeamRegionId } = await placement(tx, input);
    let created = await tx.user.create({
      data: {
        fullName,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        roleId: ROLE_IDS[input.role],
        teamId,
        gender: input.gender ?? null,
        countryId: input.countryId ?? null,
        organisationId: input.organisationId ?? null,
        collectionPoints: {
          create: [...new Set(input.collectionPointIds ?? [])].map((collectionPointId) => ({ collectionPointId })),
        },
      },
    });
    if (newTeamRegionId !== null) {
      const code = await codeFor(
        null,
        `EQ ${input.lastName} ${input.firstName}`,
        async (prefix) =>
          (await tx.team.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })).map(
            (row) => row.code,
          ),
        { maxLength: 32 },
      );
      const team = await tx.team.create({
        data: { code, name: `Équipe ${fullName}`, regionId: newTeamRegionId, leadId: created.id },
      });
      // A lead belongs to the team they lead, as the demo team lead does.
      created = await tx.user.update({ where: { id: created.id }, data: { teamId: team.id } });
    }
    if (input.role === "SUPERVISOR" && input.regionId !== null && input.regionId !== undefined) {
      if (!(await tx.region.findUnique({ where: { id: input.regionId } })))
        throw badUserInput("No such region", "regionId");
      await tx.regionSupervisor.create({ data: { regionId: input.regionId, userId: created.id } });
    }
    await recordUserEvents(tx, context, "admin.user.created", [created.id]);
    return created;
  });
  // After the commit: auth records the password against the person admin now knows (it asks admin
  // for them if its projection has not caught up). The password itself is never stored here.
  const mustChangePassword = input.mustChangePassword ?? true;
  const reply = await sendInitialPassword(context.nats, context.signingSecret, viewer, context.traceId, {
    userId: String(user.id),
    password: input.password,
    mustChangePassword,
  });
  if (!reply.ok) context.logger.warn({ userId: user.id, reason: reply.reason }, "first password not recorded");
  return {
    user,
    passwordSet: reply.ok,
    mustChangePassword,
    message: reply.ok
      ? null
      : localizeMessage(
          "The user was created, but auth could not record the password; set it with setTemporaryPassword",
          context.language,
        ),
  };
}

/**
 * Deletes a person who recorded and validated nothing and leads nothing; anyone else is deactivated.
 * Auth hears a deactivation first either way, so the person's sessions end and their account closes.
 */
export async function deleteUser(context: Context, id: string): Promise<DeleteOutcome> {
  const viewer = context.viewer!;
  const user = await loadForManagement(context.db, viewer, id);
  if (user.id === Number(viewer.userId)) throw badUserInput("You cannot delete yourself", "id");
  const deactivate = (tx: Tx) =>
    tx.user.update({
      where: { id: user.id },
      data: { active: false, deactivatedAt: user.deactivatedAt ?? new Date() },
    });
  return deleteUnlessReferenced(context.language, user.id, {
    countReferences: async () => {
      const [teams, regions, collections] = await Promise.all([
        context.db.team.count({ where: { leadId: user.id } }),
        context.db.regionSupervisor.count({ where: { userId: user.id } }),
        countCollectionReferences(context.nats, "USER", user.id),
      ]);
      return collections === null ? null : teams + regions + collections;
    },
    remove: () =>
      write(context, async (tx) => {
        await deactivate(tx);
        await recordUserEvents(tx, context, "admin.user.deactivated", [user.id], { reason: "deleted" });
        await tx.user.delete({ where: { id: user.id } });
      }),
    deactivate: () =>
      write(context, async (tx) => {
        if (!user.active) return;
        await deactivate(tx);
        await recordUserEvents(tx, context, "admin.user.deactivated", [user.id], { reason: "deleted" });
      }),
  });
}

/**
 * A team lead's agents, a supervisor's team leads. The caller's own staff, or, for administrators and
 * analysts, anyone's; always within what the caller may see.
 */
export async function assignedStaff(
  context: Context,
  args: PageArgs & { userId?: string | null; search?: string | null },
) {
  const viewer: UserClaims = context.viewer!;
  const targetId = args.userId ? numericId(args.userId) : Number(viewer.userId);
  const seesEveryone = ["SUPER_ADMIN", "ADMIN", "ANALYST"].includes(viewer.role);
  if (targetId !== Number(viewer.userId) && !seesEveryone) throw forbidden();
  const target = targetId === null ? null : await context.loaders.userById.load(targetId);
  if (!target) throw notFound("User");
  const role = roleFromId(target.roleId);
  const conditions: Prisma.UserWhereInput[] = [visibleUsersWhere(viewer)];
  if (role === "TEAM_LEAD") {
    conditions.push({ roleId: ROLE_IDS.AGENT, team: { leadId: target.id } });
  } else if (role === "SUPERVISOR") {
    conditions.push({
      roleId: ROLE_IDS.TEAM_LEAD,
      ledTeams: { some: { region: { supervisors: { some: { userId: target.id } } } } },
    });
  } else {
    throw badUserInput("Only team leads and supervisors have assigned staff", "userId");
  }
  const search = args.search?.trim();
  if (search) {
    conditions.push({
      OR: [{ fullName: { contains: search } }, { email: { contains: search } }, { phone: { contains: search } }],
    });
  }
  return paginateUsers(args, conditions, context.db);
}
