import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { badUserInput } from "../graphql/errors.js";

/*
 * The password policy, shared so that admin can refuse a bad first password before it creates the
 * person (auth checks it again when it sets it).
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * zxcvbn's score 3 ("safely unguessable": about 10^8 guesses or more) is the usual bar for a password
 * that only an online or a slow-hash attack can reach; below it are repeats (`aaaaaaaaaa`), sequences,
 * keyboard walks and dictionary words with predictable decorations.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn-ts's list of ~49,000 passwords seen most often in breaches, and its estimator over its ranked
 * dictionaries. Built at the first password check, not when the module loads: building them cost auth and
 * admin ~0.3 CPU s of every start and ~5 MB of heap (bench/README.md, finding 50), for an operation that
 * few requests make.
 */
let checker: { commonPasswords: Set<string>; strength: ZxcvbnFactory } | undefined;
function passwordChecker() {
  checker ??= {
    commonPasswords: new Set((dictionary as Record<string, string[]>)["passwords-common"]?.map((p) => p.toLowerCase())),
    strength: new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }),
  };
  return checker;
}

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
  const { commonPasswords, strength } = passwordChecker();
  if (commonPasswords.has(password.toLowerCase())) {
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
