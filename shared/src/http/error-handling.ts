import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger.js";
import { maskFormattedError } from "../graphql/errors.js";
import { currentTraceId } from "./trace-scope.js";
import type { Language } from "../i18n/language.js";
import { localizeMessage } from "../i18n/messages.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";

/** A GraphQL-shaped error body for responses produced outside GraphQL execution (401, 400, 405, 429). */
export function errorBody(message: string, code: string, traceId?: string) {
  return { errors: [{ message, extensions: { code, ...(traceId ? { traceId } : {}) } }] };
}

/**
 * A validation error raised for a bad value (a scalar or an input rule reporting BAD_USER_INPUT) is the
 * caller's input mistake; Apollo labels every validation error GRAPHQL_VALIDATION_FAILED, so restore it.
 */
function inputErrorCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED" || !(error instanceof GraphQLError)) return formatted;
  const cause = error.originalError;
  if (!(cause instanceof GraphQLError) || cause.extensions?.code !== "BAD_USER_INPUT") return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" } };
}

/**
 * formatError for every server: public codes keep their message; a database that cannot be reached is
 * SERVICE_UNAVAILABLE (the caller may retry); everything else is masked and logged with the request's
 * trace id (formatError gets no context, so the id comes from the request's scope).
 */
export function maskingFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { error: masked, masked: wasMasked } = maskFormattedError(inputErrorCode(formatted, error));
    if (!wasMasked) return masked;
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      logger.warn({ traceId: currentTraceId(), err: original, path: formatted.path }, "database unavailable");
      return {
        message: "The database is unavailable; nothing was changed, try again shortly",
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    logger.error({ traceId: currentTraceId(), err: original, path: formatted.path }, "internal error masked");
    return masked;
  };
}

/**
 * Adds the request's trace id to every error, so a user can quote it and we can find the logs, and
 * puts each message in the request's language (codes never change). Messages relayed from a subgraph
 * are already translated there; a translated message matches no English key, so it passes unchanged.
 */
export function errorReportingPlugin(): ApolloServerPlugin<{ traceId: string; language?: Language }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          const language = contextValue.language ?? "fr";
          response.body.singleResult.errors = errors.map((error) => ({
            ...error,
            message: localizeMessage(error.message, language),
            extensions: { ...error.extensions, traceId: contextValue.traceId },
          }));
        },
      };
    },
  };
}
