import path from "node:path";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";
import { PROJECT_ROOT, RUNS_COMPILED } from "#shared/project-root.js";
import type { SupervisedCommand } from "./supervisor.js";

/** The five processes of a running system, each started as `npm run start:<name>` would. */
export const SERVICE_ENTRIES: Record<"gateway" | (typeof SUBGRAPH_NAMES)[number], string> = {
  auth: "subgraphs/auth/src/main.ts",
  admin: "subgraphs/admin/src/main.ts",
  tradeflow: "subgraphs/tradeflow/src/main.ts",
  model: "subgraphs/model/src/main.ts",
  gateway: "gateway/src/main.ts",
};

export type ServiceName = keyof typeof SERVICE_ENTRIES;

/** Where `npm run build` puts the compiled entry of a source file (`dist/…/main.js`). */
export function compiledEntry(source: string): string {
  return path.join("dist", source.replace(/\.ts$/, ".js"));
}

/**
 * The subgraphs first, the gateway last, each with `env`. From the build (`npm start` in production runs
 * dist/scripts/start.js) each runs its compiled JavaScript with plain `node`; from the sources,
 * `node --import tsx <entry>`, which compiles TypeScript at every start (seconds of CPU per process).
 */
export function serviceCommands(
  env: Record<string, string | undefined>,
  options: { compiled?: boolean } = {},
): SupervisedCommand[] {
  const compiled = options.compiled ?? RUNS_COMPILED;
  return (Object.keys(SERVICE_ENTRIES) as ServiceName[]).map((name) => ({
    name,
    command: process.execPath,
    args: compiled ? [compiledEntry(SERVICE_ENTRIES[name])] : ["--import", "tsx", SERVICE_ENTRIES[name]],
    env: { ...env, APOLLO_TELEMETRY_DISABLED: "true" },
    cwd: PROJECT_ROOT,
  }));
}
