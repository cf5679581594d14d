import autocannon from "autocannon";
import { inheritedEnvironment } from "../scripts/env.js";
import { startStack } from "../scripts/stack.js";

// Profiling aid (not part of the bench): load our gateway for a few seconds under --cpu-prof.
const stack = await startStack({
  ...inheritedEnvironment(),
  DATABASE_URL: "mysql://root@127.0.0.1:3306/ct_bench",
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: "0",
});
const token = (await stack.gateway.login("supervisor@demo.ct")).accessToken;
const body = JSON.stringify({
  query: `query Page($n: Int) { collections(first: $n) { nodes { id status collectedAt collector { fullName } collectionPoint { name } actor { name } items { quantity product { name } } } } }`,
  variables: { n: 50 },
});
const run = await autocannon({
  url: stack.gatewayUrl,
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  body,
  connections: 20,
  duration: 8,
});
process.stderr.write(`req/s ${run.requests.average}\n`);
await stack.close();
process.exit(0);
