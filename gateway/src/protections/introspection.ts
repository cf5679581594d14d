import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from "graphql";
import type { GatewayContext } from "../context.js";
import { isSchemaExplorer } from "./schema-explorers.js";
import { withoutSuggestions } from "./suggestions.js";

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
          const [refused] = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
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
