import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
import { badUserInput } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import type { CollectionRow, SyncResultView } from "../../mappers.js";
import { planTransition } from "../../domain/transitions.js";
import { parseCollection, payloadHash, type CollectionInput } from "../collections/collection-input.js";
import {
  childRows,
  collectorOf,
  drawPublicId,
  PUBLIC_ID_ATTEMPTS,
  withTradeSupport,
} from "../collections/collections.service.js";
import { prepareCollections, type Prepared, type PreparedCollection } from "../collections/prepare.js";
import { normaliseId } from "../../domain/public-id.js";
import { insertPlanned, plannedInserts, type PlannedInserts } from "../validation/transitions.js";
import { requireWorkflow } from "../validation/workflow.js";

interface SyncInput {
  id: string;
  collection: unknown;
  submit?: boolean | null;
}

interface Candidate {
  index: number;
  clientId: string;
  id: string;
  input: CollectionInput;
  hash: string;
  submit: boolean;
}

type Accepted = Candidate & { value: PreparedCollection };
type Owner = ReturnType<typeof collectorOf>;
type Workflow = Awaited<ReturnType<typeof requireWorkflow>>;
type StoredRow = { id: string; collectorId: number; payloadHash: string | null };

/** Each item's outcome, by its position in the batch. */
type Results = Map<number, SyncResultView>;

const rejected = (clientId: string, code: string, message: string, field: string | null = null): SyncResultView => ({
  clientId,
  outcome: "REJECTED",
  collection: null,
  error: { code, message, field },
});

const outcome = (clientId: string, kind: "CREATED" | "DUPLICATE"): SyncResultView => ({
  clientId,
  outcome: kind,
  collection: null,
  error: null,
});

/**
 * The mobile app's offline sync. Each item carries the UUID the app gave it offline and is judged on
 * its own. Replaying a batch creates nothing new: an id already stored with the same payload is a
 * DUPLICATE, with a different payload a CONFLICT. Concurrent replays of the same batch are safe:
 * rows are inserted with INSERT IGNORE under a token of this call, so exactly one call inserts each
 * row and the others see it as a duplicate. The work per batch is a constant number of statements.
 */
export async function syncCollections(
  context: Context,
  inputs: SyncInput[],
  rowsRead: StoredRowsRead = { select: undefined },
): Promise<SyncResultView[]> {
  const owner = collectorOf(context);
  const limit = context.settings.get("SYNC_BATCH_LIMIT");
  if (inputs.length > limit) throw badUserInput(`At most ${limit} collections per sync (SYNC_BATCH_LIMIT)`, "input");
  const timings = stopwatch();
  const results: Results = new Map();

  // The stored ids are read from MariaDB while this process parses the batch and the other domains answer their
  // checks over NATS: none waits for another (bench/README.md, findings 57 and 64).
  const stored = await startReadingStored(context, inputs);
  const candidates = parseItems(inputs, results);
  timings.lap("parse");
  const checks = checkCandidates(context, candidates);
  const fresh = setAsideStored(owner, candidates, await stored.rows, results);
  timings.lap("existing");
  const accepted = await prepareFresh(context, candidates, checks, fresh, results);
  timings.lap("prepare");
  const inserted = await store(context, owner, accepted);
  timings.lap("store");
  await judgeInserted(context, owner, accepted, inserted, results);
  const views = await attachStoredRows(context, inputs, results, rowsRead);
  timings.lap("results");
  context.logger.debug({ timings: timings.phases, items: inputs.length }, "sync timings (ms)");
  return views;
}

function stopwatch() {
  const phases: Record<string, number> = {};
  let mark = performance.now();
  return {
    phases,
    lap(phase: string) {
      const now = performance.now();
      phases[phase] = Math.round(now - mark);
      mark = now;
    },
  };
}

/** Step 1: a UUID, once per batch, and a well-formed collection; anything else is rejected here. */
function parseItems(inputs: SyncInput[], results: Results): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  inputs.forEach((item, index) => {
    const id = normaliseId(item.id);
    if (!id) return results.set(index, rejected(item.id, "BAD_USER_INPUT", "id must be a UUID", "id"));
    if (seen.has(id)) {
      return results.set(index, rejected(item.id, "BAD_USER_INPUT", "The same id appears twice in this batch", "id"));
    }
    seen.add(id);
    const parsed = parseCollection(item.collection);
    if (!parsed.ok) return results.set(index, rejected(item.id, "BAD_USER_INPUT", parsed.message, parsed.field));
    const submit = Boolean(item.submit);
    const hash = payloadHash({ collection: item.collection, submit });
    candidates.push({ index, clientId: item.id, id, input: parsed.value, hash, submit });
  });
  return candidates;
}

