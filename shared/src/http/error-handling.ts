import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger.js";
import { maskFormattedError } from "../graphql/errors.js";
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

/** What formatError makes of an error: kept as it is public, or masked (and why, for the log). */
type MaskingOutcome =
  | { kind: "public"; error: GraphQLFormattedError }
  | { kind: "database-unavailable" | "internal"; error: GraphQLFormattedError; original: unknown };

/**
 * The one masking rule: public codes keep their message; a database that cannot be reached is
 * SERVICE_UNAVAILABLE (the caller may retry); everything else is masked.
 */
function maskingOutcome(formatted: GraphQLFormattedError, error: unknown): MaskingOutcome {
  const { error: masked, masked: wasMasked } = maskFormattedError(inputErrorCode(formatted, error));
  if (!wasMasked) return { kind: "public", error: masked };
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    const unavailable = {
      // No promise that nothing was written: a COMMIT cut off by the outage may have been applied.
      message: "The database is unavailable; try again shortly",
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
    return { kind: "database-unavailable", error: unavailable, original };
  }
  return { kind: "internal", error: masked, original };
}

/**
 * formatError for every server (maskingOutcome). It logs nothing: it gets no request context, and the
 * masked errors are logged with their request's trace id by errorReportingPlugin, which has it.
 */
export function maskingFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return maskingOutcome(formatted, error).error;
}

/** The formatted error Apollo Server hands formatError for `error` (its code defaults as Apollo's does). */
function formattedByApollo(error: GraphQLError): GraphQLFormattedError {
  return {
    ...error.toJSON(),
    extensions: { ...error.extensions, code: error.extensions.code ?? "INTERNAL_SERVER_ERROR" },
  };
}

/** Logs an error that formatError masks, with what it was; public errors are the caller's and are not logged. */
function logIfMasked(logger: Logger, error: GraphQLError, traceId: string | undefined) {
  const outcome = maskingOutcome(formattedByApollo(error), error);
  if (outcome.kind === "public") return;
  const entry = { traceId, err: outcome.original, path: error.path };
  if (outcome.kind === "database-unavailable") logger.warn(entry, "database unavailable");
  else logger.error(entry, "internal error masked");
}

/**
 * Adds the request's trace id to every error, so a user can quote it and we can find the logs, and
 * puts each message in the request's language (codes never change). Messages relayed from a subgraph
 * are already translated there; a translated message matches no English key, so it passes unchanged.
 */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<{ traceId: string; language?: Language }> {
  return {
    // Before the request has a context, so without a trace id.
    async contextCreationDidFail({ error }) {
      logIfMasked(
        logger,
        error instanceof GraphQLError ? error : new GraphQLError(String(error), { originalError: error as Error }),
        undefined,
      );
    },
    // Apollo's own failures around a request (a plugin that threw, the persisted-query store unreachable)
    // skip didEncounterErrors and reach the caller masked: logged here, with the request's trace id.
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      logger.error({ traceId: requestContext.contextValue?.traceId, err: error }, "internal error masked");
    },
    async requestDidStart() {
      return {
        // Every error formatError will see, before it masks them: logged here because here is the request.
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) logIfMasked(logger, error, contextValue.traceId);
        },
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
