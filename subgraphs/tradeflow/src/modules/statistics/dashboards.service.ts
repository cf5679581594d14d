import { z } from "zod";
import { parseInput } from "#shared/graphql/input.js";
import { MONTH_NAMES } from "#shared/i18n/statistics-labels.js";
import type { Context } from "../../context.js";
import type { CollectionRow } from "../../mappers.js";
import { collectionCounts } from "../dashboard/counts.service.js";
import { chooseRollup, parseFilter } from "./filters.js";
import { aggregate, type AggregateRow, type Condition } from "./query.js";
import { inList, scopeConditions } from "./scope.js";

/**
 * The figures the existing CT dashboards open on (CT-CLIENTS.md S1–S3, S6–S11), in the caller's scope.
 */

/** S1: the board of the caller's role, from the dashboard counts (one home for those). */
export async function validationBoard(context: Context, from?: Date | string | null, to?: Date | string | null) {
  const counts = await collectionCounts(context, from, to);
  const viewer = context.viewer!;
  if (!context.workflows.get()) await context.workflows.refresh();
  const levels = (context.workflows.get()?.levels ?? [])
    .filter((level) => level.role === viewer.role)
    .map((level) => level.level);
  const perLevel = {
    pending: [counts.pendingLevel1, counts.pendingLevel2],
    validated: [counts.validatedLevel1, counts.validatedLevel2],
    rejected: [counts.rejectedLevel1, counts.rejectedLevel2],
  };
  const atMine = (values: number[]) => levels.reduce((total, level) => total + (values[level - 1] ?? 0), 0);
  return {
    role: viewer.role,
    levels,
    pending: levels.length ? atMine(perLevel.pending) : counts.pendingLevel1 + counts.pendingLevel2,
    validated: levels.length ? atMine(perLevel.validated) : counts.validatedLevel2,
    rejected: levels.length ? atMine(perLevel.rejected) : counts.rejectedLevel1 + counts.rejectedLevel2,
    total: counts.total,
    pendingLevel1: counts.pendingLevel1,
    pendingLevel2: counts.pendingLevel2,
    counts,
  };
}

const DECISIONS: Record<string, "VALIDATED" | "REJECTED" | "RETURNED"> = {
  APPROVE: "VALIDATED",
  REJECT: "REJECTED",
  RETURN: "RETURNED",
};

const monthsAgo = (months: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1)).toISOString().slice(0, 10);
};

/** S2: the caller's own decisions per month (UTC) over the last `months` months, this one included. */
export async function myDecisionsByMonth(context: Context, rawMonths: number | null | undefined) {
  const months = parseInput(z.number().int().min(1, "1–24 months").max(24, "1–24 months"), rawMonths ?? 12);
  const rows = await aggregate(context.db, {
    table: "tradeflow_stats_decision_day",
    groups: { month: "DATE_FORMAT(day, '%Y-%m')", collection_type: "collection_type", action: "action" },
    sums: ["decisions"],
    where: [
      { sql: "actor_id = ?", params: [Number(context.viewer!.userId)] },
      inList("action", Object.keys(DECISIONS)),
      { sql: "level > 0", params: [] },
      { sql: "day >= ?", params: [monthsAgo(months)] },
    ],
  });
  return rows.map((row) => ({
    month: row.month!,
    collectionType: row.collection_type! as CollectionRow["type"],
    decision: DECISIONS[row.action!]!,
    count: Number(row.decisions),
  }));
}

interface TeamCounts {
  pendingLevel1: number;
  rejectedLevel1: number;
  pendingLevel2: number;
  validatedLevel2: number;
  rejectedLevel2: number;
}

const emptyTeam = (): TeamCounts => ({
  pendingLevel1: 0,
  rejectedLevel1: 0,
  pendingLevel2: 0,
  validatedLevel2: 0,
  rejectedLevel2: 0,
});

function addState(counts: TeamCounts, row: AggregateRow) {
  const n = Number(row.collections);
  const level = Number(row.level);
  if (row.status === "SUBMITTED" && level === 1) counts.pendingLevel1 += n;
  else if (row.status === "SUBMITTED" && level === 2) counts.pendingLevel2 += n;
  else if (row.status === "REJECTED" && level === 1) counts.rejectedLevel1 += n;
  else if (row.status === "REJECTED" && level === 2) counts.rejectedLevel2 += n;
  else if (row.status === "VALIDATED") counts.validatedLevel2 += n;
}

