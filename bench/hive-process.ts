import { loadToolingEnvOrExit } from "../scripts/env.js";
import { startHiveGateway } from "./hive.js";

/**
 * @graphql-hive/gateway in a process of its own (bench/processes.ts), so its CPU time is its own:
 * `node --import tsx bench/hive-process.ts '{"auth":"http://…",…}' [deduplicate]` prints its URL, then serves
 * until SIGTERM; with `deduplicate`, Hive deduplicates identical subgraph requests in flight (its default).
 */
const env = loadToolingEnvOrExit();
const urls = JSON.parse(process.argv[2] ?? "{}") as Record<string, string>;
const hive = await startHiveGateway(false, urls, process.argv[3] === "deduplicate", env);
process.stdout.write(`${hive.url}\n`);
process.once("SIGTERM", () => {
  void hive.close().then(() => process.exit(0));
});