/** A stored id is a DUPLICATE when it is the caller's with the same payload, else a CONFLICT. */
function judgeStored(owner: Owner, row: StoredRow, candidate: Candidate): SyncResultView {
  return row.collectorId === owner.collectorId && row.payloadHash === candidate.hash
    ? outcome(candidate.clientId, "DUPLICATE")
    : rejected(candidate.clientId, "CONFLICT", "This id was already synced with different content", "id");
}

function storedRows(db: Context["db"] | Tx, ids: string[]): Promise<StoredRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.collection.findMany({
    where: { id: { in: ids } },
    select: { id: true, collectorId: true, payloadHash: true },
  });
}

/**
 * Step 2 begins before step 1: the rows already stored under the batch's well-formed ids (an earlier sync). The
 * read is on its way to MariaDB when this resolves (Prisma starts a query on its first `then`, through a chain of
 * promise callbacks that one turn of the event loop completes); its rows are the inner promise.
 */
async function startReadingStored(context: Context, inputs: SyncInput[]): Promise<{ rows: Promise<StoredRow[]> }> {
  const ids = [...new Set(inputs.map((item) => normaliseId(item.id)).filter((id): id is string => id !== null))];
  // `then` starts Prisma's lazy query now, not when the rows are awaited.
  const rows = storedRows(context.db, ids).then((found) => found);
  // Awaited after the parse: until then a failed read (the database down) must not count as unhandled.
  rows.catch(() => undefined);
  await new Promise((resolve) => setImmediate(resolve));
  return { rows };
}

/** Step 2: ids already stored (an earlier sync) are judged now; the rest go on. */
function setAsideStored(owner: Owner, candidates: Candidate[], stored: StoredRow[], results: Results) {
  const existing = new Map(stored.map((row) => [row.id, row]));
  return candidates.filter((candidate) => {
    const row = existing.get(candidate.id);
    if (row) results.set(candidate.index, judgeStored(owner, row, candidate));
    return !row;
  });
}

/**
 * Step 3, started beside step 2: the other domains' checks and the server's computations (prepare.ts) for
 * every well-formed item. Settled rather than thrown: a failed check matters only if an item turns out not to
 * be stored already, so a replayed batch is still answered while another domain is down.
 */
function checkCandidates(context: Context, candidates: Candidate[]): Promise<PromiseSettledResult<Prepared[]>> {
  return prepareCollections(
    context,
    candidates.map((candidate) => candidate.input),
  ).then(
    (value) => ({ status: "fulfilled", value }),
    (reason: unknown) => ({ status: "rejected", reason }),
  );
}

/** Step 3's answers for the items step 2 found fresh: the accepted ones go on, the others are rejected. */
async function prepareFresh(
  context: Context,
  candidates: Candidate[],
  checks: Promise<PromiseSettledResult<Prepared[]>>,
  fresh: Candidate[],
  results: Results,
): Promise<Accepted[]> {
  if (fresh.length === 0) return [];
  const prepared = await withTradeSupport(
    context,
    "A service needed to check collections is unavailable; nothing was stored, sync again shortly",
    async () => {
      const settled = await checks;
      if (settled.status === "rejected") throw settled.reason;
      return settled.value;
    },
  );
  const position = new Map(candidates.map((candidate, at) => [candidate.index, at]));
  const accepted: Accepted[] = [];
  for (const candidate of fresh) {
    const result = prepared[position.get(candidate.index)!]!;
    if (result.ok) accepted.push({ ...candidate, value: result.value });
    else results.set(candidate.index, rejected(candidate.clientId, result.code, result.message, result.field));
  }
  return accepted;
}

/** What one accepted collection inserts: its row, and its history row and events if it is submitted. */
interface PlannedRows extends PlannedInserts {
  collection: Record<string, unknown>;
}

/**
 * The rows to insert for one accepted collection: a draft, or — to submit it — a draft with the
 * submit transition applied. It is the same plan (domain/transitions.ts) as submitCollection's, so
 * the columns, history row and event are those of any other submission.
 */
