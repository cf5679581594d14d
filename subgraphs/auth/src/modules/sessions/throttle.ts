import { Prisma, type PrismaClient } from "#shared/db/client.js";
import { isDeadlock } from "#shared/db/retry.js";
import { domainError } from "#shared/graphql/errors.js";
import type { AuthEnv } from "../../env.js";

export type ThrottleConfig = Pick<
  AuthEnv,
  "LOGIN_THROTTLE_THRESHOLD" | "LOGIN_THROTTLE_IP_THRESHOLD" | "LOGIN_BACKOFF_BASE_MS" | "LOGIN_BACKOFF_MAX_MS"
>;

/** One budget of password attempts: a row of auth_login_throttle and its threshold. */
export interface ThrottleBudget {
  key: string;
  threshold: number;
  /** The address budget keeps counting failures after a success elsewhere; the others are forgiven. */
  kind: "secret" | "address";
}

/**
 * Which budgets a password attempt draws from. Every guess at one account's password shares one
 * budget, whatever spelling of the login was typed (`account:<id>`); a login that names no account
 * is counted on its normalised form, so unknown logins slow down exactly like real ones. The address
 * has its own, larger budget. A known device (OWASP's "device cookies") draws only from its own budget,
 * so someone guessing elsewhere cannot keep the owner out.
 */
export function passwordBudgets(
  target: { userId: number } | { unknownLogin: string } | { deviceId: string },
  ip: string | null,
  config: ThrottleConfig,
): ThrottleBudget[] {
  const threshold = config.LOGIN_THROTTLE_THRESHOLD;
  if ("deviceId" in target) return [{ key: `device:${target.deviceId}`, threshold, kind: "secret" }];
  const key = "userId" in target ? `account:${target.userId}` : `login:${target.unknownLogin.slice(0, 180)}`;
  const budgets: ThrottleBudget[] = [{ key, threshold, kind: "secret" }];
  if (ip) {
    budgets.push({ key: `ip:${ip.slice(0, 180)}`, threshold: config.LOGIN_THROTTLE_IP_THRESHOLD, kind: "address" });
  }
  return budgets;
}

function backoffMs(attempts: number, threshold: number, config: ThrottleConfig): number {
  if (attempts < threshold) return 0;
  return Math.min(config.LOGIN_BACKOFF_MAX_MS, config.LOGIN_BACKOFF_BASE_MS * 2 ** (attempts - threshold));
}

/**
 * Reserves one attempt on every budget before the password is verified, or refuses the attempt with
 * TOO_MANY_REQUESTS. The attempt counts as a failure from the start (releaseAttempt gives it back on
 * success), and check and count happen under the rows' locks in one transaction, so N parallel guesses
 * cannot all pass a check that none of them has counted yet: at most `threshold` are ever evaluated
 * before the backoff. Attempts refused during a backoff do not lengthen it.
 */
export async function reserveAttempt(
  db: PrismaClient,
  budgets: ThrottleBudget[],
  config: ThrottleConfig,
): Promise<void> {
  // Always lock in the same order, so two attempts on the same budgets queue instead of deadlocking.
  const ordered = [...budgets].sort((a, b) => a.key.localeCompare(b.key));
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.$transaction(async (tx) => {
        const now = new Date();
        for (const { key } of ordered) {
          // Creates the row if needed and takes its exclusive lock either way.
          await tx.$executeRaw`INSERT INTO auth_login_throttle (\`key\`, failures, last_failure_at)
            VALUES (${key}, 0, ${now}) ON DUPLICATE KEY UPDATE failures = failures`;
        }
        // A locking read sees the latest committed counts, never an older snapshot.
        const rows = await tx.$queryRaw<{ key: string; failures: number; locked_until: Date | null }[]>`
          SELECT \`key\`, failures, locked_until FROM auth_login_throttle
          WHERE \`key\` IN (${Prisma.join(ordered.map((budget) => budget.key))}) FOR UPDATE`;
        const until = Math.max(0, ...rows.map((row) => (row.locked_until ? new Date(row.locked_until).getTime() : 0)));
        if (until > now.getTime()) throw tooManyAttempts(until - now.getTime());
        for (const budget of ordered) {
          const attempts = Number(rows.find((row) => row.key === budget.key)?.failures ?? 0) + 1;
          const delay = backoffMs(attempts, budget.threshold, config);
          const lockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
          await tx.authLoginThrottle.update({
            where: { key: budget.key },
            data: { failures: attempts, lastFailureAt: now, lockedUntil },
          });
        }
      });
      return;
    } catch (error) {
      if (!isDeadlock(error) || attempt >= 5) throw error;
    }
  }
}

function tooManyAttempts(remainingMs: number) {
  const retryAfterSeconds = Math.max(1, Math.ceil(remainingMs / 1000));
  const message = `Too many failed attempts; try again in ${retryAfterSeconds} s`;
  return domainError("TOO_MANY_REQUESTS", message, { retryAfterSeconds });
}

/**
 * The password was right: the account's (or device's) failures are forgotten, and the address gets
 * back the attempt reserved for this success while keeping its earlier failures.
 */
export async function releaseAttempt(db: PrismaClient, budgets: ThrottleBudget[]): Promise<void> {
  for (const budget of budgets) {
    if (budget.kind === "secret") {
      await db.authLoginThrottle.deleteMany({ where: { key: budget.key } });
    } else {
      // MySQL assigns left to right: locked_until sees the decremented count.
      await db.$executeRaw`UPDATE auth_login_throttle SET failures = GREATEST(failures - 1, 0),
        locked_until = IF(failures < ${budget.threshold}, NULL, locked_until) WHERE \`key\` = ${budget.key}`;
    }
  }
}
