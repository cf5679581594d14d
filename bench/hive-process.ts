import { loadToolingEnvOrExit } from "../scripts/env.js";
import { startHiveGateway } from "./hive.js";

/**
 * @graphql-hive/gateway in a process of its own (bench/processes.ts), so its CPU time is its own:
 * `node --import tsx bench/hive-process.ts '{"auth":"http://…",…}'` prints its URL, then serves until SIGTERM.
 */
const env = loadToolingEnvOrExit();
const hive = await startHiveGateway(env.NODE_ENV, false, JSON.parse(process.argv[2] ?? "{}") as Record<string, string>);
process.stdout.write(`${hive.url}\n`);
process.once("SIGTERM", () => {
  void hive.close().then(() => process.exit(0));
});
