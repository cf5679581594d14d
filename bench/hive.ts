import http from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { SUBGRAPH_NAMES, SUPERGRAPH_PATH, defaultSubgraphUrl } from "#shared/subgraphs.js";
import { encodeClaims, encodeClient, signRequest } from "#shared/auth/gateway-signature.js";
import { loadTokenKeys } from "#shared/auth/keys.js";
import { verifyAccessToken } from "#shared/auth/tokens.js";
import { DEMO_GATEWAY_SIGNING_SECRET, DEMO_JWT_SECRET } from "#shared/env.js";

/** The stack's secrets, when not the demo ones (a stack the bench runs in production has its own). */
export interface HiveSecrets {
  JWT_SECRET?: string;
  GATEWAY_SIGNING_SECRET?: string;
}

/**
 * @graphql-hive/gateway's runtime on the same supergraph and subgraphs. It must sign what it forwards
 * like our gateway does (verified JWT → claims, HMAC over claims and body), or the subgraphs refuse it;
 * the token is verified once per client request, as ours does.
 *
 * Hive deduplicates identical subgraph requests in flight by default: with 20 connections on the same few
 * pages, most of its entity fetches (the same users, points, products) were answered by another request's
 * subgraph call, which measured deduplication, not the gateway (the issue asks for no such effects). The
 * comparison runs it with `deduplicateInflightRequests` off, as ours works; the processes topology also
 * shows Hive with its default, in a row of its own.
 */
export async function startHiveGateway(
  logErrors: boolean,
  urls: Record<string, string>,
  deduplicateInflightRequests = false,
  secrets: HiveSecrets = {},
) {
  let supergraph = readFileSync(SUPERGRAPH_PATH, "utf8");
  for (const name of SUBGRAPH_NAMES) supergraph = supergraph.replaceAll(defaultSubgraphUrl(name), urls[name]!);
  const keys = await loadTokenKeys(
    { JWT_ALGORITHM: "HS256", JWT_SECRET: secrets.JWT_SECRET ?? DEMO_JWT_SECRET },
    { signing: false },
  );
  const signingSecret = secrets.GATEWAY_SIGNING_SECRET ?? DEMO_GATEWAY_SIGNING_SECRET;
  const claimsByRequest = new WeakMap<object, Promise<string>>();
  const runtime = createGatewayRuntime({
    supergraph,
    logging: logErrors ? "error" : false,
    transportEntries: { "*.http": { options: { deduplicateInflightRequests } } },
    plugins: () => [
      {
        onFetch({
          url,
          context,
          options,
          setOptions,
        }: {
          url: string;
          context: { request?: Request } & object;
          options: RequestInit & { headers?: Record<string, string> };
          setOptions: (o: RequestInit) => void;
        }) {
          const request = context.request;
          let claims = claimsByRequest.get(context);
          if (!claims) {
            const token = request?.headers.get("authorization")?.replace(/^Bearer /i, "");
            claims = token
              ? verifyAccessToken(token, keys, {
                  issuer: "commerce-tracking/auth",
                  audience: "commerce-tracking",
                }).then(({ issuedAt: _i, expiresAt: _e, ...c }) => encodeClaims(c))
              : Promise.resolve("");
            claimsByRequest.set(context, claims);
          }
          return claims.then((claimsHeader) => {
            const body = typeof options.body === "string" ? options.body : "";
            const signed = signRequest(signingSecret, {
              // Signatures are bound to the subgraph they are for.
              audience: SUBGRAPH_NAMES.find((name) => urls[name] === url) ?? "",
              claimsHeader,
              clientHeader: encodeClient({ ip: null, userAgent: "hive-gateway" }),
              traceId: randomUUID(),
              body,
            });
            const forwarded = new Headers(options.headers as HeadersInit | undefined);
            for (const [name, value] of Object.entries(signed)) forwarded.set(name, value);
            setOptions({ ...options, headers: Object.fromEntries(forwarded) });
          });
        },
      },
    ],
  } as Parameters<typeof createGatewayRuntime>[0]);
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await runtime.dispose();
    },
  };
}
