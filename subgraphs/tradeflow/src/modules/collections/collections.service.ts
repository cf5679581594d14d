import { randomFillSync, randomUUID } from "node:crypto";
import { Prisma, type Tx } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
import { transactionWithRetry } from "#shared/db/retry.js";
import { badUserInput, conflict, domainError, notFound, unauthenticated } from "#shared/graphql/errors.js";
import { idOrNone, numericId } from "#shared/graphql/input.js";
import { decodeCursor, pageSize, paginate, toConnection, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import type { CollectionRow } from "../../mappers.js";
import { ServiceUnavailableError } from "../../clients/trade-support.js";
import { collectionScope } from "../../domain/scope.js";
import { editWindowRefusal, ownActionRefusal, refuse, type OwnAction } from "../../domain/abilities.js";
import { normaliseId, normalisePublicId, PUBLIC_ID_RANDOM_BYTES, publicIdOf } from "../../domain/public-id.js";
import { parseCollection } from "./collection-input.js";
import { childId, prepareCollections, type PreparedCollection } from "./prepare.js";
import { recordTransition } from "../validation/transitions.js";
import { requireWorkflow } from "../validation/workflow.js";

/** The caller's row scope (domain/scope.ts) as a query condition. */
export function scopeOf(context: Context): Prisma.CollectionWhereInput {
  if (!context.viewer) throw unauthenticated();
  return collectionScope(context.viewer);
}

/**
 * A collection the caller may see, or null: the loader applies the row scope, so out-of-scope looks
 * exactly like missing.
 */
export async function loadVisibleCollection(context: Context, id: string) {
  const collectionId = normaliseId(id);
  return collectionId ? context.loaders.collectionById.load(collectionId) : null;
}

export async function findCollection(context: Context, id: string) {
  const collection = await loadVisibleCollection(context, id);
  if (!collection) throw notFound("Collection");
  return collection;
}

/** A stale version is a CONFLICT that changes nothing. */
export function assertVersion(collection: CollectionRow, version: number) {
  if (collection.version !== version) {
    throw conflict(
      `The collection changed since you read it (version ${version}, now ${collection.version}); reload it`,
      "version",
    );
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
  transportBatchId?: string | null;
  search?: string | null;
}

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
  if (filter.transportBatchId) conditions.push({ transportBatchId: filter.transportBatchId });
  const text = filter.search?.trim();
  if (text) {
    const publicId = normalisePublicId(text);
    const id = normaliseId(text);
    conditions.push({
      OR: [
        ...(id ? [{ id }] : []),
        ...(publicId ? [{ publicId }] : []),
        { vehicleRegistration: { contains: text.toUpperCase() } },
        { intermediateDestination: { contains: text } },
        { notes: { contains: text } },
      ],
    });
  }
  return conditions;
}

export type Sort = "COLLECTED_AT_DESC" | "COLLECTED_AT_ASC" | "UPDATED_AT_DESC";

const SORTS: Record<Sort, { field: "collectedAt" | "updatedAt"; direction: "asc" | "desc" }> = {
  COLLECTED_AT_DESC: { field: "collectedAt", direction: "desc" },
  COLLECTED_AT_ASC: { field: "collectedAt", direction: "asc" },
  UPDATED_AT_DESC: { field: "updatedAt", direction: "desc" },
};

/** The (date, id) position a page cursor points at. */
export function cursorPosition(after: string): { at: Date; id: string } {
  const [millis, raw] = decodeCursor(after).split("|");
  const at = new Date(Number(millis));
  const id = raw ? normaliseId(raw) : null;
  if (!id || Number.isNaN(at.getTime())) throw badUserInput("Invalid cursor", "after");
  return { at, id };
}

export const collectionCursor = (field: "collectedAt" | "updatedAt") => (row: CollectionRow) =>
  `${row[field].getTime()}|${row.id}`;

/**
 * Keyset pagination on (date, id), so pages stay stable while agents keep syncing. With `select`, the rows
 * hold those columns only (columns.ts: the ones the operation's fields read), and are not kept in the
 * `collectionById` loader, whose rows are whole.
 */
export async function listCollections(
  context: Context,
  args: PageArgs & { filter?: CollectionFilterInput | null; sort?: Sort | null },
  extra: Prisma.CollectionWhereInput[] = [],
  select?: Prisma.CollectionSelect,
) {
  const { field, direction } = SORTS[args.sort ?? "COLLECTED_AT_DESC"];
  const conditions: Prisma.CollectionWhereInput[] = [scopeOf(context), ...filterConditions(args.filter), ...extra];
  const connection = await paginate<CollectionRow, Prisma.CollectionWhereInput>(args, {
    where: conditions,
    afterCursor: (after) => {
      const { at, id } = cursorPosition(after);
      const beyond = direction === "desc" ? { lt: at } : { gt: at };
      const idBeyond = direction === "desc" ? { lt: id } : { gt: id };
      return { OR: [{ [field]: beyond }, { [field]: at, id: idBeyond }] };
    },
    findMany: (where, window) =>
      context.db.collection.findMany({
        where: { AND: where },
        orderBy: [{ [field]: direction }, { id: direction }],
        ...window,
        ...(select ? { select } : {}),
      }) as Promise<CollectionRow[]>,
    count: (where) => context.db.collection.count({ where: { AND: where } }),
    cursorOf: collectionCursor(field),
  });
  if (!select) for (const row of connection.nodes) context.loaders.collectionById.prime(row.id, row);
  return connection;
}

// ── writes ──────────────────────────────────────────────────────────────────

/**
 * Who a new collection belongs to: the calling agent (graphql-shield lets only agents record), their
 * team and their team's region, which validators' row scope filters on.
 */
export function collectorOf(context: Context) {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  return {
    collectorId: Number(viewer.userId),
    teamId: viewer.teamId === null ? null : Number(viewer.teamId),
    regionId: viewer.regionIds[0] ? Number(viewer.regionIds[0]) : null,
  };
}

/** Runs `work`, which asks admin or model; if they cannot answer, SERVICE_UNAVAILABLE with `message`. */
export async function withTradeSupport<T>(context: Context, message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error;
    context.logger.error({ err: error }, "a service needed to check collections is unavailable");
    throw domainError("SERVICE_UNAVAILABLE", message);
  }
}

