import { readFileSync } from "node:fs";
import { composeServices, type CompositionResult } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { parse, type GraphQLSchema } from "graphql";
import { SUBGRAPH_NAMES, defaultSubgraphUrl, subgraphSdlPath } from "#shared/subgraphs.js";

/** Composes schema/<subgraph>.graphql with @apollo/composition (rover cannot fetch its plugin here). */
export function composeSubgraphs(): CompositionResult {
  return composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(name),
      typeDefs: parse(readFileSync(subgraphSdlPath(name), "utf8")),
    })),
  );
}

/** The schema clients see (federation directives and join types removed) of a supergraph SDL. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
