import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createLogger } from "#shared/logger.js";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";
import { GENERATED_OPERATIONS_DIR, writePersistedQueryManifest } from "./persisted-manifest.js";

/**
 * Fails when what `npm run codegen` writes differs from what is committed: each subgraph's resolver types,
 * the typed client documents and the persisted query manifest (schema/operations/generated).
 */
const logger = createLogger("codegen:check", "info");
const root = path.resolve(import.meta.dirname, "../..");
const resolverTypes = SUBGRAPH_NAMES.map((name) =>
  path.join(root, "subgraphs", name, "src", "generated", "resolvers-types.ts"),
);
const operationFiles = () =>
  existsSync(GENERATED_OPERATIONS_DIR)
    ? readdirSync(GENERATED_OPERATIONS_DIR).map((file) => path.join(GENERATED_OPERATIONS_DIR, file))
    : [];
const generatedFiles = () => [...new Set([...resolverTypes, ...operationFiles()])].sort();
const snapshot = () =>
  new Map(generatedFiles().map((file) => [file, existsSync(file) ? readFileSync(file, "utf8") : null]));

const committed = snapshot();
let stale: string[] = [];
try {
  execFileSync("npx", ["--no-install", "graphql-codegen", "--config", "codegen.ts", "--silent"], {
    cwd: root,
    stdio: "pipe",
  });
  writePersistedQueryManifest();
  const regenerated = snapshot();
  stale = [...new Set([...committed.keys(), ...regenerated.keys()])]
    .filter((file) => committed.get(file) !== regenerated.get(file))
    .map((file) => path.relative(root, file));
} finally {
  // Leave the working tree as it was: the check reports, `npm run codegen` fixes.
  for (const file of generatedFiles()) if (!committed.has(file)) rmSync(file);
  for (const [file, text] of committed) {
    if (text === null) rmSync(file, { force: true });
    else writeFileSync(file, text);
  }
}
if (stale.length > 0) {
  logger.fatal({ stale }, "generated code is stale: run `npm run codegen` and commit the result");
  process.exit(1);
}
logger.info("generated resolver types, client documents and persisted query manifest are up to date");
