import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { errorBody } from "#shared/http/error-handling.js";

/**
 * The GraphQL-over-HTTP specification (https://graphql.github.io/graphql-over-http/draft/) where Apollo
 * Server does not follow it already:
 * - the response media type is negotiated before anything runs, so an Accept the gateway cannot serve is
 *   a 406 before a mutation executes (Apollo negotiates after executing); no Accept header means
 *   `application/graphql-response+json` (the spec's default since 2025), and so does `*` `/` `*`;
 * - a POST body that is not `application/json` (UTF-8) is a 415, not a 400;
 * - status codes per media type (statusFor below).
 * Apollo already answers GET queries with URL-encoded `variables`/`extensions`, a mutation over GET with
 * 405 and `Allow: POST`, other methods with 405, and a request without `query` with 400.
 */
export const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
export const APPLICATION_JSON = "application/json";
export type ResponseMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof APPLICATION_JSON;

/**
 * Request errors of a well-formed request: with `application/json` the spec wants 200 for them ("SHOULD use
 * the 200 status code for every response to a well-formed GraphQL-over-HTTP request"), since a 4xx could
 * come from any intermediary. Left out on purpose: BAD_REQUEST (the request is not well-formed: 400),
 * a mutation over GET (405, a MUST), UNAUTHENTICATED (401 is HTTP authentication, which clients act on to
 * refresh their token) and TOO_MANY_REQUESTS (429, the rate limiter's answer before any GraphQL).
 */
const WELL_FORMED_REQUEST_ERRORS = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
  "OPERATION_TOO_LARGE",
  "PERSISTED_QUERY_NOT_FOUND",
  "FORBIDDEN",
]);

interface ResponseBody {
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}

/** The status the spec prescribes for `body` in `mediaType`, given the status the error itself asked for. */
export function statusFor(mediaType: ResponseMediaType, status: number, body: ResponseBody): number {
  const hasData = "data" in body && body.data !== undefined;
  if (mediaType === APPLICATION_JSON) {
    if (hasData && body.data !== null) return 200; // MUST
    const requestErrors = body.errors ?? [];
    const wellFormed =
      requestErrors.length > 0 &&
      requestErrors.every((error) => WELL_FORMED_REQUEST_ERRORS.has(String(error.extensions?.code)));
    return wellFormed && status >= 400 && status < 500 ? 200 : status;
  }
  // application/graphql-response+json: without `data`, a 4xx or 5xx (MUST); Apollo answers a persisted
  // query it does not know with 200.
  if (!hasData && status < 300) return 400;
  return status;
}

export function responseMediaTypeOf(res: Response): ResponseMediaType {
  return (res.locals.responseMediaType as ResponseMediaType | undefined) ?? GRAPHQL_RESPONSE_JSON;
}

/** Answers a request before Apollo, in the negotiated media type and with the status the spec prescribes. */
export function sendGraphqlError(
  res: Response,
  status: number,
  message: string,
  code: string,
  extensions: Record<string, unknown> = {},
): void {
  const mediaType = responseMediaTypeOf(res);
  const body = errorBody(message, code, res.locals.traceId);
  Object.assign(body.errors[0]!.extensions, extensions);
  res
    .status(statusFor(mediaType, status, body))
    .type(`${mediaType}; charset=utf-8`)
    .send(JSON.stringify(body));
}

/** Accept negotiation (406) and the request media type (415), before the body is parsed. */
export function negotiateMediaTypes(req: Request, res: Response, next: NextFunction) {
  // A browser asking for the landing page (Apollo renders it for a GET that prefers HTML).
  if (req.method === "GET" && req.accepts([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, "text/html"]) === "text/html") {
    return next();
  }
  const mediaType = req.get("accept") ? req.accepts([GRAPHQL_RESPONSE_JSON, APPLICATION_JSON]) : GRAPHQL_RESPONSE_JSON;
  if (!mediaType) {
    res
      .status(406)
      .json(
        errorBody(
          `Accept must allow ${GRAPHQL_RESPONSE_JSON} or ${APPLICATION_JSON}`,
          "BAD_REQUEST",
          res.locals.traceId,
        ),
      );
    return;
  }
  res.locals.responseMediaType = mediaType;
  // Apollo negotiates again when it writes the response: it must land on the same type.
  req.headers.accept = mediaType;
  if (req.method === "POST" && !isUtf8Json(req.get("content-type"))) {
    return sendGraphqlError(res, 415, `A POST body must be ${APPLICATION_JSON} (UTF-8)`, "BAD_REQUEST");
  }
  next();
}

function isUtf8Json(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [essence = "", ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith("charset="))?.slice("charset=".length);
  return essence === APPLICATION_JSON && (charset === undefined || charset.replace(/"/g, "") === "utf-8");
}

/**
 * Apollo's own responses, with the status statusFor prescribes for the media type negotiated above. And an
 * operation that cannot be determined (several operations and no or an unknown operationName): Apollo
 * leaves that to the executor, and the gateway's executor throws a plain error that becomes a masked 500.
 */
export function graphqlOverHttpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation) return;
          throw new GraphQLError(
            operationName
              ? `Unknown operation named "${operationName}".`
              : "Must provide operation name if query contains multiple operations.",
            { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } },
          );
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const mediaType =
            request.http?.headers.get("accept") === APPLICATION_JSON ? APPLICATION_JSON : GRAPHQL_RESPONSE_JSON;
          response.http.status = statusFor(mediaType, response.http.status ?? 200, response.body.singleResult);
        },
      };
    },
  };
}
