import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "#shared/db/client.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { rowScopeOf } from "#shared/auth/scope.js";
import { badUserInput, conflict, domainError, forbidden, notFound, unauthenticated } from "#shared/graphql/errors.js";
import { decodeCursor, paginate, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import type { CollectionRow } from "../../mappers.js";
import { ServiceUnavailableError } from "../../clients/trade-support.js";
import { parseCollection } from "./collection-input.js";
import { childId, prepareCollections, type PreparedCollection } from "./prepare.js";
import { recordTransition } from "../validation/transitions.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function normaliseId(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}

/**
 * Which collections the caller may see: an agent their own, a team lead their team's, a supervisor
 * their regions', administrators all, analysts the validated ones (official statistics count only those).
 */
export function collectionScope(viewer: UserClaims | null): Prisma.CollectionWhereInput {
  if (!viewer) throw unauthenticated();
  const scope = rowScopeOf(viewer);
  switch (scope.kind) {
    case "all":
      return viewer.role === "ANALYST" ? { status: "VALIDATED" } : {};
    case "own":
      return { collectorId: scope.userId };
    case "team":
      return scope.teamId === null ? { collectorId: scope.userId } : { teamId: scope.teamId };
    case "regions":
      return { regionId: { in: scope.regionIds } };
  }
}

type ScopedFields = Pick<CollectionRow, "collectorId" | "teamId" | "regionId" | "status">;

/** The same rule as collectionScope, for a row already loaded (by a batch loader). */
export function isVisible(viewer: UserClaims | null, collection: ScopedFields): boolean {
  if (!viewer) return false;
  const scope = rowScopeOf(viewer);
  switch (scope.kind) {
    case "all":
      return viewer.role !== "ANALYST" || collection.status === "VALIDATED";
    case "own":
      return collection.collectorId === scope.userId;
    case "team":
      return scope.teamId === null ? collection.collectorId === scope.userId : collection.teamId === scope.teamId;
    case "regions":
      return collection.regionId !== null && scope.regionIds.includes(collection.regionId);
  }
}

/** A collection the caller may see, or null (out-of-scope looks exactly like missing). */
export async function loadVisibleCollection(context: Context, id: string) {
  const collectionId = normaliseId(id);
  if (!collectionId) return null;
  const collection = await context.loaders.collectionById.load(collectionId);
  return collection && isVisible(context.viewer, collection) ? collection : null;
}

export async function findCollection(context: Context, id: string) {
  const collection = await loadVisibleCollection(context, id);
  if (!collection) throw notFound("Collection");
  return collection;
}

/** A stale version is a CONFLICT that changes nothing. */
export function assertVersion(collection: CollectionRow, version: number) {
  if (collection.version !== version) {
    throw conflict(`The collection changed since you read it (version ${version}, now ${collection.version}); reload it`, "version");
  }
}

// ── reads ───────────────────────────────────────────────────────────────────

export interface CollectionFilterInput {
  status?: CollectionRow["status"][] | null;
  pendingLevel?: number | null;
  collectedFrom?: Date | string | null;
  collectedTo?: Date | string | null;
  collectionPointId?: string | null;
  productId?: string | null;
  collectorId?: string | null;
  teamId?: string | null;
  regionId?: string | null;
  direction?: CollectionRow["direction"] | null;
  type?: CollectionRow["type"] | null;
  search?: string | null;
}

const idOrNone = (value: string) => (/^\d{1,10}$/.test(value) ? Number(value) : -1);

export function filterConditions(filter: CollectionFilterInput | null | undefined): Prisma.CollectionWhereInput[] {
  if (!filter) return [];
  const conditions: Prisma.CollectionWhereInput[] = [];
  if (filter.status?.length) conditions.push({ status: { in: filter.status } });
  if (filter.pendingLevel) conditions.push({ status: "SUBMITTED", pendingLevel: filter.pendingLevel });
  if (filter.collectedFrom) conditions.push({ collectedAt: { gte: new Date(filter.collectedFrom) } });
  if (filter.collectedTo) conditions.push({ collectedAt: { lte: new Date(filter.collectedTo) } });
  if (filter.collectionPointId) conditions.push({ collectionPointId: idOrNone(filter.collectionPointId) });
  if (filter.productId) conditions.push({ items: { some: { productId: idOrNone(filter.productId) } } });
  if (filter.collectorId) conditions.push({ collectorId: idOrNone(filter.collectorId) });
  if (filter.teamId) conditions.push({ teamId: idOrNone(filter.teamId) });
  if (filter.regionId) conditions.push({ regionId: idOrNone(filter.regionId) });
  if (filter.direction) conditions.push({ direction: filter.direction });
  if (filter.type) conditions.push({ type: filter.type });
  const text = filter.search?.trim();
  if (text) {
    conditions.push({
      OR: [
        ...(UUID.test(text) ? [{ id: text.toLowerCase() }] : []),
        { vehicleRegistration: { contains: text.toUpperCase() } },
        { intermediateDestination: { contains: text } },
        { notes: { contains: text } },
      ],
    });
  }
  return conditions;
}

type Sort = "COLLECTED_AT_DESC" | "COLLECTED_AT_ASC" | "UPDATED_AT_DESC";

const SORTS: Record<Sort, { field: "collectedAt" | "updatedAt"; direction: "asc" | "desc" }> = {
  COLLECTED_AT_DESC: { field: "collectedAt", direction: "desc" },
  COLLECTED_AT_ASC: { field: "collectedAt", direction: "asc" },
  UPDATED_AT_DESC: { field: "updatedAt", direction: "desc" },
};

/** Keyset pagination on (date, id), so pages stay stable while agents keep syncing. */
export async function listCollections(
  context: Context,
  args: PageArgs & { filter?: CollectionFilterInput | null; sort?: Sort | null },
  extra: Prisma.CollectionWhereInput[] = [],
) {
  const { field, direction } = SORTS[args.sort ?? "COLLECTED_AT_DESC"];
  const conditions: Prisma.CollectionWhereInput[] = [collectionScope(context.viewer), ...filterConditions(args.filter), ...extra];
  const connection = await paginate<CollectionRow, Prisma.CollectionWhereInput>(args, {
    where: conditions,
    afterCursor: (after) => {
      const [millis, id] = decodeCursor(after).split("|");
      const at = new Date(Number(millis));
      if (!id || Number.isNaN(at.getTime())) throw badUserInput("Invalid cursor", "after");
      const beyond = direction === "desc" ? { lt: at } : { gt: at };
      const idBeyond = direction === "desc" ? { lt: id } : { gt: id };
      return { OR: [{ [field]: beyond }, { [field]: at, id: idBeyond }] };
    },
    findMany: (where, window) =>
      context.db.collection.findMany({ where: { AND: where }, orderBy: [{ [field]: direction }, { id: direction }], ...window }),
    count: (where) => context.db.collection.count({ where: { AND: where } }),
    cursorOf: (row) => `${row[field].getTime()}|${row.id}`,
  });
  for (const row of connection.nodes) context.loaders.collectionById.prime(row.id, row);
  return connection;
}

// ── writes ──────────────────────────────────────────────────────────────────

function collectorOf(context: Context) {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.role !== "AGENT") throw forbidden("Only field agents record collections");
  return {
    collectorId: Number(viewer.userId),
    teamId: viewer.teamId === null ? null : Number(viewer.teamId),
    // An agent's regions are their team's region.
    regionId: viewer.regionIds[0] ? Number(viewer.regionIds[0]) : null,
  };
}