async function prepareOne(context: Context, raw: unknown): Promise<PreparedCollection> {
  const parsed = parseCollection(raw);
  if (!parsed.ok) throw badUserInput(parsed.message, parsed.field);
  const [prepared] = await withTradeSupport(
    context,
    "A service needed to check this collection is unavailable; try again shortly",
    () => prepareCollections(context, [parsed.value]),
  );
  if (!prepared!.ok) throw badUserInput(prepared!.message, prepared!.field);
  return prepared!.value;
}

/**
 * The rows of a collection's items, controls and the controls' tax types, keyed by position (a
 * replayed insert hits the same key).
 */
export function childRows(collectionId: string, prepared: Pick<PreparedCollection, "items" | "controls">) {
  const controls = prepared.controls.map(({ taxTypeIds, ...control }) => ({
    row: { ...control, id: childId(collectionId, "control", control.position), collectionId },
    taxTypeIds,
  }));
  return {
    items: prepared.items.map((item) => ({ ...item, id: childId(collectionId, "item", item.position), collectionId })),
    controls: controls.map((control) => control.row),
    controlTaxTypes: controls.flatMap(({ row, taxTypeIds }) =>
      taxTypeIds.map((taxTypeId, index) => ({ controlId: row.id, taxTypeId, position: index + 1 })),
    ),
  };
}

async function insertChildren(tx: Tx, collectionId: string, prepared: Pick<PreparedCollection, "items" | "controls">) {
  const { items, controls, controlTaxTypes } = childRows(collectionId, prepared);
  // bulkInsert, as the sync does: Prisma compiles a new query plan for every createMany (finding 53).
  await bulkInsert(tx, "tradeflow_collection_item", items);
  await bulkInsert(tx, "tradeflow_collection_control", controls);
  await bulkInsert(tx, "tradeflow_collection_control_tax_type", controlTaxTypes);
}

/**
 * Random bytes for public ids, drawn from the OS 4 KiB at a time: a sync draws 500 ids, and each randomBytes
 * call was a trip into the generator (~6 µs; bench/README.md, finding 78). Each id takes bytes no other uses.
 */
const publicIdRandom = { bytes: Buffer.alloc(4096), used: 4096 };

