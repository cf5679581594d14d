import { test } from "node:test";
import assert from "node:assert/strict";
import { PARTS, smallestRollup } from "../../subgraphs/tradeflow/src/modules/statistics/rollups.js";

/**
 * Which rollup a statistics query reads: the narrowest one holding every column it names, at the grain
 * its period needs. A wrong choice either fails in SQL (a column missing) or reads a table the size of
 * the collections; these cases pin the typical questions to their small tables.
 */
const cases: [string, Parameters<typeof smallestRollup>, string][] = [
  [
    "corridor × direction over whole months",
    ["flow", ["status = ?", "corridor_id", "direction"], "month"],
    "tradeflow_stats_flow_month_route",
  ],
  [
    "gender share per collection point",
    ["flow", ["status = ?", "collection_point_id", "gender"], "month"],
    "tradeflow_stats_flow_month_point",
  ],
  [
    "formal/informal by transport mode, a team lead's scope",
    ["flow", ["team_id = ?", "status = ?", "context", "transport_mode_id"], "month"],
    "tradeflow_stats_flow_month_mode",
  ],
  [
    "origin × destination country",
    ["flow", ["status = ?", "origin_country_id IN (?)", "destination_country_id"], "month"],
    "tradeflow_stats_flow_month_countries",
  ],
  [
    "two dimensions no narrow rollup holds: the wide per-month one",
    ["flow", ["status = ?", "corridor_id", "gender"], "month"],
    "tradeflow_stats_flow_month",
  ],
  [
    "an agent's own figures: only the per-day rollup keeps the collector",
    ["flow", ["collector_id = ?"], "month"],
    "tradeflow_stats_flow_day",
  ],
  [
    "a period that is not whole months: per day",
    ["flow", ["status = ?", "corridor_id"], "day"],
    "tradeflow_stats_flow_day",
  ],
  ["month × product", ["product", ["status = ?", "product_id"], "month"], "tradeflow_stats_product_month_product"],
  [
    "controls per corridor and service",
    ["control", ["status = ?", "corridor_id", "control_service_id"], "month"],
    "tradeflow_stats_control_month_service",
  ],
  [
    "lead time per level",
    ["decision", ["action IN (?)", "level > 0", "level"], "month"],
    "tradeflow_stats_decision_month_level",
  ],
  [
    "per validator: the per-day decisions",
    ["decision", ["level", "actor_id"], "month"],
    "tradeflow_stats_decision_day",
  ],
];

for (const [name, input, table] of cases) {
  test(`rollup choice: ${name} → ${table}`, () => assert.equal(smallestRollup(...input), table));
}

test("a column that is a suffix of another (to_status, status) is not taken for it", () => {
  assert.equal(
    smallestRollup("decision", ["to_status = 'VALIDATED'"], "month"),
    "tradeflow_stats_decision_month_level",
  );
});

test("every part keeps a per-day rollup with all its dimensions, the fallback of every choice", () => {
  for (const part of PARTS) {
    const daily = part.rollups.find((rollup) => rollup.grain === "day");
    assert.deepEqual(daily?.dimensions, part.dimensions, part.name);
  }
});
