import {
  Kind,
  parse,
  print,
  stripIgnoredCharacters,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from "graphql";

/** The JSON body of one GraphQL request to a subgraph, as the gateway's data source writes it. */
export interface OperationBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The answer of one GraphQL request (the parts the gateway reads). */
export interface OperationAnswer {
  data?: Record<string, unknown> | null;
  errors?: { path?: (string | number)[]; [key: string]: unknown }[];
  extensions?: Record<string, unknown>;
}

/** One operation's root fields and variables, renamed under its position in the merged operation. */
interface MergedPart {
  /** Root response key in the merged answer → the key the operation itself would have answered. */
  rootKeys: Map<string, string>;
  /** The operation's variable name → its name in the merged operation. */
  variableNames: Map<string, string>;
}

export interface MergedOperation {
  query: string;
  operationName: string;
  parts: MergedPart[];
}

const prefixOf = (index: number) => `m${index}_`;

/**
 * Rewrites one query so that it can sit beside others in one operation: every root field is aliased
 * under `prefix`, every variable and fragment renamed with it. Undefined when the operation cannot be
 * merged (not a single query, operation directives, a root selection that is not a field).
 */
function prefixed(document: DocumentNode, prefix: string) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operation.operation !== "query" || operation.directives?.length) {
    return undefined;
  }
  if (operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD)) return undefined;
  const rootKeys = new Map<string, string>();
  const variableNames = new Map<string, string>();
  const renamed = visit(document, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
  });
  for (const variable of operation.variableDefinitions ?? []) {
    variableNames.set(variable.variable.name.value, prefix + variable.variable.name.value);
  }
  const definitions: DefinitionNode[] = [];
  let root: OperationDefinitionNode | undefined;
  for (const definition of renamed.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) {
      definitions.push(definition);
      continue;
    }
    root = {
      ...definition,
      selectionSet: {
        ...definition.selectionSet,
        selections: definition.selectionSet.selections.map((selection) => {
          if (selection.kind !== Kind.FIELD) return selection;
          const key = selection.alias?.value ?? selection.name.value;
          rootKeys.set(prefix + key, key);
          return { ...selection, alias: { kind: Kind.NAME, value: prefix + key } };
        }),
      },
    };
  }
  return root && { root, definitions, part: { rootKeys, variableNames } };
}

/**
 * Merges the queries that one plan step sends to one subgraph into a single operation, the way Hive's
 * gateway merges a step's `_entities` fetches: the subgraph parses, validates, authorises and executes one
 * operation instead of one per fetch. Undefined when any of them cannot be merged (a mutation, a
 * subscription, a document this does not understand): the caller then sends them unmerged.
 */
export function mergeOperations(bodies: readonly OperationBody[]): MergedOperation | undefined {
  const key = bodies.map((body) => body.query).join("\u0000");
  if (mergedByQueries.has(key)) return mergedByQueries.get(key) ?? undefined;
  const merged = buildMergedOperation(bodies);
  // Plans are cached, so the same few combinations recur: parse and print each once. Bounded because the
  // combinations follow the clients' operations; clearing at the bound is enough for a cache this cheap to refill.
  if (mergedByQueries.size >= MERGE_CACHE_SIZE) mergedByQueries.clear();
  mergedByQueries.set(key, merged ?? null);
  return merged;
}

const MERGE_CACHE_SIZE = 1_000;
const mergedByQueries = new Map<string, MergedOperation | null>();

function buildMergedOperation(bodies: readonly OperationBody[]): MergedOperation | undefined {
  const rootSelections: OperationDefinitionNode["selectionSet"]["selections"][number][] = [];
  const variableDefinitions: VariableDefinitionNode[] = [];
  const fragments: DefinitionNode[] = [];
  const parts: MergedPart[] = [];
  for (const [index, body] of bodies.entries()) {
    let document: DocumentNode;
    try {
      document = parse(body.query, { noLocation: true });
    } catch {
      return undefined;
    }
    const rewritten = prefixed(document, prefixOf(index));
    if (!rewritten) return undefined;
    rootSelections.push(...rewritten.root.selectionSet.selections);
    variableDefinitions.push(...(rewritten.root.variableDefinitions ?? []));
    fragments.push(...rewritten.definitions);
    parts.push(rewritten.part);
  }
  const operationName = `${bodies[0]?.operationName ?? "Fetch"}__merged_${bodies.length}`;
  const merged: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: "query" as OperationDefinitionNode["operation"],
        name: { kind: Kind.NAME, value: operationName },
        variableDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections: rootSelections },
      },
      ...fragments,
    ],
  };
  return { query: stripIgnoredCharacters(print(merged)), operationName, parts };
}

/** The merged operation's variables: each body's own, under their renamed names. */
export function mergedVariables(merged: MergedOperation, bodies: readonly OperationBody[]): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  merged.parts.forEach((part, index) => {
    for (const [name, value] of Object.entries(bodies[index]?.variables ?? {})) {
      const renamed = part.variableNames.get(name);
      if (renamed) variables[renamed] = value;
    }
  });
  return variables;
}

