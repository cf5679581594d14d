import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
// graphql-js's own field collection (fragments, inline fragments, @skip/@include, as execution applies them).
// It is exported by its module but not by the package index: the one graphql-js internal this code relies on.
import { collectSubfields } from "graphql/execution/collectFields.js";

/**
 * The names of the fields the operation selects on the objects found at `path` below the field being resolved
 * (`["nodes"]` of a connection, `["edges", "node"]`): what a resolver must load for them, and no more.
 * Undefined when the path leads nowhere the schema knows (the caller then loads everything).
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | undefined {
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const step of path) {
    if (!isObjectType(type)) return undefined;
    const next = type.getFields()[step];
    if (!next) return undefined;
    nodes = [...subfields(info, type, nodes).values()].flat().filter((node) => node.name.value === step);
    type = getNamedType(next.type);
  }
  if (!isObjectType(type)) return undefined;
  return new Set([...subfields(info, type, nodes).values()].flatMap((fields) => fields.map((node) => node.name.value)));
}

function subfields(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: readonly FieldNode[]) {
  return collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
}
