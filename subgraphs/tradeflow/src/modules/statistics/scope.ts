import type { UserClaims } from "#shared/auth/claims.js";
import type { Prisma } from "#shared/db/client.js";
import { unauthenticated } from "#shared/graphql/errors.js";
import { collectionScope, type CollectionScope } from "../../domain/scope.js";
import type { Condition } from "./query.js";

/**
 * The caller's row scope as conditions on rollup columns. The one call to tradeflow's row-scope rule
 * (collectionScope) for statistics: it is translated, never restated, so a change of scope reaches the
 * figures too — and a shape this translation does not know fails loudly instead of leaking rows.
 *
 * Rollups of workflow steps have no status: there an analyst's "validated only" does not apply, and
 * they see every decision's aggregate (no collection is shown).
 */
export function scopeConditions(reader: StatisticsReader, options: { hasStatus: boolean }): Condition[] {
  if (reader.frozenScope) return translate(reader.frozenScope, options);
  if (!reader.viewer) throw unauthenticated();
  return translate(collectionScope(reader.viewer), options);
}

/**
 * Who reads the figures: a request's caller, or a report job, which carries the row scope its requester
 * had when asking (`frozenScope`, from the same rule) and whose right to pending figures was checked then.
 */
export interface StatisticsReader {
  viewer: UserClaims | null;
  frozenScope?: CollectionScope;
}

function translate(
  where: Prisma.CollectionWhereInput | ReturnType<typeof collectionScope>,
  options: { hasStatus: boolean },
): Condition[] {
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === "AND" && Array.isArray(value)) {
      for (const part of value) conditions.push(...translate(part, options));
    } else if (key === "status" && typeof value === "string") {
      if (options.hasStatus) conditions.push({ sql: "status = ?", params: [value] });
    } else if ((key === "collectorId" || key === "teamId" || key === "regionId") && typeof value === "number") {
      conditions.push({ sql: `${column(key)} = ?`, params: [value] });
    } else if ((key === "teamId" || key === "regionId") && isIn(value)) {
      conditions.push(inList(column(key), value.in));
    } else {
      throw new Error(`statistics: the row scope ${JSON.stringify({ [key]: value })} has no rollup translation`);
    }
  }
  return conditions;
}

const column = (key: "collectorId" | "teamId" | "regionId") =>
  ({ collectorId: "collector_id", teamId: "team_id", regionId: "region_id" })[key];

function isIn(value: unknown): value is { in: number[] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { in?: unknown }).in);
}

export function inList(columnName: string, values: readonly (string | number)[]): Condition {
  if (values.length === 0) return { sql: "FALSE", params: [] };
  return { sql: `${columnName} IN (${values.map(() => "?").join(", ")})`, params: [...values] };
}
