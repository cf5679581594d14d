import { Prisma, type PrismaClient } from "#shared/db/client.js";
import { badUserInput } from "#shared/graphql/errors.js";

/** A piece of WHERE clause with its parameters. Column names come from constants, values from `?`. */
export interface Condition {
  sql: string;
  params: unknown[];
}

export type TimeBucket = "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";

/** Groups a query may return before the caller is asked to narrow it (rows read stay bounded too). */
export const MAX_GROUPS = 5_000;

/** The first day of each period, from a rollup's `day` column (a UTC date). */
const PERIOD_START: Record<TimeBucket, string> = {
  DAY: "day",
  WEEK: "DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)",
  MONTH: "DATE_FORMAT(day, '%Y-%m-01')",
  QUARTER: "MAKEDATE(YEAR(day), 1) + INTERVAL (QUARTER(day) - 1) QUARTER",
  YEAR: "MAKEDATE(YEAR(day), 1)",
};

export function periodExpression(bucket: TimeBucket): string {
  return `DATE_FORMAT(${PERIOD_START[bucket]}, '%Y-%m-%d')`;
}

export interface Period {
  start: string;
  end: string;
  label: string;
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A period from its first day: its last day and its label (2026-W47 is an ISO week). */
export function periodOf(bucket: TimeBucket, start: string): Period {
  const first = new Date(`${start}T00:00:00Z`);
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth();
  switch (bucket) {
    case "DAY":
      return { start, end: start, label: start };
    case "WEEK": {
      // The ISO week belongs to the year of its Thursday.
      const thursday = addDays(first, 3);
      const weekYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000)) + 1;
      return { start, end: iso(addDays(first, 6)), label: `${weekYear}-W${String(week).padStart(2, "0")}` };
    }
    case "MONTH":
      return { start, end: iso(new Date(Date.UTC(year, month + 1, 0))), label: start.slice(0, 7) };
    case "QUARTER":
      return {
        start,
        end: iso(new Date(Date.UTC(year, month + 3, 0))),
        label: `${year}-Q${Math.floor(month / 3) + 1}`,
      };
    case "YEAR":
      return { start, end: `${year}-12-31`, label: String(year) };
  }
}

export interface AggregateQuery {
  table: string;
  /** Output alias → SQL expression grouped by. */
  groups: Record<string, string>;
  /** Columns summed. */
  sums: readonly string[];
  where: Condition[];
}

export type AggregateRow = Record<string, string | null>;

/**
 * SELECT groups, SUM(measures) FROM a rollup WHERE … GROUP BY groups — values as exact strings.
 * More than MAX_GROUPS rows is the caller's to narrow (BAD_USER_INPUT), never a silent truncation.
 */
export async function aggregate(db: PrismaClient, query: AggregateQuery): Promise<AggregateRow[]> {
  const groups = Object.entries(query.groups);
  const select = [
    ...groups.map(([alias, expression]) => `CAST(${expression} AS CHAR) AS ${alias}`),
    ...query.sums.map((name) => `CAST(COALESCE(SUM(${name}), 0) AS CHAR) AS ${name}`),
  ];
  const where = query.where.length ? query.where.map((c) => `(${c.sql})`).join(" AND ") : "TRUE";
  const groupBy = groups.length
    ? ` GROUP BY ${groups.map(([, expression]) => expression).join(", ")}` +
      ` ORDER BY ${groups.map((_, i) => i + 1).join(", ")}`
    : "";
  const rows = await db.$queryRawUnsafe<AggregateRow[]>(
    `SELECT ${select.join(", ")} FROM ${query.table} WHERE ${where}${groupBy} LIMIT ${MAX_GROUPS * 20 + 1}`,
    ...query.where.flatMap((c) => c.params),
  );
  if (rows.length > MAX_GROUPS * 20) throw tooManyGroups();
  // Every column is CAST AS CHAR; a driver may still hand back another type, made text in place.
  for (const row of rows) {
    for (const key in row) if (row[key] !== null && typeof row[key] !== "string") row[key] = String(row[key]);
  }
  return rows;
}

export const tooManyGroups = () =>
  badUserInput(
    `More than ${MAX_GROUPS} groups: narrow the filter, or group by fewer dimensions or a longer period`,
    "groupBy",
  );

// ── exact arithmetic ─────────────────────────────────────────────────────────

export const decimal = (value: string | number | null | undefined) => new Prisma.Decimal(value ?? 0);

/** A decimal as clients read it: no trailing zeros ("2200", "0.6667"). */
export const text = (value: Prisma.Decimal) =>
  value
    .toFixed()
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");

/** numerator / denominator to `places` decimals (half up); null when the denominator is 0. */
export function ratio(
  numerator: Prisma.Decimal | number,
  denominator: Prisma.Decimal | number,
  places = 4,
): string | null {
  const below = decimal(denominator.toString());
  if (below.isZero()) return null;
  return text(decimal(numerator.toString()).div(below).toDecimalPlaces(places, Prisma.Decimal.ROUND_HALF_UP));
}
