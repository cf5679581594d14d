import type { PrismaClient } from "#shared/db/client.js";
import { domainError } from "#shared/graphql/errors.js";
import type { AuthEnv } from "../../env.js";

type ThrottleConfig = Pick<
  AuthEnv,
  "LOGIN_THROTTLE_THRESHOLD" | "LOGIN_THROTTLE_IP_THRESHOLD" | "LOGIN_BACKOFF_BASE_MS" | "LOGIN_BACKOFF_MAX_MS"
>;

export interface ThrottleKeys {
  login: string;
  ip: string | null;
}

/**
 * Exponential backoff on failed logins, per typed login and per client address. Keys come from what
 * was typed, never from whether an account exists, so unknown logins slow down exactly like real ones.
 * Backoff only delays: once it has passed, the right password works (no lockout of the owner), and
 * attempts refused during a backoff do not lengthen it.
 */
export function throttleKeys(login: string, ip: string | null): ThrottleKeys {
  return { login: `login:${login.trim().toLowerCase().slice(0, 180)}`, ip: ip ? `ip:${ip}` : null };
}

export async function assertNotThrottled(db: PrismaClient, keys: ThrottleKeys, now = new Date()): Promise<void> {
  const rows = await db.authLoginThrottle.findMany({
    where: { key: { in: [keys.login, ...(keys.ip ? [keys.ip] : [])] }, lockedUntil: { gt: now } },
  });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil!.getTime()));
  if (until > now.getTime()) {
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw domainError("TOO_MANY_REQUESTS", `Too many failed attempts; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

function backoffMs(failures: number, threshold: number, config: ThrottleConfig): number {
  if (failures < threshold) return 0;
  return Math.min(config.LOGIN_BACKOFF_MAX_MS, config.LOGIN_BACKOFF_BASE_MS * 2 ** (failures - threshold));
}

export async function recordFailure(db: PrismaClient, keys: ThrottleKeys, config: ThrottleConfig, now = new Date()) {
  const entries: [string, number][] = [[keys.login, config.LOGIN_THROTTLE_THRESHOLD]];
  if (keys.ip) entries.push([keys.ip, config.LOGIN_THROTTLE_IP_THRESHOLD]);
  for (const [key, threshold] of entries) {
    // One atomic statement, because parallel failures (many addresses at once) must all count and
    // Prisma's upsert is a read-then-write that races into duplicate keys on MySQL.
    await db.$executeRaw`INSERT INTO auth_login_throttle (\`key\`, failures, last_failure_at) VALUES (${key}, 1, ${now})
      ON DUPLICATE KEY UPDATE failures = failures + 1, last_failure_at = VALUES(last_failure_at)`;
    const row = await db.authLoginThrottle.findUniqueOrThrow({ where: { key } });
    const delay = backoffMs(row.failures, threshold, config);
    if (delay > 0) {
      await db.authLoginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + delay) } });
    }
  }
}

/** A successful login forgets the failures of that login (the address keeps its own count). */
export async function clearFailures(db: PrismaClient, keys: ThrottleKeys): Promise<void> {
  await db.authLoginThrottle.deleteMany({ where: { key: keys.login } });
}
