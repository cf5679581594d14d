import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger.js";
import { maskFormattedError } from "../graphql/errors.js";

/** A GraphQL-shaped error body for responses produced outside GraphQL execution (401, 400, 405, 429). */
export function errorBody(message: string, code: string, traceId?: string) {
  return { errors: [{ message, extensions: { code, ...(traceId ? { traceId } : {}) } }] };
}

/** formatError for every server: public codes keep their message, everything else is masked and logged. */
export function maskingFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { error: masked, masked: wasMasked } = maskFormattedError(formatted);
    if (wasMasked) {
      const original = unwrapResolverError(error);
      logger.error({ err: original, path: formatted.path }, "internal error masked");
    }
    return masked;
  };
}

/** Adds the request's trace id to every error, so a user can quote it and we can find the logs. */
export function errorReportingPlugin(): ApolloServerPlugin<{ traceId: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, traceId: contextValue.traceId },
          }));
        },
      };
    },
  };
}
