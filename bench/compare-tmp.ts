import { inheritedEnvironment } from "../scripts/env.js";
import { startStack } from "../scripts/stack.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
const stack = await startStack({ ...inheritedEnvironment(), DATABASE_URL: "mysql://root@127.0.0.1:3306/ct_bench", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "0", SQL_STATEMENT_COUNTING: "true" });
const token = (await stack.gateway.login("supervisor@demo.ct")).accessToken;
const q = `query Page($n: Int) { collections(first: $n) { nodes { id status collectedAt collector { fullName } collectionPoint { name } actor { name } items { quantity product { name } } } } }`;
async function ops() { const out: Record<string, number> = {}; for (const [n, s] of Object.entries(stack.services)) { const m = await s.runtime.metrics.operations.get(); out[n] = m.values.filter(v => v.metricName?.endsWith("_count")).reduce((a, v) => a + v.value, 0); } return out; }
const client = new GraphQLClient(stack.gatewayUrl);
await client.request(q, { n: 50 }, { token });
const before = await ops(); const t0 = performance.now();
for (let i = 0; i < 20; i++) await client.request(q, { n: 50 }, { token });
const t1 = performance.now(); const after = await ops();
process.stderr.write(`ours: ${((t1 - t0) / 20).toFixed(1)} ms/req; subgraph ops per request: ${JSON.stringify(Object.fromEntries(Object.entries(after).map(([k, v]) => [k, (v - before[k]!) / 20])))}\n`);
await stack.close(); process.exit(0);
