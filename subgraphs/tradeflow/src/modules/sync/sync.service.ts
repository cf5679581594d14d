import { randomUUID } from "node:crypto";
import type { Prisma } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { badUserInput, domainError, forbidden, unauthenticated } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import type { SyncResultView } from "../../mappers.js";
import { ServiceUnavailableError } from "../../clients/trade-support.js";
import { parseCollection, payloadHash, type CollectionInput } from "../collections/collection-input.js";
import { normaliseId, requireWorkflow } from "../collections/collections.service.js";
import { childId, prepareCollections, type PreparedCollection } from "../collections/prepare.js";

interface SyncInput {
  id: string;
  collection: unknown;
  submit?: boolean | null;
}

const rejected = (clientId: string, code: string, message: string, field: string | null = null): SyncResultView => ({
  clientId,
  outcome: "REJECTED",
  collection: null,
  error: { code, message, field },
});

/**
 * The mobile app's offline sync. Each item carries the UUID the app gave it offline and is judged on
 * its own. Replaying a batch creates nothing new: an id already stored with the same payload is a
 * DUPLICATE, with a different payload a CONFLICT. Concurrent replays of the same batch are safe:
 * rows are inserted with INSERT IGNORE under a token of this call, so exactly one call inserts each
 * row and the others see it as a duplicate. The work per batch is a constant number of statements.
 */
