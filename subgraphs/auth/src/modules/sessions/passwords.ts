import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm is an ambient const enum (unusable with isolatedModules); 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm;

/** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// The policy is shared with admin, which checks a first password before creating the person.
export { assertPasswordPolicy, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#shared/auth/password-policy.js";

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let timingDummy: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown account, or no password yet) it still runs a full
 * Argon2 verification against a dummy hash, so the answer takes as long as for a real account.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    timingDummy ??= hashPassword("timing-equalizer-not-a-real-password");
    await verify(await timingDummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