/**
 * Splits the merged operation's answer into each operation's own, as if it had been sent alone: its root
 * fields under their own keys, the errors whose path starts at one of them (path rewritten), and the errors
 * with no such path (a whole-operation error) given to every one. Undefined when the answer has no data:
 * the whole operation failed, and the caller sends the operations unmerged so that each fails on its own.
 */
export function splitAnswer(merged: MergedOperation, answer: OperationAnswer): OperationAnswer[] | undefined {
  const data = answer.data;
  if (!data || typeof data !== "object") return undefined;
  const claimed = new Set(merged.parts.flatMap((part) => [...part.rootKeys.keys()]));
  return merged.parts.map((part) => {
    const own: Record<string, unknown> = {};
    for (const [mergedKey, key] of part.rootKeys) {
      if (mergedKey in data) own[key] = data[mergedKey];
    }
    const errors = (answer.errors ?? []).flatMap(({ locations: _locations, ...error }) => {
      // Locations point into the merged document, which the fetch never sent: they are dropped.
      const [first, ...rest] = error.path ?? [];
      if (typeof first !== "string" || !claimed.has(first)) return [error];
      const key = part.rootKeys.get(first);
      return key === undefined ? [] : [{ ...error, path: [key, ...rest] }];
    });
    return {
      data: own,
      ...(errors.length > 0 ? { errors } : {}),
      ...(answer.extensions ? { extensions: answer.extensions } : {}),
    };
  });
}

/** Apollo Gateway's entity fetch: `_entities(representations: $representations)`, as its planner prints it. */
const ENTITY_FETCH = /(^|[^\w])_entities\(representations:\s*\$representations\)/;

/**
 * A deep copy of a value parsed from JSON (plain objects, arrays, primitives). Written here, not
 * `structuredClone`: ~0.2 µs against ~3 µs for an entity, and a page copies a few hundred. A `__proto__` key
 * (a caller may alias a field so) is defined as an own property, as JSON.parse made it, not assigned (which
 * would set the copy's prototype and lose the field).
 */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copied = copyJson((value as Record<string, unknown>)[key]);
    if (key === "__proto__") {
      Object.defineProperty(copy, key, { value: copied, enumerable: true, writable: true, configurable: true });
    } else {
      copy[key] = copied;
    }
  }
  return copy;
}

export interface UniqueRepresentations {
  /** The fetch with each distinct representation once. */
  body: OperationBody;
  /** The subgraph's answer to `body` → the answer to the original fetch: one entity per representation sent. */
  expand(answer: OperationAnswer): OperationAnswer;
}

/**
 * Apollo Gateway sends one representation per occurrence: a page of 50 collections by one agent asks for the
 * same `User` 50 times, and the subgraph resolves, authorises and serialises it 50 times. This sends each
 * distinct representation once (Hive's gateway does the same) and copies the answers, and the errors at their
 * paths, back to every occurrence. Undefined when the body is not an entity fetch or has no repetition.
 */
export function uniqueRepresentations(body: OperationBody): UniqueRepresentations | undefined {
  const representations = body.variables?.representations;
  if (!Array.isArray(representations) || !ENTITY_FETCH.test(body.query)) return undefined;
  const indexByKey = new Map<string, number>();
  const unique: unknown[] = [];
  const uniqueIndexOf = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = unique.push(representation) - 1;
      indexByKey.set(key, index);
    }
    return index;
  });
  if (unique.length === representations.length) return undefined;
  const occurrences = new Map<number, number[]>();
  uniqueIndexOf.forEach((uniqueIndex, index) => {
    const list = occurrences.get(uniqueIndex);
    if (list) list.push(index);
    else occurrences.set(uniqueIndex, [index]);
  });
  return {
    body: { ...body, variables: { ...body.variables, representations: unique } },
    expand(answer) {
      const entities = answer.data?._entities;
      // Each occurrence gets an entity of its own: the gateway merges later fetches into these objects in
      // place, so two positions must not share one.
      const given = new Set<number>();
      const entityAt = (index: number) => {
        const entity: unknown = (entities as unknown[])[index] ?? null;
        if (!given.has(index)) {
          given.add(index);
          return entity;
        }
        return copyJson(entity);
      };
      const data =
        answer.data && Array.isArray(entities)
          ? { ...answer.data, _entities: uniqueIndexOf.map(entityAt) }
          : answer.data;
      const errors = answer.errors?.flatMap((error) => {
        const [root, index, ...rest] = error.path ?? [];
        if (root !== "_entities" || typeof index !== "number") return [error];
        return (occurrences.get(index) ?? []).map((original) => ({ ...error, path: [root, original, ...rest] }));
      });
      return { ...answer, data, ...(errors ? { errors } : {}) };
    },
  };
}
