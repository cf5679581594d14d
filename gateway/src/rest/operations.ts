import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from "graphql";
import { SCHEMA_DIR } from "#shared/subgraphs.js";

/**
 * The facade's GraphQL operations live in schema/operations/rest-facade.graphql, where
 * `npm run compose:check` validates them against the supergraph like every client's. Each operation is
 * sent alone with the fragments it uses (GraphQL refuses documents with unused fragments).
 */
export const REST_OPERATIONS_PATH = path.join(SCHEMA_DIR, "operations", "rest-facade.graphql");

export function loadRestOperations(file = REST_OPERATIONS_PATH): Map<string, string> {
  const document = parse(readFileSync(file, "utf8"));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const spreadsOf = (node: DefinitionNode): string[] => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    return names;
  };
  const operations = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
    const used = new Set<string>();
    const pending = spreadsOf(definition);
    while (pending.length) {
      const name = pending.pop()!;
      if (used.has(name)) continue;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`rest-facade.graphql: unknown fragment ${name}`);
      used.add(name);
      pending.push(...spreadsOf(fragment));
    }
    const parts = [definition, ...[...used].map((name) => fragments.get(name)!)];
    operations.set(definition.name.value, parts.map((part) => print(part)).join("\n"));
  }
  return operations;
}