/** A fresh public id (domain/public-id.ts) for a collection collected at `collectedAt`. */
export function drawPublicId(collectedAt: Date): string {
  if (publicIdRandom.used + PUBLIC_ID_RANDOM_BYTES > publicIdRandom.bytes.length) {
    randomFillSync(publicIdRandom.bytes);
    publicIdRandom.used = 0;
  }
  const start = publicIdRandom.used;
  publicIdRandom.used += PUBLIC_ID_RANDOM_BYTES;
  return publicIdOf(collectedAt, publicIdRandom.bytes.subarray(start, publicIdRandom.used));
}

/** Draws of a public id before giving up: a clash is about one in a billion per existing id of the year. */
export const PUBLIC_ID_ATTEMPTS = 5;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function createCollection(context: Context, raw: unknown, submit: boolean) {
  const owner = collectorOf(context);
  const prepared = await prepareOne(context, raw);
  const workflow = submit ? await requireWorkflow(context) : null;
  const id = randomUUID();
  const insert = (publicId: string) =>
    context.db.$transaction(async (tx) => {
      await tx.collection.create({ data: { ...prepared.fields, ...owner, id, publicId, status: "DRAFT" } });
      await insertChildren(tx, id, prepared);
      if (workflow) {
        const draft = { ...owner, id, publicId, version: 1, status: "DRAFT" as const, revision: 1 };
        await recordTransition(tx, context, draft, { kind: "submit", workflow });
      }
    });
  // The id is a fresh UUID, so the only key that can clash is the public id: draw another.
  for (let attempt = 1; ; attempt++) {
    try {
      await insert(drawPublicId(prepared.fields.collectedAt as Date));
      break;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= PUBLIC_ID_ATTEMPTS) throw error;
    }
  }
  context.events.flush();
  return context.db.collection.findUniqueOrThrow({ where: { id } });
}

/** The caller's own collection at `version`, if `action` is open to them (domain/abilities.ts). */
async function loadOwn(context: Context, id: string, version: number, action: OwnAction) {
  const collection = await findCollection(context, id);
  assertVersion(collection, version);
  const refusal =
    ownActionRefusal(context.viewer!, collection, action) ??
    (action === "edit" ? editWindowRefusal(collection, context.settings.get("EDIT_WINDOW_HOURS"), new Date()) : null);
  if (refusal) refuse(refusal);
  return collection;
}

const stale = () => conflict("The collection changed since you read it; reload it", "version");

export async function updateCollection(context: Context, id: string, version: number, raw: unknown) {
  const collection = await loadOwn(context, id, version, "edit");
  const prepared = await prepareOne(context, raw);
  await context.db.$transaction(async (tx) => {
    const updated = await tx.collection.updateMany({
      where: { id: collection.id, version },
      data: { ...prepared.fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw stale();
    await tx.collectionItem.deleteMany({ where: { collectionId: collection.id } });
    await tx.collectionControl.deleteMany({ where: { collectionId: collection.id } });
    await insertChildren(tx, collection.id, prepared);
  });
  return context.db.collection.findUniqueOrThrow({ where: { id: collection.id } });
}

export async function deleteCollection(context: Context, id: string, version: number) {
  const collection = await loadOwn(context, id, version, "delete");
  const deleted = await context.db.collection.deleteMany({ where: { id: collection.id, version, status: "DRAFT" } });
  if (deleted.count === 0) throw stale();
  return true;
}

export async function submitCollection(context: Context, id: string, version: number) {
  const collection = await loadOwn(context, id, version, "submit");
  const workflow = await requireWorkflow(context);
  await transactionWithRetry(context.db, (tx) =>
    recordTransition(tx, context, collection, { kind: "submit", workflow }),
  );
  context.events.flush();
  return context.db.collection.findUniqueOrThrow({ where: { id: collection.id } });
}

/** `User.collections`: one collector's collections in the caller's scope, newest first, batched per page of users. */
export async function collectorCollections(context: Context, userId: string, args: PageArgs) {
  const first = pageSize(args);
  const collectorId = numericId(userId);
  const after = args.after ? cursorPosition(args.after) : null;
  const rows =
    collectorId === null ? [] : await context.loaders.collectionsByCollector({ first, after }).load(collectorId);
  for (const row of rows) context.loaders.collectionById.prime(row.id, row);
  const ownScope = { AND: [scopeOf(context), { collectorId: collectorId ?? -1 }] };
  return toConnection(rows, first, collectionCursor("collectedAt"), () =>
    context.db.collection.count({ where: ownScope }),
  );
}
