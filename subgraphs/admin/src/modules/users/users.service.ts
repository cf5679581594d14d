import { z } from "zod";
import { ROLE_IDS, ROLES, roleFromId, type RoleCode, type UserClaims } from "#shared/auth/claims.js";
import type { Prisma, Tx, User } from "#shared/db/client.js";
import { write } from "#shared/db/write.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import type { ReplyOf } from "#shared/events/requests.js";
import { requestJson } from "#shared/events/responder.js";
import { badUserInput, conflict, domainError, forbidden, notFound } from "#shared/graphql/errors.js";
import { decodeCursor, paginate, type PageArgs } from "#shared/graphql/pagination.js";
import { idInput as id, idOrNone, numericId, parseInput } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import { visibleUsersWhere } from "./user-scope.js";
import { assertStaffReferences } from "./staff-references.js";
import { userSnapshot } from "./user-snapshot.js";

function viewerOf(context: Context): UserClaims {
  if (!context.viewer) throw forbidden();
  return context.viewer;
}

export async function findUser(context: Context, id: string) {
  const userId = numericId(id);
  const user = userId === null ? null : await context.loaders.userById.load(userId);
  if (!user) throw notFound("User");
  return user;
}

export interface UserFilter {
  search?: string | null;
  role?: RoleCode | null;
  teamId?: string | null;
  regionId?: string | null;
  active?: boolean | null;
}

/** Users in the caller's scope, by name then id (the cursor carries both, so pages are stable). */
export async function listUsers(context: Context, args: PageArgs & { filter?: UserFilter | null }) {
  const filter = args.filter ?? {};
  const conditions: Prisma.UserWhereInput[] = [visibleUsersWhere(viewerOf(context))];
  const search = filter.search?.trim();
  if (search) {
    conditions.push({
      OR: [{ fullName: { contains: search } }, { email: { contains: search } }, { phone: { contains: search } }],
    });
  }
  if (filter.role) conditions.push({ roleId: ROLE_IDS[filter.role] });
  if (filter.teamId) conditions.push({ teamId: idOrNone(filter.teamId) });
  if (filter.regionId) conditions.push({ team: { regionId: idOrNone(filter.regionId) } });
  if (typeof filter.active === "boolean") conditions.push({ active: filter.active });
  return paginateUsers(args, conditions, context.db);
}

/** A page of users in (full name, id) order; the cursor carries both, so pages are stable. */
export function paginateUsers(args: PageArgs, conditions: Prisma.UserWhereInput[], db: Context["db"]) {
  return paginate<User, Prisma.UserWhereInput>(args, {
    where: conditions,
    afterCursor: (after) => {
      const cursor = decodeCursor(after);
      const separator = cursor.lastIndexOf("|");
      const fullName = cursor.slice(0, separator);
      const id = numericId(cursor.slice(separator + 1));
      if (separator < 0 || id === null) throw badUserInput("Invalid cursor", "after");
      return { OR: [{ fullName: { gt: fullName } }, { fullName, id: { gt: id } }] };
    },
    findMany: (where, window) =>
      db.user.findMany({ where: { AND: where }, orderBy: [{ fullName: "asc" }, { id: "asc" }], ...window }),
    count: (where) => db.user.count({ where: { AND: where } }),
    cursorOf: (row) => `${row.fullName}|${row.id}`,
  });
}

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(191)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address");
export const phoneField = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ""))
  .pipe(z.string().regex(/^\+?\d{6,20}$/, "must be a phone number, e.g. +22670000000"));
const fullName = z.string().trim().min(2, "must have at least 2 characters").max(191);
/** The numeric id of an input (staff.service.ts shares it). */
export const idField = id;
const email = emailField;
const phone = phoneField;

const createUserInput = z
  .object({ fullName, email: email.nullish(), phone: phone.nullish(), role: z.enum(ROLES), teamId: id.nullish() })
  .refine((input) => input.email || input.phone, {
    message: "give an email or a phone number to log in with",
    path: ["email"],
  });

const personName = z.string().trim().min(1, "must not be empty").max(100);
const updateUserInput = z.object({
  fullName: fullName.nullish(),
  email: email.nullish(),
  phone: phone.nullish(),
  role: z.enum(ROLES).nullish(),
  teamId: id.nullish(),
  firstName: personName.nullish(),
  lastName: personName.nullish(),
  gender: z.enum(["FEMALE", "MALE", "OTHER", "UNKNOWN"]).nullish(),
  countryId: id.nullish(),
  organisationId: id.nullish(),
  collectionPointIds: z.array(id).max(50).nullish(),
});

