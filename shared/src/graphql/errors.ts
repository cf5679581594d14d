import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The error codes clients may rely on (extensions.code). Anything else leaves as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  // Refused before validation: too many tokens, fields or selections (gateway/src/protections/operation-size.ts).
  "OPERATION_TOO_LARGE",
]);

/** Extensions a client may see besides `code`; everything else (stack traces, service internals) is dropped. */
const PUBLIC_EXTENSION_KEYS = new Set(["code", "field", "fields", "traceId", "retryAfterSeconds", "http"]);
/**
 * Extensions public for one code only: the gateway names the subgraph that is down (every subgraph error
 * carries `serviceName` inside the gateway, and other codes do not need to reveal the topology).
 */
const CODE_EXTENSION_KEYS: Record<string, Set<string>> = { SERVICE_UNAVAILABLE: new Set(["serviceName"]) };

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

export function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, field?: string) =>
  domainError("BAD_USER_INPUT", message, field ? { field } : {});
export const unauthenticated = (message = "Authentication required") => domainError("UNAUTHENTICATED", message);
export const forbidden = (message = "You are not allowed to do this") => domainError("FORBIDDEN", message);
export const notFound = (what: string) => domainError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string, field?: string) => domainError("CONFLICT", message, field ? { field } : {});

/** Messages quote the caller's values (`Variable "$x" got invalid value "…"`): a huge value is not sent back whole. */
const MAX_MESSAGE_LENGTH = 1_000;

function capMessage(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH)}… (truncated)`;
}

/**
 * Keeps the message and code of errors we raise on purpose and of GraphQL's own request errors;
 * replaces anything else with a generic message, so no stack trace or internal detail leaves a service.
 * Returns whether the error was masked so the caller can log the original.
 */
export function maskFormattedError(formatted: GraphQLFormattedError): {
  error: GraphQLFormattedError;
  masked: boolean;
} {
  const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
  if (code && PUBLIC_ERROR_CODES.has(code)) {
    const extensions = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(
        ([key]) => (PUBLIC_EXTENSION_KEYS.has(key) || CODE_EXTENSION_KEYS[code]?.has(key)) && key !== "http",
      ),
    );
    return {
      error: {
        message: capMessage(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions,
      },
      masked: false,
    };
  }
  return {
    error: {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    },
    masked: true,
  };
}
