import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type DocumentNode } from "graphql";
import { SERVICE_PORTS } from "./env.js";
import { PROJECT_ROOT } from "./project-root.js";

export const SUBGRAPH_NAMES = ["auth", "admin", "tradeflow", "model"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");
export const SUPERGRAPH_PATH = path.join(SCHEMA_DIR, "supergraph.graphql");

/** schema/<name>.graphql is the single source of truth of each subgraph's SDL. */
export function subgraphSdlPath(name: SubgraphName): string {
  return path.join(SCHEMA_DIR, `${name}.graphql`);
}

export function loadSubgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(readFileSync(subgraphSdlPath(name), "utf8"));
}

/** The URL recorded in the committed supergraph; the gateway may route elsewhere (see gateway env). */
export function defaultSubgraphUrl(name: SubgraphName): string {
  return `http://127.0.0.1:${SERVICE_PORTS[name]}/graphql`;
}
