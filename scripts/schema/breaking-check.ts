import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { createLogger } from "#shared/logger.js";
import { SCHEMA_DIR } from "#shared/subgraphs.js";
import { loadToolingEnvOrExit } from "../env.js";
import { apiSchemaOf, composeSubgraphs } from "./composition.js";

/**
 * `npm run schema:check`: composes the subgraphs' SDL as they are now and compares the API that clients
 * see with the supergraph committed on the base ref (`SCHEMA_BASE_REF`, default `main`). A breaking
 * change (graphql-inspector's criticality) fails unless schema/CHANGES.md names its path (for example
 * `CollectionItem.product`) with the reason, so that a contract break is always a decision on record.
 */
const logger = createLogger("schema-check", "info");
const baseRef = loadToolingEnvOrExit().SCHEMA_BASE_REF;
const changesPath = path.join(SCHEMA_DIR, "CHANGES.md");

function committedSupergraph(ref: string): string | null {
  try {
    return execFileSync("git", ["show", `${ref}:schema/supergraph.graphql`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

const composed = composeSubgraphs();
if (composed.errors) {
  for (const error of composed.errors) logger.error(error.message);
  logger.fatal("composition failed");
  process.exit(1);
}
const base = committedSupergraph(baseRef);
if (base === null) {
  logger.warn({ baseRef }, "no committed supergraph on the base ref; nothing to compare");
  process.exit(0);
}

const changes = await diff(apiSchemaOf(base), apiSchemaOf(composed.supergraphSdl));
const recorded = existsSync(changesPath) ? readFileSync(changesPath, "utf8") : "";
const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
const unrecorded = breaking.filter((change) => !change.path || !recorded.includes(`\`${change.path}\``));

for (const change of changes) {
  logger.info({ criticality: change.criticality.level, path: change.path }, change.message);
}
if (unrecorded.length > 0) {
  for (const change of unrecorded) logger.error({ path: change.path }, `breaking: ${change.message}`);
  logger.fatal(
    `${unrecorded.length} breaking change(s) against ${baseRef}: record each path in schema/CHANGES.md ` +
      "with its reason, or keep the contract",
  );
  process.exit(1);
}
logger.info({ baseRef, changes: changes.length, breaking: breaking.length }, "no unrecorded breaking change");