/** S3: per team in the caller's scope (its lead is the team's), for collections collected in [from, to]. */
export async function teamValidationBreakdown(
  context: Context,
  from?: Date | string | null,
  to?: Date | string | null,
) {
  const filter = parseFilter({ from, to });
  const where: Condition[] = [];
  if (filter.from) where.push({ sql: "day >= ?", params: [filter.from] });
  if (filter.to) where.push({ sql: "day <= ?", params: [filter.to] });
  const { table, conditions } = chooseRollup("flow", context, filter, [], null, where);
  const rows = await aggregate(context.db, {
    table,
    groups: { team_id: "team_id", status: "status", level: "level" },
    sums: ["collections"],
    where: conditions,
  });
  const teams = new Map<string, TeamCounts>();
  const totals = emptyTeam();
  for (const row of rows) {
    const counts = teams.get(row.team_id!) ?? emptyTeam();
    teams.set(row.team_id!, counts);
    addState(counts, row);
    addState(totals, row);
  }
  return {
    teams: [...teams.entries()].map(([teamId, counts]) => ({ team: teamId === "0" ? null : { id: teamId }, counts })),
    totals,
  };
}

function months(year: number, rows: AggregateRow[], column: string) {
  return MONTH_NAMES.map(([nameFr, nameEn], index) => {
    const label = `${year}-${String(index + 1).padStart(2, "0")}`;
    const row = rows.find((candidate) => candidate.month === label);
    return { month: index + 1, label, nameFr, nameEn, count: Number(row?.[column] ?? 0) };
  });
}

const levelCounts = (rows: AggregateRow[], status: string) =>
  rows
    .filter((row) => row.status === status)
    .map((row) => ({ level: Number(row.level), count: Number(row.collections) }))
    .sort((a, b) => a.level - b.level);

/** S6–S11: the admin dashboard's totals (all years) and monthly series of `year` (default: this one, UTC). */
export async function administrationStatistics(context: Context, rawYear: number | null | undefined) {
  const year = parseInput(
    z.number().int().min(2000, "a year from 2000").max(2100, "a year up to 2100"),
    rawYear ?? new Date().getUTCFullYear(),
  );
  const scope = scopeConditions(context, { hasStatus: true });
  const inYear: Condition[] = [{ sql: "day >= ? AND day <= ?", params: [`${year}-01-01`, `${year}-12-31`] }];
  const month = "DATE_FORMAT(day, '%Y-%m')";
  const [states, perMonth, decisions] = await Promise.all([
    aggregate(context.db, {
      table: "tradeflow_stats_flow_month",
      groups: { status: "status", level: "level" },
      sums: ["collections"],
      where: scope,
    }),
    aggregate(context.db, {
      table: "tradeflow_stats_flow_month",
      groups: { month },
      sums: ["collections"],
      where: [...scope, ...inYear],
    }),
    aggregate(context.db, {
      table: "tradeflow_stats_decision_day",
      groups: { month, action: "action" },
      sums: ["decisions"],
      where: [
        ...scopeConditions(context, { hasStatus: false }),
        ...inYear,
        { sql: "(action = 'APPROVE' AND to_status = 'VALIDATED') OR action = 'REJECT'", params: [] },
      ],
    }),
  ]);
  const count = (status: string) =>
    states.filter((row) => row.status === status).reduce((total, row) => total + Number(row.collections), 0);
  return {
    year,
    totalCollections: count("SUBMITTED") + count("VALIDATED") + count("REJECTED"),
    acceptedBySupervisor: count("VALIDATED"),
    rejected: count("REJECTED"),
    rejectedByLevel: levelCounts(states, "REJECTED"),
    pending: count("SUBMITTED"),
    pendingByLevel: levelCounts(states, "SUBMITTED"),
    collectionsPerMonth: months(year, perMonth, "collections"),
    acceptedPerMonth: months(
      year,
      decisions.filter((row) => row.action === "APPROVE"),
      "decisions",
    ),
    rejectedPerMonth: months(
      year,
      decisions.filter((row) => row.action === "REJECT"),
      "decisions",
    ),
  };
}
