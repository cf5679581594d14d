import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { Fetcher, FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import {
  encodeClaims,
  encodeClient,
  ISSUED_CLAIMS_AUDIENCE,
  signRequest,
  SIGNATURE_HEADERS,
  verifyRequest,
} from "#shared/auth/gateway-signature.js";
import { ISSUED_CLAIMS_HEADERS } from "#shared/http/subgraph-server.js";
import type { GatewayContext } from "./context.js";
import { SubgraphBatcher } from "./subgraph-batch.js";
import {
  subgraphPoster,
  SubgraphConnectionLostError,
  SubgraphTimeoutError,
  SubgraphUnreachableError,
} from "./subgraph-http.js";

/**
 * Forwards each subgraph fetch with the caller's claims, client info and trace id, signed (HMAC) over
 * those and the exact body bytes. Signing happens in the fetcher because only there is the final body known.
 * A subgraph that cannot be reached, answers 502–504 or takes longer than `timeoutMs` becomes one
 * SERVICE_UNAVAILABLE error naming it: the gateway still returns what the other subgraphs resolved.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    urls: string[],
    private readonly secret: string,
    private readonly signatureMaxAgeSeconds: number,
    private readonly timeoutMs: number,
  ) {
    super({ url: urls[0], fetcher: replicaFetcher(urls, signingFetcher(secret, subgraphName, timeoutMs)) });
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource["process"]> {
    try {
      return await super.process(options);
    } catch (error) {
      const reason = this.unavailabilityReason(error);
      if (!reason) throw error;
      const logger = (options.context as Partial<GatewayContext>).logger;
      logger?.warn({ subgraph: this.subgraphName, reason }, "subgraph unavailable");
      throw new GraphQLError(`The ${this.subgraphName} service is unavailable; the fields it provides are missing`, {
        path: publicPath("pathInIncomingRequest" in options ? options.pathInIncomingRequest : undefined),
        extensions: { code: "SERVICE_UNAVAILABLE", serviceName: this.subgraphName },
      });
    }
  }

  /** Why the subgraph is deemed unavailable, or undefined for an error that is not about availability. */
  private unavailabilityReason(error: unknown): string | undefined {
    if (error instanceof SubgraphUnreachableError || error instanceof SubgraphTimeoutError) return error.message;
    // The connection dropped once the request was sent (the subgraph died mid-answer).
    if (error instanceof SubgraphConnectionLostError) return "connection lost while waiting for the answer";
    // RemoteGraphQLDataSource.errorFromResponse puts the HTTP status of a non-2xx answer here.
    const response = error instanceof GraphQLError ? (error.extensions.response as { status?: number }) : undefined;
    const status = response?.status;
    if (status === 502 || status === 503 || status === 504) return `HTTP ${status}`;
    return undefined;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Composition-time requests (`_service` in introspect mode) carry no request context.
    const ctx = context as Partial<GatewayContext>;
    headers.set(SIGNATURE_HEADERS.claims, encodeClaims(ctx.viewer ?? null));
    headers.set(SIGNATURE_HEADERS.traceId, ctx.traceId ?? "");
    headers.set(SIGNATURE_HEADERS.client, ctx.client ? encodeClient(ctx.client) : "");
    if (ctx.language) headers.set("accept-language", ctx.language);
  }

  override didReceiveResponse(
    options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0],
  ) {
    if (this.subgraphName === "auth") {
      this.adoptIssuedClaims(options.response.http?.headers, options.context as GatewayContext);
    }
    return options.response;
  }

  /**
   * A subgraph refuses a caller's bad input with a 4xx and a GraphQL body (variables it cannot coerce);
   * the default turns that into "400: Bad Request", masked as INTERNAL_SERVER_ERROR. Pass BAD_USER_INPUT
   * through with its message instead. The gateway checks the scalars it knows first
   * (protections/input-scalars.ts): this covers what only a subgraph can tell.
   */
  override async errorFromResponse(response: FetcherResponse) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
    const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)
      ?.errors?.[0];
    if (response.status >= 500 || first?.extensions?.code !== "BAD_USER_INPUT" || typeof first.message !== "string") {
      return error;
    }
    return new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT" } });
  }

  /** After a login, the rest of the operation's plan runs as the user who just signed in. */
  private adoptIssuedClaims(headers: { get(name: string): string | null } | undefined, context: GatewayContext) {
    const claimsHeader = headers?.get(ISSUED_CLAIMS_HEADERS.claims);
    if (!headers || !claimsHeader) return;
    const verified = verifyRequest(this.secret, this.signatureMaxAgeSeconds, {
      audience: ISSUED_CLAIMS_AUDIENCE,
      claimsHeader,
      timestamp: headers.get(ISSUED_CLAIMS_HEADERS.timestamp) ?? undefined,
      signature: headers.get(ISSUED_CLAIMS_HEADERS.signature) ?? undefined,
      traceId: context.traceId,
      body: "issued-claims",
    });
    if (verified.ok && verified.claims) {
      context.viewer = verified.claims;
    } else {
      context.logger.warn(
        { reason: verified.ok ? "no claims" : verified.reason },
        "ignored unverifiable issued claims",
      );
    }
  }
}