export async function syncCollections(context: Context, inputs: SyncInput[]): Promise<SyncResultView[]> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.role !== "AGENT") throw forbidden("Only field agents sync collections");
  const limit = context.settings.get("SYNC_BATCH_LIMIT");
  if (inputs.length > limit) throw badUserInput(`At most ${limit} collections per sync (SYNC_BATCH_LIMIT)`, "input");
  const owner = {
    collectorId: Number(viewer.userId),
    teamId: viewer.teamId === null ? null : Number(viewer.teamId),
    regionId: viewer.regionIds[0] ? Number(viewer.regionIds[0]) : null,
  };

  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - mark);
    mark = now;
  };
  const results = new Map<number, SyncResultView>();
  const candidates: { index: number; id: string; input: CollectionInput; hash: string; submit: boolean }[] = [];
  const seen = new Set<string>();
  inputs.forEach((item, index) => {
    const id = normaliseId(item.id);
    if (!id) return results.set(index, rejected(item.id, "BAD_USER_INPUT", "id must be a UUID", "id"));
    if (seen.has(id)) return results.set(index, rejected(item.id, "BAD_USER_INPUT", "The same id appears twice in this batch", "id"));
    seen.add(id);
    const parsed = parseCollection(item.collection);
    if (!parsed.ok) return results.set(index, rejected(item.id, "BAD_USER_INPUT", parsed.message, parsed.field));
    candidates.push({ index, id, input: parsed.value, hash: payloadHash({ collection: item.collection, submit: Boolean(item.submit) }), submit: Boolean(item.submit) });
  });

  const judgeExisting = (row: { id: string; collectorId: number; payloadHash: string | null }, candidate: (typeof candidates)[number]) =>
    row.collectorId === owner.collectorId && row.payloadHash === candidate.hash
      ? ({ clientId: inputs[candidate.index]!.id, outcome: "DUPLICATE", collection: null, error: null } as SyncResultView)
      : rejected(inputs[candidate.index]!.id, "CONFLICT", "This id was already synced with different content", "id");

  lap("parse");
  const existing = new Map(
    (
      await context.db.collection.findMany({
        where: { id: { in: candidates.map((c) => c.id) } },
        select: { id: true, collectorId: true, payloadHash: true },
      })
    ).map((row) => [row.id, row]),
  );
  const fresh = candidates.filter((candidate) => {
    const row = existing.get(candidate.id);
    if (row) results.set(candidate.index, judgeExisting(row, candidate));
    return !row;
  });

  lap("existing");
  let prepared: Awaited<ReturnType<typeof prepareCollections>>;
  try {
    prepared = await prepareCollections(context, fresh.map((candidate) => candidate.input));
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error;
    context.logger.error({ err: error }, "a service needed to check synced collections is unavailable");
    throw domainError("SERVICE_UNAVAILABLE", "A service needed to check collections is unavailable; nothing was stored, sync again shortly");
  }
  const accepted: ((typeof candidates)[number] & { value: PreparedCollection })[] = [];
  fresh.forEach((candidate, position) => {
    const outcome = prepared[position]!;
    if (outcome.ok) accepted.push({ ...candidate, value: outcome.value });
    else results.set(candidate.index, rejected(inputs[candidate.index]!.id, outcome.code, outcome.message, outcome.field));
  });

  lap("prepare");
  const workflow = accepted.some((candidate) => candidate.submit) ? await requireWorkflow(context) : null;
  const token = randomUUID();
  const now = new Date();
  // Inserting in key order keeps concurrent replays from deadlocking on each other.
  accepted.sort((a, b) => (a.id < b.id ? -1 : 1));
  const inserted = await context.db.$transaction(
    async (tx) => {
      // INSERT IGNORE: a row a concurrent replay already inserted is skipped, not duplicated.
      await bulkInsert(
        tx,
        "tradeflow_collection",
        accepted.map(({ id, value, hash, submit }) => ({
          ...value.fields,
          ...owner,
          id,
          payloadHash: hash,
          syncToken: token,
          revision: 1,
          isResubmission: false,
          createdAt: now,
          updatedAt: now,
          ...(submit && workflow
            ? {
                status: "SUBMITTED",
                pendingLevel: 1,
                version: 2,
                workflowVersion: workflow.version,
                workflowLevels: JSON.stringify(workflow.levels),
                submittedAt: now,
              }
            : { status: "DRAFT", pendingLevel: null, version: 1, workflowVersion: null, workflowLevels: null, submittedAt: null }),
        })),
        { ignoreDuplicates: true },
      );
      const mine = new Set(
        (await tx.collection.findMany({ where: { id: { in: accepted.map((a) => a.id) }, syncToken: token }, select: { id: true } })).map((row) => row.id),
      );
      const ours = accepted.filter((candidate) => mine.has(candidate.id));
      const items: Prisma.CollectionItemCreateManyInput[] = ours.flatMap(({ id, value }) =>
        value.items.map((item) => ({ ...item, id: childId(id, "item", item.position), collectionId: id })),
      );
      const controls: Prisma.CollectionControlCreateManyInput[] = ours.flatMap(({ id, value }) =>
        value.controls.map((control) => ({ ...control, id: childId(id, "control", control.position), collectionId: id })),
      );
      await bulkInsert(tx, "tradeflow_collection_item", items);
      await bulkInsert(tx, "tradeflow_collection_control", controls);
      const submitted = ours.filter((candidate) => candidate.submit && workflow);
      if (submitted.length) {
        await bulkInsert(
          tx,
          "tradeflow_collection_validation",
          submitted.map(({ id }) => ({
            collectionId: id,
            action: "SUBMIT",
            level: null,
            fromStatus: "DRAFT",
            toStatus: "SUBMITTED",
            actorId: owner.collectorId,
            actorRole: viewer.role,
            revision: 1,
            durationSeconds: 0,
            createdAt: now,
          })),
        );
        const meta = context.events.meta();
        await bulkInsert(
          tx,
          "tradeflow_outbox_event",
          submitted.map(({ id }) => ({
            ...toOutboxRow(
              createEvent(
                "tradeflow.collection.submitted",
                { collectionId: id, collectorId: String(owner.collectorId), revision: 1, isResubmission: false, pendingLevel: 1 },
                meta,
              ),
            ),
            createdAt: now,
          })),
        );
      }
      return mine;
    },
    { timeout: 30_000 },
  );
  lap("store");
  if (accepted.some((candidate) => candidate.submit)) context.events.flush();

  // Rows another call inserted meanwhile (a concurrent replay) are judged like any existing row.
  const raced = accepted.filter((candidate) => !inserted.has(candidate.id));
  const racedRows = raced.length
    ? await context.db.collection.findMany({ where: { id: { in: raced.map((c) => c.id) } }, select: { id: true, collectorId: true, payloadHash: true } })
    : [];
  for (const candidate of raced) {
    const row = racedRows.find((r) => r.id === candidate.id);
    results.set(candidate.index, row ? judgeExisting(row, candidate) : rejected(inputs[candidate.index]!.id, "CONFLICT", "Could not store this collection; sync it again"));
  }
  for (const candidate of accepted.filter((c) => inserted.has(c.id))) {
    results.set(candidate.index, { clientId: inputs[candidate.index]!.id, outcome: "CREATED", collection: null, error: null });
  }

  // Attach the stored rows (one query) to CREATED and DUPLICATE results.
  const stored = [...results.values()].filter((result) => result.outcome !== "REJECTED").map((result) => normaliseId(result.clientId)!);
  const rows = stored.length ? await context.db.collection.findMany({ where: { id: { in: stored } } }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of rows) context.loaders.collectionById.prime(row.id, row);
  lap("results");
  context.logger.debug({ timings, items: inputs.length }, "sync timings (ms)");
  return inputs.map((_, index) => {
    const result = results.get(index)!;
    return result.outcome === "REJECTED" ? result : { ...result, collection: byId.get(normaliseId(result.clientId)!) ?? null };
  });
}
