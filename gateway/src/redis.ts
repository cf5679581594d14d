import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { Redis } from "ioredis";
import { RedisStore } from "rate-limit-redis";
import type { Logger } from "#shared/logger.js";

/**
 * With REDIS_URL, gateway replicas share what must not be per-process: the persisted-query cache
 * (a mobile app's hash registered on one replica works on the others) and the rate-limit counters.
 */
export function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  redis.on("error", (error) => logger.warn({ err: error }, "Redis error"));
  return redis;
}

/** Apollo's KeyValueCache over Redis, namespaced, with Apollo's TTL in seconds. */
export function redisCache(redis: Redis, prefix: string): KeyValueCache<string> {
  return {
    async get(key: string) {
      return (await redis.get(prefix + key)) ?? undefined;
    },
    async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
      if (options?.ttl) await redis.set(prefix + key, value, "EX", Math.max(1, Math.ceil(options.ttl)));
      else await redis.set(prefix + key, value);
    },
    async delete(key: string) {
      await redis.del(prefix + key);
    },
  };
}

export function redisRateLimitStore(redis: Redis, prefix: string) {
  return new RedisStore({
    prefix,
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<never>,
  });
}