/**
 * Where the failed fetch's fields belong: the response path down to the first list it spread over
 * (the planner's "@" stands for every element, which a response path cannot say).
 */
function publicPath(path: readonly (string | number)[] | undefined): (string | number)[] | undefined {
  const list = path?.indexOf("@") ?? -1;
  const prefix = list === -1 ? path : path?.slice(0, list);
  return prefix?.length ? [...prefix] : undefined;
}

/**
 * Spreads requests over a subgraph's replicas, round robin, and sends a request that could not reach
 * one (connection refused: it never arrived, so even a mutation is safe to resend) to the next. A
 * replica that refused is skipped for a few seconds, so a dead one costs one failed connect, not one
 * per request. A request that reached a replica which then died is not resent: it may have run.
 * Written here rather than taken from a balancer library because the gateway needs exactly this
 * "never resend what may have run" rule, in the fetch it already signs.
 */
function replicaFetcher(urls: string[], fetcher: Fetcher, quarantineMs = 5_000): Fetcher {
  if (urls.length === 1) return fetcher;
  const downUntil = new Map<string, number>();
  let next = 0;
  return async (_url, init) => {
    const start = next++ % urls.length;
    const order = urls.map((_, offset) => urls[(start + offset) % urls.length]!);
    const now = Date.now();
    const up = order.filter((url) => (downUntil.get(url) ?? 0) <= now);
    const candidates = up.length > 0 ? [...up, ...order.filter((url) => !up.includes(url))] : order;
    let lastError: unknown;
    for (const url of candidates) {
      try {
        const response = await fetcher(url, init);
        downUntil.delete(url);
        return response;
      } catch (error) {
        const lost = error instanceof SubgraphUnreachableError || error instanceof SubgraphConnectionLostError;
        // A replica whose connection failed in any way takes no new request for a while: the next ones
        // go to the others at once instead of failing on its dead sockets.
        if (lost) downUntil.set(url, Date.now() + quarantineMs);
        if (!(error instanceof SubgraphUnreachableError) || !error.refusedBeforeSending) throw error;
        lastError = error;
      }
    }
    throw lastError;
  };
}

/**
 * Signs for `subgraph` only: the signature cannot be replayed against another subgraph. The fetches of one
 * plan step to this subgraph go out as one batched request (subgraph-batch.ts), signed over the whole batch.
 */
function signingFetcher(secret: string, subgraph: string, timeoutMs: number): Fetcher {
  const post = subgraphPoster(timeoutMs);
  const batcher = new SubgraphBatcher(async (url, headers, body) => {
    const signed = signRequest(secret, {
      audience: subgraph,
      claimsHeader: headers[SIGNATURE_HEADERS.claims] ?? "",
      clientHeader: headers[SIGNATURE_HEADERS.client] ?? "",
      traceId: headers[SIGNATURE_HEADERS.traceId] ?? "",
      body,
    });
    return post(url, { ...headers, ...signed }, body);
  });
  return async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const headers = { ...(init?.headers ?? {}) } as Record<string, string>;
    const body = typeof init?.body === "string" ? init.body : "";
    return batcher.fetch(url, headers, body);
  };
}
