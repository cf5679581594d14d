import { z } from "zod";
import { GraphQLError } from "graphql";
import type { Prisma } from "#shared/db/client.js";
import { badUserInput, type ErrorCode } from "#shared/graphql/errors.js";
import { transactionWithRetry } from "#shared/db/retry.js";
import { parseInput } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import type { BulkActionResultView, CollectionRow } from "../../mappers.js";
import { assertVersion, findCollection, listCollections } from "../collections/collections.service.js";
import { decisionRefusal, refuse, reopenRefusal } from "../../domain/abilities.js";
import { recordTransition, type TransitionAction } from "./transitions.js";
import { requireWorkflow } from "./workflow.js";

const QUALITY_ISSUES = [
  "MISSING_FIELDS",
  "INCOMPLETE_DATA",
  "INCONSISTENCY",
  "OUT_OF_RANGE",
  "DUPLICATE",
  "OTHER",
] as const;
const qualityIssues = z.array(z.enum(QUALITY_ISSUES)).max(10).nullish();
const instant = z.union([z.date(), z.string().datetime({ offset: true })]).transform((value) => new Date(value));
const shortText = (max: number) => z.string().trim().min(1).max(max);

/** What CT's validators record with any decision: how they checked, the priority and the follow-up asked. */
const review = {
  metadata: z
    .object({ method: shortText(64).nullish(), verifiedAt: instant.nullish(), place: shortText(191).nullish() })
    .nullish(),
  priorityLevel: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]).nullish(),
  requiresFieldVerification: z.boolean().nullish(),
  requiresDataCorrection: z.boolean().nullish(),
  requiresAdditionalDocumentation: z.boolean().nullish(),
  validationDeadline: instant.nullish(),
};
const approveInput = z.object({
  score: z.number().int().min(0, "must be 0–100").max(100, "must be 0–100").nullish(),
  notes: z.string().trim().max(5_000).nullish(),
  qualityIssues,
  ...review,
});
const rejectInput = z.object({
  reason: z.string().trim().min(3, "give a reason").max(5_000),
  notes: z.string().trim().max(5_000).nullish(),
  qualityIssues,
  ...review,
});
const returnInput = z.object({
  instructions: z.string().trim().min(3, "say what to correct").max(5_000),
  fieldComments: z
    .array(z.object({ field: z.string().trim().min(1).max(100), comment: z.string().trim().min(1).max(1_000) }))
    .max(50)
    .nullish(),
  qualityIssues,
  ...review,
});

/**
 * Decides at the pending level: load (NOT_FOUND out of scope), version (CONFLICT), right to act
 * (domain/abilities.ts: FORBIDDEN, or CONFLICT for the wrong state). Returns the collection as it now is:
 * whole, or (`select`, modules/collections/columns.ts) with the columns the operation's fields read.
 */
async function decide(
  context: Context,
  id: string,
  version: number,
  action: TransitionAction,
  select?: Prisma.CollectionSelect,
): Promise<CollectionRow> {
  const collection = await findCollection(context, id);
  assertVersion(collection, version);
  const refusal =
    action.kind === "reopen"
      ? reopenRefusal(context.viewer!, collection)
      : decisionRefusal(context.viewer!, collection);
  if (refusal) refuse(refusal);
  if (action.kind === "approve") {
    const minimum = context.settings.get("DATA_QUALITY_MIN_SCORE");
    // Without a score (optional, as in CT) there is nothing to explain.
    if (action.score != null && action.score < minimum && !action.notes) {
      throw badUserInput(`A score below ${minimum} needs a note explaining it`, "notes");
    }
  }
  await transactionWithRetry(context.db, (tx) => recordTransition(tx, context, collection, action));
  context.events.flush();
  context.loaders.collectionById.clear(collection.id);
  return context.db.collection.findUniqueOrThrow({
    where: { id: collection.id },
    ...(select ? { select } : {}),
  }) as Promise<CollectionRow>;
}

export function approve(context: Context, id: string, version: number, raw: unknown, select?: Prisma.CollectionSelect) {
  const input = parseInput(approveInput, raw);
  return decide(context, id, version, { kind: "approve", ...input }, select);
}

export function reject(context: Context, id: string, version: number, raw: unknown, select?: Prisma.CollectionSelect) {
  const input = parseInput(rejectInput, raw);
  return decide(context, id, version, { kind: "reject", ...input }, select);
}

export function returnForCorrection(
  context: Context,
  id: string,
  version: number,
  raw: unknown,
  select?: Prisma.CollectionSelect,
) {
  const input = parseInput(returnInput, raw);
  return decide(context, id, version, { kind: "return", ...input }, select);
}

export function reopen(
  context: Context,
  id: string,
  version: number,
  reason: string,
  select?: Prisma.CollectionSelect,
) {
  const text = parseInput(z.string().trim().min(3, "give a reason").max(5_000), reason);
  return decide(context, id, version, { kind: "reopen", reason: text }, select);
}

const MAX_BULK = 100;

/** Each item is decided on its own: one stale or forbidden item does not stop the others. */
async function bulk(
  context: Context,
  items: { id: string; version: number }[],
  action: TransitionAction,
): Promise<BulkActionResultView[]> {
  if (items.length > MAX_BULK) throw badUserInput(`At most ${MAX_BULK} collections at once`, "items");
  const results: BulkActionResultView[] = [];
  for (const item of items) {
    try {
      const collection = await decide(context, item.id, item.version, action);
      results.push({ id: item.id, ok: true, collection, error: null });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      results.push({
        id: item.id,
        ok: false,
        collection: null,
        error: {
          code: String(error.extensions.code ?? "INTERNAL_SERVER_ERROR") as ErrorCode,
          message: error.message,
          field: typeof error.extensions.field === "string" ? error.extensions.field : null,
        },
      });
    }
  }
  return results;
}

export function bulkApprove(context: Context, items: { id: string; version: number }[], raw: unknown) {
  return bulk(context, items, { kind: "approve", ...parseInput(approveInput, raw) });
}

export function bulkReject(context: Context, items: { id: string; version: number }[], raw: unknown) {
  return bulk(context, items, { kind: "reject", ...parseInput(rejectInput, raw) });
}

/**
 * Submitted collections waiting at a level the caller's role decides (per the published workflow),
 * in their scope, not their own (the query form of decisionRefusal in domain/abilities.ts); oldest first.
 */
export async function validationQueue(context: Context, args: { first?: number | null; after?: string | null }) {
  const viewer = context.viewer!;
  const workflow = await requireWorkflow(context);
  const levels = workflow.levels.filter((level) => level.role === viewer.role).map((level) => level.level);
  return listCollections(context, { ...args, sort: "COLLECTED_AT_ASC" }, [
    { status: "SUBMITTED", pendingLevel: { in: levels.length ? levels : [-1] } },
    { NOT: { collectorId: Number(viewer.userId) } },
  ]);
}
