import { z } from "zod";
import { Prisma } from "#shared/db/client.js";
import { parseInput } from "#shared/graphql/input.js";
import { levelLabels, valueLabels } from "#shared/i18n/statistics-labels.js";
import type { StatisticsContext } from "./services.js";
import { chooseRollup, isLastDayOfMonth, parseFilter, parseGroupBy } from "./filters.js";
import { DURATION_BUCKETS_SECONDS, smallestRollup } from "./rollups.js";
import { inList, scopeConditions } from "./scope.js";
import {
  aggregate,
  decimal,
  MAX_GROUPS,
  periodExpression,
  periodOf,
  ratio,
  tooManyGroups,
  type AggregateRow,
  type Condition,
  type TimeBucket,
} from "./query.js";

type WorkflowDimension = "LEVEL" | "TEAM" | "REGION" | "COLLECTOR" | "VALIDATOR" | "COLLECTION_TYPE";

const WORKFLOW_COLUMNS: Record<WorkflowDimension, string> = {
  LEVEL: "level",
  TEAM: "team_id",
  REGION: "region_id",
  COLLECTOR: "collector_id",
  VALIDATOR: "actor_id",
  COLLECTION_TYPE: "collection_type",
};

const ids = z
  .array(z.string().regex(/^\d{1,10}$/, "must be numeric ids"))
  .max(500)
  .nullish();
const workflowFilter = z
  .object({
    from: z.union([z.date(), z.string()]).nullish(),
    to: z.union([z.date(), z.string()]).nullish(),
    levels: z.array(z.number().int().min(1).max(10)).max(10).nullish(),
    teamIds: ids,
    regionIds: ids,
    collectorIds: ids,
    validatorIds: ids,
    collectionTypes: z
      .array(z.enum(["LIVESTOCK", "AGRICULTURAL", "FISHERY", "MIXED"]))
      .max(4)
      .nullish(),
  })
  .transform((filter) => ({
    ...filter,
    from: filter.from ? new Date(filter.from).toISOString().slice(0, 10) : null,
    to: filter.to ? new Date(filter.to).toISOString().slice(0, 10) : null,
  }))
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "from must not be after to",
    path: ["to"],
  });

type WorkflowFilter = z.infer<typeof workflowFilter>;

/** Conditions shared by decisions and pending collections: who recorded them and what type. */
function collectionConditions(filter: WorkflowFilter): Condition[] {
  const conditions: Condition[] = [];
  if (filter.teamIds?.length) conditions.push(inList("team_id", filter.teamIds.map(Number)));
  if (filter.regionIds?.length) conditions.push(inList("region_id", filter.regionIds.map(Number)));
  if (filter.collectorIds?.length) conditions.push(inList("collector_id", filter.collectorIds.map(Number)));
  if (filter.collectionTypes?.length) conditions.push(inList("collection_type", filter.collectionTypes));
  return conditions;
}

interface WorkflowSums {
  approvals: number;
  rejections: number;
  returns: number;
  scoreSum: Prisma.Decimal;
  scored: number;
  seconds: Prisma.Decimal;
  timed: number;
  /** Timed decisions per duration bucket. */
  histogram: number[];
}

const emptyWorkflow = (): WorkflowSums => ({
  approvals: 0,
  rejections: 0,
  returns: 0,
  scoreSum: decimal(0),
  scored: 0,
  seconds: decimal(0),
  timed: 0,
  histogram: Array.from({ length: DURATION_BUCKETS_SECONDS.length + 1 }, () => 0),
});

function addDecision(sums: WorkflowSums, row: AggregateRow) {
  const decisions = Number(row.decisions);
  if (row.action === "APPROVE") sums.approvals += decisions;
  else if (row.action === "REJECT") sums.rejections += decisions;
  else sums.returns += decisions;
  sums.scoreSum = sums.scoreSum.plus(decimal(row.score_sum));
  sums.scored += Number(row.scored_decisions);
  sums.seconds = sums.seconds.plus(decimal(row.duration_seconds));
  sums.timed += Number(row.timed_decisions);
  const bucket = Number(row.duration_bucket);
  if (bucket >= 0) sums.histogram[bucket]! += Number(row.timed_decisions);
}

/** The bucket bound below which `share` of the timed decisions fall; null beyond the last bound. */
function percentile(sums: WorkflowSums, share: number): number | null {
  if (sums.timed === 0) return null;
  let seen = 0;
  for (const [index, count] of sums.histogram.entries()) {
    seen += count;
    if (seen >= share * sums.timed) return DURATION_BUCKETS_SECONDS[index] ?? null;
  }
  return null;
}

function workflowMeasures(sums: WorkflowSums) {
  const decisions = sums.approvals + sums.rejections + sums.returns;
  return {
    decisions,
    approvals: sums.approvals,
    rejections: sums.rejections,
    returns: sums.returns,
    approvalRate: ratio(sums.approvals, decisions),
    rejectionRate: ratio(sums.rejections, decisions),
    returnRate: ratio(sums.returns, decisions),
    meanQualityScore: ratio(sums.scoreSum, sums.scored, 2),
    meanSecondsToDecide: ratio(sums.seconds, sums.timed, 0),
    medianSecondsToDecideAtMost: percentile(sums, 0.5),
    p90SecondsToDecideAtMost: percentile(sums, 0.9),
  };
}