async function prepareOne(context: Context, raw: unknown): Promise<PreparedCollection> {
  const parsed = parseCollection(raw);
  if (!parsed.ok) throw badUserInput(parsed.message, parsed.field);
  try {
    const [prepared] = await prepareCollections(context, [parsed.value]);
    if (!prepared!.ok) throw badUserInput(prepared!.message, prepared!.field);
    return prepared!.value;
  } catch (error) {
    if (error instanceof ServiceUnavailableError) {
      context.logger.error({ err: error }, "a service needed to record the collection is unavailable");
      throw domainError("SERVICE_UNAVAILABLE", "A service needed to check this collection is unavailable; try again shortly");
    }
    throw error;
  }
}

export async function insertChildren(tx: Tx, collectionId: string, prepared: Pick<PreparedCollection, "items" | "controls">) {
  await tx.collectionItem.createMany({
    data: prepared.items.map((item) => ({ ...item, id: childId(collectionId, "item", item.position), collectionId })),
  });
  if (prepared.controls.length) {
    await tx.collectionControl.createMany({
      data: prepared.controls.map((control) => ({ ...control, id: childId(collectionId, "control", control.position), collectionId })),
    });
  }
}

/** The published validation workflow (model, cached), fixed on each collection when it is submitted. */
export async function requireWorkflow(context: Context) {
  if (!context.workflows.get()) await context.workflows.refresh();
  const workflow = context.workflows.get();
  if (!workflow) throw domainError("SERVICE_UNAVAILABLE", "No validation workflow is available yet; try again shortly");
  return workflow;
}

