import { inheritedEnvironment } from "../scripts/env.js";
import { startStack } from "../scripts/stack.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
import { startHiveGateway } from "./hive.js";

/**
 * Diagnostic aid (not part of the bench): the same page through both gateways, sequentially —
 * latency per request and how many subgraph operations each gateway sends for it.
 */
const stack = await startStack({
  ...inheritedEnvironment(),
  DATABASE_URL: "mysql://root@127.0.0.1:3306/ct_bench",
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: "0",
});
const hive = await startHiveGateway(
  false,
  Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, s.url])),
);
const token = (await stack.gateway.login("supervisor@demo.ct")).accessToken;
const query = `query Page($n: Int) { collections(first: $n) { nodes { id status collectedAt collector { fullName } collectionPoint { name } actor { name } items { quantity product { name } } } } }`;
async function subgraphOperations() {
  const counts: Record<string, number> = {};
  for (const [name, service] of Object.entries(stack.services)) {
    const metric = await service.runtime.metrics.operations.get();
    counts[name] = metric.values.filter((v) => v.metricName?.endsWith("_count")).reduce((sum, v) => sum + v.value, 0);
  }
  return counts;
}
for (const [label, url] of [
  ["ours", stack.gatewayUrl],
  ["hive", hive.url],
] as const) {
  const client = new GraphQLClient(url);
  await client.request(query, { n: 50 }, { token });
  const before = await subgraphOperations();
  const started = performance.now();
  for (let i = 0; i < 20; i += 1) await client.request(query, { n: 50 }, { token });
  const perRequest = (performance.now() - started) / 20;
  const after = await subgraphOperations();
  const per = Object.fromEntries(Object.entries(after).map(([name, value]) => [name, (value - before[name]!) / 20]));
  process.stdout.write(
    `${label}: ${perRequest.toFixed(1)} ms per page; subgraph operations per page ${JSON.stringify(per)}\n`,
  );
}
await hive.close();
await stack.close();
process.exit(0);