function workflowValue(dimension: WorkflowDimension, raw: string | null) {
  const key = raw === null || raw === "" || (dimension !== "COLLECTION_TYPE" && raw === "0") ? null : raw;
  const [labelFr, labelEn] =
    key === null
      ? [null, null]
      : dimension === "LEVEL"
        ? levelLabels(Number(key))
        : dimension === "COLLECTION_TYPE"
          ? valueLabels(dimension, key)
          : [null, null];
  const ref = key === null ? null : { id: key };
  return {
    dimension,
    key,
    labelFr,
    labelEn,
    team: dimension === "TEAM" ? ref : null,
    region: dimension === "REGION" ? ref : null,
    user: dimension === "COLLECTOR" || dimension === "VALIDATOR" ? ref : null,
  };
}

/**
 * Decisions at the levels (approve, reject, return) from the workflow-step rollup, and what is pending
 * now per level from the flow rollup. Times are from the collection reaching the level to the decision.
 */
export async function workflowStatistics(
  context: StatisticsContext,
  args: { filter?: unknown; groupBy?: readonly WorkflowDimension[] | null; timeBucket?: TimeBucket | null },
) {
  const filter = parseInput(workflowFilter, args.filter ?? {});
  const groupBy = parseGroupBy(args.groupBy, Object.keys(WORKFLOW_COLUMNS) as WorkflowDimension[]);
  const conditions: Condition[] = [
    ...scopeConditions(context, { hasStatus: false }),
    inList("action", ["APPROVE", "REJECT", "RETURN"]),
    { sql: "level > 0", params: [] },
    ...collectionConditions(filter),
  ];
  if (filter.from) conditions.push({ sql: "day >= ?", params: [filter.from] });
  if (filter.to) conditions.push({ sql: "day <= ?", params: [filter.to] });
  if (filter.levels?.length) conditions.push(inList("level", filter.levels));
  if (filter.validatorIds?.length) conditions.push(inList("actor_id", filter.validatorIds.map(Number)));

  const groups: Record<string, string> = {
    ...(args.timeBucket ? { period: periodExpression(args.timeBucket) } : {}),
    ...Object.fromEntries(groupBy.map((dimension, index) => [`g${index}`, WORKFLOW_COLUMNS[dimension]])),
    action: "action",
    duration_bucket: "duration_bucket",
  };
  const sums = ["decisions", "duration_seconds", "timed_decisions", "score_sum", "scored_decisions"];
  const wholeMonths =
    (!filter.from || filter.from.endsWith("-01")) &&
    (!filter.to || isLastDayOfMonth(filter.to)) &&
    !["DAY", "WEEK"].includes(args.timeBucket ?? "");
  const decisionTable = smallestRollup(
    "decision",
    [...conditions.map((condition) => condition.sql), ...Object.values(groups)],
    wholeMonths ? "month" : "day",
  );
  const pendingFilter = parseFilter({ collectionTypes: filter.collectionTypes });
  const pendingTable = chooseRollup(
    "flow",
    context,
    pendingFilter,
    filter.collectorIds?.length ? ["COLLECTOR"] : [],
    null,
    [{ sql: "status = 'SUBMITTED'", params: [] }, ...collectionConditions(filter)],
  );
  const [rows, pendingRows] = await Promise.all([
    aggregate(context.db, { table: decisionTable, groups, sums, where: conditions }),
    aggregate(context.db, {
      table: pendingTable.table,
      groups: { level: "level" },
      sums: ["collections"],
      where: pendingTable.conditions,
    }),
  ]);

  const folded = new Map<
    string,
    { period: ReturnType<typeof periodOf> | null; keys: ReturnType<typeof workflowValue>[]; sums: WorkflowSums }
  >();
  const totals = emptyWorkflow();
  for (const row of rows) {
    const id = JSON.stringify([row.period ?? null, ...groupBy.map((_, index) => row[`g${index}`])]);
    let group = folded.get(id);
    if (!group) {
      if (folded.size >= MAX_GROUPS) throw tooManyGroups();
      group = {
        period: args.timeBucket && row.period ? periodOf(args.timeBucket, row.period) : null,
        keys: groupBy.map((dimension, index) => workflowValue(dimension, row[`g${index}`] ?? null)),
        sums: emptyWorkflow(),
      };
      folded.set(id, group);
    }
    addDecision(group.sums, row);
    addDecision(totals, row);
  }
  return {
    groupBy,
    timeBucket: args.timeBucket ?? null,
    totals: workflowMeasures(totals),
    groups: [...folded.values()].map((group) => ({
      period: group.period,
      keys: group.keys,
      measures: workflowMeasures(group.sums),
    })),
    pendingByLevel: pendingRows.map((row) => ({ level: Number(row.level), count: Number(row.collections) })),
  };
}