const updateProfileInput = z.object({
  fullName: fullName.nullish(),
  email: email.nullish(),
  phone: phone.nullish(),
  currentPassword: z.string().max(1024).nullish(),
});

const PRIVILEGED: RoleCode[] = ["SUPER_ADMIN", "ADMIN"];

/** Only a SUPER_ADMIN creates, changes or deactivates administrators, or makes someone one. */
export function assertMayManage(viewer: UserClaims, targetRoles: RoleCode[]): void {
  if (viewer.role !== "SUPER_ADMIN" && targetRoles.some((role) => PRIVILEGED.includes(role))) {
    throw forbidden("Only a super administrator can manage administrators");
  }
}

/** CONFLICT naming the field when an email or phone already belongs to another user. */
export async function assertUnique(
  tx: Tx,
  values: { email?: string | null; phone?: string | null },
  exceptId?: number,
) {
  for (const field of ["email", "phone"] as const) {
    const value = values[field];
    if (!value) continue;
    const taken = await tx.user.findFirst({
      where: { [field]: value, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    });
    if (taken) throw conflict(`Another user already has this ${field}`, field);
  }
}

async function assertTeamExists(tx: Tx, teamId: number | null | undefined) {
  if (teamId === null || teamId === undefined) return;
  if (!(await tx.team.findUnique({ where: { id: teamId } }))) throw badUserInput("No such team", "teamId");
}

type UserEventType = "admin.user.created" | "admin.user.updated" | "admin.user.deactivated" | "admin.user.reactivated";

/** Writes the users' fresh snapshots to the outbox, in the caller's transaction. */
export async function recordUserEvents(
  tx: Tx,
  context: Context,
  type: UserEventType,
  userIds: number[],
  extra: { reason?: string | null; previous?: Awaited<ReturnType<typeof userSnapshot>> } = {},
) {
  for (const userId of [...new Set(userIds)]) {
    const snapshot = await userSnapshot(tx, userId);
    if (!snapshot) continue;
    // The audit trail shows an update as before/after; `previous` is given by callers that change one user.
    const previous = extra.previous?.userId === snapshot.userId ? { previous: extra.previous } : {};
    const payload =
      type === "admin.user.deactivated"
        ? { ...snapshot, reason: extra.reason ?? null }
        : type === "admin.user.updated"
          ? { ...snapshot, ...previous }
          : snapshot;
    const event = createEvent(type, payload, context.events.meta());
    await tx.adminOutboxEvent.create({ data: toOutboxRow(event) });
  }
}

export async function createUser(context: Context, rawInput: unknown) {
  const viewer = viewerOf(context);
  const input = parseInput(createUserInput, rawInput);
  assertMayManage(viewer, [input.role]);
  return write(context, async (tx) => {
    await assertUnique(tx, input);
    await assertTeamExists(tx, input.teamId);
    const user = await tx.user.create({
      data: {
        fullName: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        roleId: ROLE_IDS[input.role],
        teamId: input.teamId ?? null,
      },
    });
    await recordUserEvents(tx, context, "admin.user.created", [user.id]);
    return user;
  });
}

export async function loadForManagement(tx: Tx | Context["db"], viewer: UserClaims, id: string) {
  const userId = numericId(id);
  const user = userId === null ? null : await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("User");
  assertMayManage(viewer, [roleFromId(user.roleId)]);
  return user;
}

export async function updateUser(context: Context, id: string, rawInput: unknown) {
  const viewer = viewerOf(context);
  const input = parseInput(updateUserInput, rawInput);
  if (input.role) assertMayManage(viewer, [input.role]);
  await assertStaffReferences(context, input);
  return write(context, async (tx) => {
    const user = await loadForManagement(tx, viewer, id);
    const previous = await userSnapshot(tx, user.id);
    await assertUnique(tx, input, user.id);
    await assertTeamExists(tx, input.teamId);
    if (input.role && user.id === Number(viewer.userId) && input.role !== viewer.role) {
      throw badUserInput("You cannot change your own role", "role");
    }
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        ...(input.fullName ? { fullName: input.fullName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.role ? { roleId: ROLE_IDS[input.role] } : {}),
        ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
        ...staffDetailsUpdate(user, input),
      },
    });
    if (!updated.email && !updated.phone)
      throw badUserInput("A user needs an email or a phone number to log in with", "email");
    await recordUserEvents(tx, context, "admin.user.updated", [user.id], { previous });
    return updated;
  });
}