export async function createCollection(context: Context, raw: unknown, submit: boolean) {
  const owner = collectorOf(context);
  const prepared = await prepareOne(context, raw);
  const workflow = submit ? await requireWorkflow(context) : null;
  const id = randomUUID();
  await context.db.$transaction(async (tx) => {
    await tx.collection.create({ data: { ...prepared.fields, ...owner, id, status: "DRAFT" } });
    await insertChildren(tx, id, prepared);
    if (workflow) {
      await recordTransition(tx, context, { id, version: 1, status: "DRAFT", revision: 1, collectorId: owner.collectorId }, { kind: "submit", workflow });
    }
  });
  context.events.flush();
  return (await context.db.collection.findUniqueOrThrow({ where: { id } }));
}

async function loadOwnEditable(context: Context, id: string, version: number, action: "edit" | "delete" | "submit") {
  const collection = await findCollection(context, id);
  assertVersion(collection, version);
  if (collection.collectorId !== Number(context.viewer!.userId)) throw forbidden(`Only the collector can ${action} a collection`);
  const allowed = action === "delete" ? ["DRAFT"] : ["DRAFT", "RETURNED"];
  if (!allowed.includes(collection.status)) {
    throw conflict(`A ${collection.status.toLowerCase()} collection cannot be ${action === "submit" ? "submitted" : `${action}ed`}`, "status");
  }
  if (collection.status === "RETURNED" && action === "edit") assertWithinEditWindow(context, collection);
  return collection;
}

/** A returned collection may be corrected during EDIT_WINDOW_HOURS after it was returned. */
function assertWithinEditWindow(context: Context, collection: CollectionRow) {
  const hours = context.settings.get("EDIT_WINDOW_HOURS");
  if (hours > 0 && Date.now() - collection.updatedAt.getTime() > hours * 3_600_000) {
    throw forbidden(`The ${hours} h correction window has passed; ask your team lead to return it again`);
  }
}

export async function updateCollection(context: Context, id: string, version: number, raw: unknown) {
  const collection = await loadOwnEditable(context, id, version, "edit");
  const prepared = await prepareOne(context, raw);
  await context.db.$transaction(async (tx) => {
    const updated = await tx.collection.updateMany({
      where: { id: collection.id, version },
      data: { ...prepared.fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("The collection changed since you read it; reload it", "version");
    await tx.collectionItem.deleteMany({ where: { collectionId: collection.id } });
    await tx.collectionControl.deleteMany({ where: { collectionId: collection.id } });
    await insertChildren(tx, collection.id, prepared);
  });
  return context.db.collection.findUniqueOrThrow({ where: { id: collection.id } });
}

export async function deleteCollection(context: Context, id: string, version: number) {
  const collection = await loadOwnEditable(context, id, version, "delete");
  const deleted = await context.db.collection.deleteMany({ where: { id: collection.id, version, status: "DRAFT" } });
  if (deleted.count === 0) throw conflict("The collection changed since you read it; reload it", "version");
  return true;
}

export async function submitCollection(context: Context, id: string, version: number) {
  const collection = await loadOwnEditable(context, id, version, "submit");
  const workflow = await requireWorkflow(context);
  await context.db.$transaction((tx) => recordTransition(tx, context, collection, { kind: "submit", workflow }));
  context.events.flush();
  return context.db.collection.findUniqueOrThrow({ where: { id: collection.id } });
}
