import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../context.js";

export interface PersistedQueryLimits {
  /** Size of the registered document in UTF-8 bytes, comments and whitespace included (all of it is stored). */
  maxBytes: number;
  ttlSeconds: number;
  /** Anyone can register without a token: their documents expire much sooner. */
  anonymousTtlSeconds: number;
}

/**
 * Automatic persisted queries with bounded registration. Apollo stores every registered document for one
 * TTL, whoever sends it; anonymous callers stored 1 MB documents for 7 days. Here Apollo only reads the
 * cache, and this plugin registers: it refuses documents over `maxBytes` and gives anonymous
 * registrations `anonymousTtlSeconds`. It runs in didResolveOperation, i.e. after validation (as
 * Apollo's own registration) and where a thrown error becomes the request's answer.
 */
export function persistedQueries(
  limits: PersistedQueryLimits,
  /** Dedicated to persisted queries (keys are the bare hashes); in memory when not given. */
  cache: KeyValueCache<string> = new InMemoryLRUCache<string>(),
): { options: ApolloServerOptions<GatewayContext>["persistedQueries"]; plugin: ApolloServerPlugin<GatewayContext> } {
  return {
    // The cache holds nothing else, so Apollo's "apq:" key prefix is not needed: both sides use the hash.
    options: { cache: PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(cache) },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ metrics, source, queryHash, contextValue }) {
            if (!metrics.persistedQueryRegister || source === undefined || queryHash === undefined) return;
            metrics.persistedQueryRegister = false; // registered below, not by Apollo
            const bytes = Buffer.byteLength(source, "utf8");
            if (bytes > limits.maxBytes) {
              throw new GraphQLError(
                `A persisted query can be registered up to ${limits.maxBytes} bytes (APQ_MAX_BYTES); this one has ` +
                  `${bytes}. Send it without the persistedQuery extension.`,
                { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
              );
            }
            const ttl = contextValue.viewer ? limits.ttlSeconds : limits.anonymousTtlSeconds;
            await cache.set(queryHash, source, { ttl }).catch((error: unknown) => {
              contextValue.logger.warn({ err: error }, "could not register a persisted query");
            });
          },
        };
      },
    },
  };
}