function plannedRows(context: Context, owner: Owner, candidate: Accepted, workflow: Workflow | null, token: string) {
  const now = new Date();
  const draft = {
    ...candidate.value.fields,
    ...owner,
    id: candidate.id,
    publicId: drawPublicId(candidate.input.collectedAt),
    payloadHash: candidate.hash,
    syncToken: token,
    status: "DRAFT" as const,
    pendingLevel: null,
    revision: 1,
    isResubmission: false,
    version: 1,
    workflowVersion: null,
    workflowLevels: null,
    submittedAt: null,
    validatedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  if (!candidate.submit || !workflow) return { collection: draft, history: [], events: [] } satisfies PlannedRows;
  const plan = planTransition(draft, { kind: "submit", workflow }, context.viewer!, now);
  // The draft is this call's own object and the plan holds none of it: the submission is applied in place
  // rather than copied again (~80 columns; bench/README.md, finding 78).
  const collection: Record<string, unknown> = Object.assign(draft, plan.data, { version: draft.version + 1 });
  return {
    collection,
    ...plannedInserts(plan, candidate.id, context.events.meta(), now),
  } satisfies PlannedRows;
}

/**
 * A batch's rows are stored in at most this many transactions, over consecutive ranges of its ids, run side by
 * side: while MariaDB inserts one range's rows, this process writes the next range's statements, and the server
 * can insert two ranges at once (bench/README.md, finding 64). Each collection is still stored whole (its row,
 * children, history and events in one transaction), but no longer the batch: a range that fails is rolled back
 * alone while the others commit, the call fails, and the app's replay finds those as DUPLICATE and completes the
 * batch (tests/e2e/offline-sync.test.ts).
 */
const STORE_TRANSACTIONS = 4;
/** A range holds at least this many collections (a batch under twice as many is one transaction): fewer would
 * cost more round trips than they overlap. */
const MIN_COLLECTIONS_PER_TRANSACTION = 50;
/**
 * How long a range's transaction may wait for one of the pool's 10 connections: a sync takes up to four at once,
 * beside the relay, the consumers and other requests. As long as the pool itself waits (the driver's
 * acquireTimeout): Prisma's default of 2 s would fail a range of a sync that merely queued behind others.
 */
const STORE_CONNECTION_WAIT_MS = 10_000;

/**
 * Step 4: the accepted collections in key order, cut into consecutive ranges, each stored by one transaction
 * (storeRange). Returns the ids this call inserted. If a range fails, the others that committed are kept (a
 * replay finds them as DUPLICATE) and their events are flushed; the first error is thrown.
 */
async function store(context: Context, owner: Owner, accepted: Accepted[]): Promise<Set<string>> {
  if (accepted.length === 0) return new Set();
  const workflow = accepted.some((candidate) => candidate.submit) ? await requireWorkflow(context) : null;
  const token = randomUUID();
  // Inserting in key order keeps concurrent replays from deadlocking on each other: each range's transaction
  // takes its keys in order, and two calls' transactions over the same ids take them in the same order.
  accepted.sort((a, b) => (a.id < b.id ? -1 : 1));
  const plan = (candidate: Accepted) => plannedRows(context, owner, candidate, workflow, token);
  const ranges = keyRanges(accepted);
  const settled = await Promise.allSettled(ranges.map((range) => storeRange(context, token, range, plan)));
  if (workflow && settled.some((result) => result.status === "fulfilled")) context.events.flush();
  const failures = settled.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  for (const failure of failures.slice(1)) {
    context.logger.warn({ err: failure }, "sync: another range of the batch failed too");
  }
  if (failures.length > 0) throw failures[0];
  return new Set(settled.flatMap((result) => (result.status === "fulfilled" ? [...result.value] : [])));
}

function keyRanges(accepted: Accepted[]): Accepted[][] {
  const count = Math.max(
    1,
    Math.min(STORE_TRANSACTIONS, Math.floor(accepted.length / MIN_COLLECTIONS_PER_TRANSACTION)),
  );
  const size = Math.ceil(accepted.length / count);
  return Array.from({ length: count }, (_, index) => accepted.slice(index * size, (index + 1) * size)).filter(
    (range) => range.length > 0,
  );
}

/**
 * One range's transaction: its collections (INSERT IGNORE: a row a concurrent replay already inserted is
 * skipped, not duplicated), then the children, history and events of the rows this call inserted. Returns the
 * ids it inserted. Its rows are planned once its transaction has begun: the first range's INSERT is on its way
 * while the others' rows are planned.
 */
function storeRange(
  context: Context,
  token: string,
  accepted: Accepted[],
  plan: (candidate: Accepted) => PlannedRows,
): Promise<Set<string>> {
  return context.db.$transaction(
    async (tx) => {
      const planned = new Map(accepted.map((candidate) => [candidate.id, plan(candidate)]));
      const mine = await insertCollectionRows(tx, token, accepted, planned, plan);
      const ours = accepted.filter((candidate) => mine.has(candidate.id));
      const children = ours.map(({ id, value }) => childRows(id, value));
      const plans = ours.map(({ id }) => planned.get(id)!);
      await bulkInsert(
        tx,
        "tradeflow_collection_item",
        children.flatMap((rows) => rows.items),
      );
      await bulkInsert(
        tx,
        "tradeflow_collection_control",
        children.flatMap((rows) => rows.controls),
      );
      await bulkInsert(
        tx,
        "tradeflow_collection_control_tax_type",
        children.flatMap((rows) => rows.controlTaxTypes),
      );
      await insertPlanned(tx, {
        history: plans.flatMap((rows) => rows.history),
        events: plans.flatMap((rows) => rows.events),
      });
      return mine;
    },
    { timeout: 30_000, maxWait: STORE_CONNECTION_WAIT_MS },
  );
}

/**
 * The collection rows, with INSERT IGNORE: a row is skipped when a concurrent replay inserted its id, or
 * when its random public id clashes with a stored one. The latter (no row with its id) are planned again,
 * with another public id, and go again: planned anew, so that their events (whose route names the public
 * id) agree with the row. Returns the ids this call inserted.
 */
async function insertCollectionRows(
  tx: Tx,
  token: string,
  accepted: Accepted[],
  planned: Map<string, PlannedRows>,
  plan: (candidate: Accepted) => PlannedRows,
): Promise<Set<string>> {
  const mine = new Set<string>();
  let pending = accepted;
  for (let attempt = 1; pending.length > 0 && attempt <= PUBLIC_ID_ATTEMPTS; attempt++) {
    if (attempt > 1) for (const candidate of pending) planned.set(candidate.id, plan(candidate));
    const count = await bulkInsert(
      tx,
      "tradeflow_collection",
      pending.map((candidate) => planned.get(candidate.id)!.collection),
      { ignoreDuplicates: true },
    );
    // Every row inserted (the usual case): they are all this call's, and nothing needs reading back.
    const ours =
      count === pending.length ? pending.map((candidate) => candidate.id) : await insertedBy(tx, token, pending);
    for (const id of ours) mine.add(id);
    const skipped = pending.filter((candidate) => !mine.has(candidate.id));
    const stored = new Set(
      (
        await storedRows(
          tx,
          skipped.map((candidate) => candidate.id),
        )
      ).map((row) => row.id),
    );
    pending = skipped.filter((candidate) => !stored.has(candidate.id));
  }
  return mine;
}

async function insertedBy(tx: Tx, token: string, accepted: Accepted[]): Promise<Set<string>> {
  const rows = await tx.collection.findMany({
    where: { id: { in: accepted.map((candidate) => candidate.id) }, syncToken: token },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * Step 5: CREATED for the rows this call inserted; rows a concurrent replay inserted meanwhile are judged as
 * stored ones.
 */
async function judgeInserted(
  context: Context,
  owner: Owner,
  accepted: Accepted[],
  inserted: Set<string>,
  results: Results,
) {
  const raced = accepted.filter((candidate) => !inserted.has(candidate.id));
  const racedRows = await storedRows(
    context.db,
    raced.map((candidate) => candidate.id),
  );
  for (const candidate of raced) {
    const row = racedRows.find((r) => r.id === candidate.id);
    results.set(
      candidate.index,
      row
        ? judgeStored(owner, row, candidate)
        : rejected(candidate.clientId, "CONFLICT", "Could not store this collection; sync it again"),
    );
  }
  for (const candidate of accepted.filter((c) => inserted.has(c.id))) {
    results.set(candidate.index, outcome(candidate.clientId, "CREATED"));
  }
}

/**
 * How step 6 reads the stored rows: not at all when the operation selects no `collection` of the results
 * (null), whole rows (select undefined), or the columns its fields read (modules/collections/columns.ts).
 */
export type StoredRowsRead = { select: Prisma.CollectionSelect | undefined } | null;

/** Step 6: the stored rows (one query) on CREATED and DUPLICATE results, in input order. */
async function attachStoredRows(
  context: Context,
  inputs: SyncInput[],
  results: Results,
  rowsRead: StoredRowsRead,
): Promise<SyncResultView[]> {
  const stored = [...results.values()]
    .filter((result) => result.outcome !== "REJECTED")
    .map((result) => normaliseId(result.clientId)!);
  const rows =
    stored.length && rowsRead
      ? // With a select, the rows hold the columns the selected fields read, and no others.
        ((await context.db.collection.findMany({
          where: { id: { in: stored } },
          ...(rowsRead.select ? { select: rowsRead.select } : {}),
        })) as CollectionRow[])
      : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  // The loader keeps whole rows only.
  if (!rowsRead?.select) for (const row of rows) context.loaders.collectionById.prime(row.id, row);
  return inputs.map((_, index) => {
    const result = results.get(index)!;
    if (result.outcome === "REJECTED") return result;
    return { ...result, collection: byId.get(normaliseId(result.clientId)!) ?? null };
  });
}
