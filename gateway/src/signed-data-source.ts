import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher, FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
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

/**
 * Forwards each subgraph fetch with the caller's claims, client info and trace id, signed (HMAC) over
 * those and the exact body bytes. Signing happens in the fetcher because only there is the final body known.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    private readonly secret: string,
    private readonly signatureMaxAgeSeconds: number,
  ) {
    super({ url, fetcher: signingFetcher(secret, subgraphName) });
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

  override didReceiveResponse(options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0]) {
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
    const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
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
      context.logger.warn({ reason: verified.ok ? "no claims" : verified.reason }, "ignored unverifiable issued claims");
    }
  }
}

/** Signs for `subgraph` only: the signature cannot be replayed against another subgraph. */
function signingFetcher(secret: string, subgraph: string): Fetcher {
  return async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const headers = { ...(init?.headers ?? {}) } as Record<string, string>;
    const body = typeof init?.body === "string" ? init.body : "";
    const signed = signRequest(secret, {
      audience: subgraph,
      claimsHeader: headers[SIGNATURE_HEADERS.claims] ?? "",
      clientHeader: headers[SIGNATURE_HEADERS.client] ?? "",
      traceId: headers[SIGNATURE_HEADERS.traceId] ?? "",
      body,
    });
    const response = await fetch(url, { method: init?.method ?? "POST", headers: { ...headers, ...signed }, body });
    return response as unknown as FetcherResponse;
  };
}
