import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import type { GatewayContext } from "../context.js";
import { isSchemaExplorer } from "./schema-explorers.js";
import { withoutSuggestions } from "./suggestions.js";

/**
 * The introspection nodes of `document`, if any, remembered per schema and document: Apollo's document
 * cache hands every request of one operation the same DocumentNode, and validating it again on each
 * request (a full graphql-js walk with type information) was ~0.3 CPU ms of every request (finding 54).
 */
const introspectionFound = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, GraphQLError | null>>();

function introspectionIn(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  let documents = introspectionFound.get(schema);
  if (!documents) introspectionFound.set(schema, (documents = new WeakMap()));
  let found = documents.get(document);
  if (found === undefined) {
    found = validate(schema, document, [NoSchemaIntrospectionCustomRule])[0] ?? null;
    documents.set(document, found);
  }
  return found;
}

/**
 * Introspection and field suggestions per caller: analysts and administrators (Sandbox sends their
 * Authorization header) get both, in every environment; everyone else gets neither. Apollo's own switch
 * is per server, and it caches validation per document, so the check runs here, on every request, after
 * the operation is resolved: graphql-js's NoSchemaIntrospectionCustomRule finds `__schema` and `__type`
 * wherever they are (fragments included); `__typename` stays open.
 */
export function introspectionForSchemaExplorers(mode: "staff" | "off"): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      // With INTROSPECTION=off, Apollo refuses introspection for everyone and suggestions go for everyone too.
      if (mode === "staff" && isSchemaExplorer(contextValue.viewer)) return {};
      return {
        async didResolveOperation({ schema, document }) {
          const refused = introspectionIn(schema, document);
          if (!refused) return;
          throw new GraphQLError(
            "Introspection is open to ANALYST, ADMIN and SUPER_ADMIN access tokens " +
              "(Authorization: Bearer <access token>)",
            { nodes: refused.nodes, extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } },
          );
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = withoutSuggestions(response.body.singleResult.errors);
        },
      };
    },
  };
}
