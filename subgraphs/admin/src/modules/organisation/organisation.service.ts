import { z } from "zod";
import { ROLE_IDS } from "#shared/auth/claims.js";
import type { Prisma, Region, Tx } from "#shared/db/client.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { idInput as id, idOrNone, numericId, parseInput } from "#shared/graphql/input.js";
import { paginateById, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { recordUserEvents } from "../users/users.service.js";
import { write } from "#shared/db/write.js";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "must be 2–32 letters, digits, - or _");
const name = z.string().trim().min(2, "must have at least 2 characters").max(191);

export async function findTeam(context: Context, teamId: string) {
  const idNumber = numericId(teamId);
  const team = idNumber === null ? null : await context.loaders.teamById.load(idNumber);
  if (!team) throw notFound("Team");
  return team;
}

export async function findRegion(context: Context, regionId: string) {
  const idNumber = numericId(regionId);
  const region = idNumber === null ? null : await context.loaders.regionById.load(idNumber);
  if (!region) throw notFound("Region");
  return region;
}

export async function listTeams(
  context: Context,
  args: PageArgs & { filter?: { search?: string | null; regionId?: string | null } | null },
) {
  const search = args.filter?.search?.trim();
  const conditions: Prisma.TeamWhereInput[] = [
    ...(search ? [{ OR: [{ name: { contains: search } }, { code: { contains: search } }] }] : []),
    ...(args.filter?.regionId ? [{ regionId: idOrNone(args.filter.regionId) }] : []),
  ];
  return paginateById(args, conditions, context.db.team);
}

export async function listRegions(context: Context, args: PageArgs) {
  return paginateById<Region, Prisma.RegionWhereInput>(args, [], context.db.region);
}

async function assertRole(tx: Tx, userId: number, role: "TEAM_LEAD" | "SUPERVISOR", field: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw badUserInput("No such user", field);
  if (user.roleId !== ROLE_IDS[role]) throw badUserInput(`The user must have the ${role} role`, field);
}

async function assertRegion(tx: Tx, regionId: number) {
  if (!(await tx.region.findUnique({ where: { id: regionId } }))) throw badUserInput("No such region", "regionId");
}

const createTeamInput = z.object({ code, name, regionId: id, leadId: id.nullish() });
const updateTeamInput = z.object({
  name: name.nullish(),
  regionId: id.nullish(),
  leadId: id.nullish(),
  active: z.boolean().nullish(),
});

/** A team lead is a member of the team they lead; their token's team and regions follow. */
export async function createTeam(context: Context, rawInput: unknown) {
  const input = parseInput(createTeamInput, rawInput);
  return write(context, async (tx) => {
    await assertRegion(tx, input.regionId);
    if (await tx.team.findUnique({ where: { code: input.code } }))
      throw badUserInput("Another team has this code", "code");
    if (input.leadId) await assertRole(tx, input.leadId, "TEAM_LEAD", "leadId");
    const team = await tx.team.create({
      data: { code: input.code, name: input.name, regionId: input.regionId, leadId: input.leadId ?? null },
    });
    if (input.leadId) {
      await tx.user.update({ where: { id: input.leadId }, data: { teamId: team.id } });
      await recordUserEvents(tx, context, "admin.user.updated", [input.leadId]);
    }
    return team;
  });
}

export async function updateTeam(context: Context, teamId: string, rawInput: unknown) {
  const input = parseInput(updateTeamInput, rawInput);
  return write(context, async (tx) => {
    const team = await tx.team.findUnique({
      where: { id: idOrNone(teamId) },
      include: { members: { select: { id: true } } },
    });
    if (!team) throw notFound("Team");
    if (input.regionId) await assertRegion(tx, input.regionId);
    if (input.leadId) await assertRole(tx, input.leadId, "TEAM_LEAD", "leadId");
    const updated = await tx.team.update({
      where: { id: team.id },
      data: {
        ...(input.name ? { name: input.name } : {}),
        ...(input.regionId ? { regionId: input.regionId } : {}),
        ...(input.leadId !== undefined ? { leadId: input.leadId } : {}),
        ...(typeof input.active === "boolean" ? { active: input.active } : {}),
      },
    });
    if (input.leadId) await tx.user.update({ where: { id: input.leadId }, data: { teamId: team.id } });
    // Whose team or regions changed: members (region moved) and the old and new leads.
    const affected = [
      ...(input.regionId && input.regionId !== team.regionId ? team.members.map((member) => member.id) : []),
      ...(input.leadId !== undefined && input.leadId !== team.leadId ? [team.leadId, input.leadId] : []),
    ].filter((userId): userId is number => typeof userId === "number");
    await recordUserEvents(tx, context, "admin.user.updated", affected);
    return updated;
  });
}

const createRegionInput = z.object({ code, name });
const updateRegionInput = z.object({ name: name.nullish(), active: z.boolean().nullish() });

export async function createRegion(context: Context, rawInput: unknown) {
  const input = parseInput(createRegionInput, rawInput);
  return write(context, async (tx) => {
    if (await tx.region.findUnique({ where: { code: input.code } }))
      throw badUserInput("Another region has this code", "code");
    return tx.region.create({ data: input });
  });
}

export async function updateRegion(context: Context, regionId: string, rawInput: unknown) {
  const input = parseInput(updateRegionInput, rawInput);
  return write(context, async (tx) => {
    const region = await tx.region.findUnique({ where: { id: idOrNone(regionId) } });
    if (!region) throw notFound("Region");
    return tx.region.update({
      where: { id: region.id },
      data: {
        ...(input.name ? { name: input.name } : {}),
        ...(typeof input.active === "boolean" ? { active: input.active } : {}),
      },
    });
  });
}

export async function setRegionSupervisors(context: Context, regionId: string, supervisorIds: string[]) {
  const ids = parseInput(z.array(id).max(50), supervisorIds);
  return write(context, async (tx) => {
    const region = await tx.region.findUnique({ where: { id: idOrNone(regionId) } });
    if (!region) throw notFound("Region");
    for (const userId of ids) await assertRole(tx, userId, "SUPERVISOR", "supervisorIds");
    const before = await tx.regionSupervisor.findMany({ where: { regionId: region.id } });
    await tx.regionSupervisor.deleteMany({ where: { regionId: region.id, userId: { notIn: ids } } });
    for (const userId of ids) {
      await tx.regionSupervisor.upsert({
        where: { regionId_userId: { regionId: region.id, userId } },
        create: { regionId: region.id, userId },
        update: {},
      });
    }
    const changed = [
      ...before.map((link) => link.userId).filter((userId) => !ids.includes(userId)),
      ...ids.filter((userId) => !before.some((link) => link.userId === userId)),
    ];
    await recordUserEvents(tx, context, "admin.user.updated", changed);
    return region;
  });
}
