import autocannon from "autocannon";
import { inheritedEnvironment } from "../scripts/env.js";
import { startStack } from "../scripts/stack.js";

// Profiling aid (not part of the bench): load our gateway for a few seconds under --cpu-prof.
// `node --cpu-prof --import tsx bench/profile.ts [ct_bench]`: the bench database to read.
const database = process.argv[2] ?? "ct_bench";
const stack = await startStack({
  ...inheritedEnvironment(),
  DATABASE_URL: `mysql://root@127.0.0.1:3306/${database}`,
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: "0",
});
const token = (await stack.gateway.login("supervisor@demo.ct")).accessToken;
const body = JSON.stringify({
  query: `query Page($n: Int) { collections(first: $n) { nodes { id status collectedAt collector { fullName } collectionPoint { name } actor { name } items { quantity product { name } } } } }`,
  variables: { n: 50 },
});
const cpu = process.cpuUsage();
const run = await autocannon({
  url: stack.gatewayUrl,
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  body,
  connections: 20,
  duration: 8,
});
const { user, system } = process.cpuUsage(cpu);
process.stderr.write(
  `req/s ${run.requests.average}; CPU ms/request (stack and load generator) ${((user + system) / 1000 / run.requests.total).toFixed(1)}\n`,
);
await stack.close();
process.exit(0);
