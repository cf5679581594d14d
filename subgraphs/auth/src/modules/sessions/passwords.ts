import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { badUserInput } from "#shared/graphql/errors.js";

// Algorithm is an ambient const enum (unusable with isolatedModules); 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm;

/** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

// zxcvbn-ts's list of ~49,000 passwords seen most often in breaches.
const COMMON_PASSWORDS = new Set((dictionary as Record<string, string[]>)["passwords-common"]?.map((p) => p.toLowerCase()));

/**
 * zxcvbn's score 3 ("safely unguessable": about 10^8 guesses or more) is the usual bar for a password
 * that only an online or a slow-hash attack can reach; below it are repeats (`aaaaaaaaaa`), sequences,
 * keyboard walks and dictionary words with predictable decorations.
 */
export const MIN_PASSWORD_SCORE = 3;
const strength = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * The password policy: 10–128 characters, not a commonly used password (case-insensitive), and hard
 * enough to guess (zxcvbn score ≥ MIN_PASSWORD_SCORE, counting what the account itself says about its owner).
 */
export function assertPasswordPolicy(password: string, field: string, userInputs: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badUserInput(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput(`The password must have at most ${MAX_PASSWORD_LENGTH} characters`, field);
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    throw badUserInput("This password is too common; choose one that is harder to guess", field);
  }
  if (strength.check(password, userInputs).score < MIN_PASSWORD_SCORE) {
    throw badUserInput(
      "This password is too easy to guess (repeats, sequences, keyboard patterns, names or common words); " +
        "use a longer, less predictable one",
      field,
    );
  }
}

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