/** The staff fields of an update; the full name follows the first and last names unless given. */
function staffDetailsUpdate(user: User, input: z.infer<typeof updateUserInput>): Prisma.UserUncheckedUpdateInput {
  const firstName = input.firstName ?? user.firstName;
  const lastName = input.lastName ?? user.lastName;
  const renamed = (input.firstName || input.lastName) && !input.fullName;
  return {
    ...(input.firstName ? { firstName: input.firstName } : {}),
    ...(input.lastName ? { lastName: input.lastName } : {}),
    ...(renamed ? { fullName: [firstName, lastName].filter(Boolean).join(" ") } : {}),
    ...(input.gender !== undefined ? { gender: input.gender } : {}),
    ...(input.countryId !== undefined ? { countryId: input.countryId } : {}),
    ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
    ...(input.collectionPointIds
      ? {
          collectionPoints: {
            deleteMany: {},
            create: [...new Set(input.collectionPointIds)].map((collectionPointId) => ({ collectionPointId })),
          },
        }
      : {}),
  };
}

export async function setUserActive(context: Context, id: string, active: boolean, reason?: string | null) {
  const viewer = viewerOf(context);
  return write(context, async (tx) => {
    const user = await loadForManagement(tx, viewer, id);
    if (user.id === Number(viewer.userId)) throw badUserInput("You cannot deactivate yourself", "id");
    if (user.active === active) return user;
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { active, deactivatedAt: active ? null : new Date() },
    });
    await recordUserEvents(tx, context, active ? "admin.user.reactivated" : "admin.user.deactivated", [user.id], {
      reason,
    });
    return updated;
  });
}

/**
 * The email and phone number are how the user logs in (and recovers the account): changing them with
 * only a session in hand would let whoever holds a stolen token take the account over, so the current
 * password must come with the change. auth checks it (`auth.password_check`), throttled like a login.
 */
async function confirmCurrentPassword(context: Context, userId: number, password: string | null | undefined) {
  if (!password) {
    throw badUserInput("Give your current password to change the email or phone you log in with", "currentPassword");
  }
  const unavailable = () =>
    domainError("SERVICE_UNAVAILABLE", "The password cannot be checked right now; try again shortly");
  let reply: ReplyOf<"auth.password_check">;
  try {
    reply = await requestJson(context.nats, "auth.password_check", { userId: String(userId), password });
  } catch (error) {
    context.logger.warn({ err: error }, "auth.password_check failed");
    throw unavailable();
  }
  if (reply.ok) return;
  if (reply.code === "TOO_MANY_REQUESTS") {
    const retryAfterSeconds = reply.retryAfterSeconds ?? 1;
    const message = `Too many failed attempts; try again in ${retryAfterSeconds} s`;
    throw domainError("TOO_MANY_REQUESTS", message, { retryAfterSeconds });
  }
  throw badUserInput("The current password is wrong", "currentPassword");
}

export async function updateMyProfile(context: Context, rawInput: unknown) {
  const viewer = viewerOf(context);
  const input = parseInput(updateProfileInput, rawInput);
  const userId = Number(viewer.userId);
  const current = await context.db.user.findUnique({ where: { id: userId }, select: { email: true, phone: true } });
  if (!current) throw notFound("User");
  const changes = (field: "email" | "phone") => input[field] !== undefined && input[field] !== current[field];
  const changesLogin = changes("email") || changes("phone");
  if (changesLogin) await confirmCurrentPassword(context, userId, input.currentPassword);
  return write(context, async (tx) => {
    await assertUnique(tx, input, userId);
    const previous = await userSnapshot(tx, userId);
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...(input.fullName ? { fullName: input.fullName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
      },
    });
    if (!updated.email && !updated.phone) throw badUserInput("Keep an email or a phone number to log in with", "email");
    await recordUserEvents(tx, context, "admin.user.updated", [userId], { previous });
    return updated;
  });
}
