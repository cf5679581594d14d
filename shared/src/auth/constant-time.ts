import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a secret a caller sent with the expected one in constant time. Both are hashed first, so the
 * comparison neither stops at the first differing character nor reveals the expected length.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
