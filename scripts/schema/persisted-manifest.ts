import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, type OperationDefinitionNode } from "graphql";
import { createLogger } from "#shared/logger.js";
import { SCHEMA_DIR } from "#shared/subgraphs.js";

/**
 * The client preset writes its persisted documents as `{ "sha256:<hash>": body }`; the gateway and Apollo's
 * tooling (Apollo Client's persisted-queries link, GraphOS safelisting) read Apollo's manifest format. This
 * converts the one into the other and removes the preset's file, so the manifest is the single committed list.
 */
export const GENERATED_OPERATIONS_DIR = path.join(SCHEMA_DIR, "operations", "generated");
export const PERSISTED_QUERY_MANIFEST_PATH = path.join(GENERATED_OPERATIONS_DIR, "persisted-query-manifest.json");
const PRESET_OUTPUT_PATH = path.join(GENERATED_OPERATIONS_DIR, "persisted-documents.json");

export interface PersistedQueryManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: { id: string; name: string; type: "query" | "mutation" | "subscription"; body: string }[];
}

export function persistedQueryManifest(presetDocuments: Record<string, string>): PersistedQueryManifest {
  const operations = Object.entries(presetDocuments).map(([documentId, body]) => {
    const definitions = parse(body).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition",
    );
    const [operation] = definitions;
    if (definitions.length !== 1 || !operation?.name) {
      throw new Error(`a persisted document must hold exactly one named operation: ${body.slice(0, 80)}`);
    }
    return { id: documentId.replace(/^sha256:/, ""), name: operation.name.value, type: operation.operation, body };
  });
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}

export function writePersistedQueryManifest(): PersistedQueryManifest {
  const manifest = persistedQueryManifest(JSON.parse(readFileSync(PRESET_OUTPUT_PATH, "utf8")));
  writeFileSync(PERSISTED_QUERY_MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(PRESET_OUTPUT_PATH);
  return manifest;
}

if (process.argv[1] === import.meta.filename) {
  const manifest = writePersistedQueryManifest();
  createLogger("codegen", "info").info(
    { path: path.relative(process.cwd(), PERSISTED_QUERY_MANIFEST_PATH), operations: manifest.operations.length },
    "persisted query manifest written",
  );
}
