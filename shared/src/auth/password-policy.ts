import { dictionary } from "@zxcvbn-ts/language-common";
import { badUserInput } from "../graphql/errors.js";

/**
 * The password policy: 10–128 characters and not a commonly used password (case-insensitive). Shared
 * so that admin can refuse a bad first password before it creates the person (auth checks it again).
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

// zxcvbn-ts's list of ~49,000 passwords seen most often in breaches.
const COMMON_PASSWORDS = new Set(
  (dictionary as Record<string, string[]>)["passwords-common"]?.map((p) => p.toLowerCase()),
);

export function assertPasswordPolicy(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badUserInput(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput(`The password must have at most ${MAX_PASSWORD_LENGTH} characters`, field);
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    throw badUserInput("This password is too common; choose one that is harder to guess", field);
  }
}
