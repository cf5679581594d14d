/* A pure module of its own, so the unit suite tests it without loading the login service's graph. */

export type LoginIdentifier = { email: string } | { phone: string };

/** An email (lower-cased) or a phone number (digits and a leading +); null when it is neither. */
export function parseLoginIdentifier(login: string): LoginIdentifier | null {
  const trimmed = login.trim();
  if (trimmed.includes("@")) {
    return trimmed.length <= 191 ? { email: trimmed.toLowerCase() } : null;
  }
  const phone = trimmed.replace(/[\s().-]/g, "");
  return /^\+?\d{6,20}$/.test(phone) ? { phone } : null;
}
