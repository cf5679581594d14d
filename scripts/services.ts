import path from "node:path";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";
import type { SupervisedCommand } from "./supervisor.js";

const root = path.resolve(import.meta.dirname, "..");

/** The five processes of a running system, each started as `npm run start:<name>` would. */
export const SERVICE_ENTRIES: Record<"gateway" | (typeof SUBGRAPH_NAMES)[number], string> = {
  auth: "subgraphs/auth/src/main.ts",
  admin: "subgraphs/admin/src/main.ts",
  tradeflow: "subgraphs/tradeflow/src/main.ts",
  model: "subgraphs/model/src/main.ts",
  gateway: "gateway/src/main.ts",
};

export type ServiceName = keyof typeof SERVICE_ENTRIES;

/** The subgraphs first, the gateway last, each `node --import tsx <entry>` with `env`. */
export function serviceCommands(env: Record<string, string | undefined>): SupervisedCommand[] {
  return (Object.keys(SERVICE_ENTRIES) as ServiceName[]).map((name) => ({
    name,
    command: process.execPath,
    args: ["--import", "tsx", SERVICE_ENTRIES[name]],
    env: { ...env, APOLLO_TELEMETRY_DISABLED: "true" },
    cwd: root,
  }));
}
