import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { createLogger } from "#shared/logger.js";
import { SCHEMA_DIR, SUPERGRAPH_PATH } from "#shared/subgraphs.js";
import { composeSubgraphs } from "./composition.js";

/**
 * Composes schema/<subgraph>.graphql into schema/supergraph.graphql with @apollo/composition
 * (rover cannot fetch its composition plugin here). `--check` fails when the committed file is stale.
 */
const check = process.argv.includes("--check");
const logger = createLogger("compose", "info");

const result = composeSubgraphs();

if (result.errors) {
  for (const error of result.errors) logger.error({ code: error.extensions?.code }, error.message);
  logger.fatal("composition failed");
  process.exit(1);
}
for (const hint of result.hints ?? []) logger.warn({ hint: hint.definition.code }, hint.message);

// The client operations in schema/operations must stay valid against the API the supergraph exposes.
const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
const operationsDir = path.join(SCHEMA_DIR, "operations");
let invalidOperations = 0;
for (const file of readdirSync(operationsDir)
  .filter((name) => name.endsWith(".graphql"))
  .sort()) {
  const errors = validate(apiSchema, parse(readFileSync(path.join(operationsDir, file), "utf8")));
  for (const error of errors) {
    invalidOperations += 1;
    logger.error({ file: `schema/operations/${file}` }, error.message);
  }
}
if (invalidOperations > 0) {
  logger.fatal("client operations do not validate against the supergraph");
  process.exit(1);
}

const supergraph = `${result.supergraphSdl.trimEnd()}\n`;
if (check) {
  const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, "utf8") : "";
  if (committed !== supergraph) {
    logger.fatal("schema/supergraph.graphql is stale: run `npm run compose` and commit the result");
    process.exit(1);
  }
  logger.info("schema/supergraph.graphql is up to date");
} else {
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  logger.info({ path: "schema/supergraph.graphql" }, "supergraph composed");
}
