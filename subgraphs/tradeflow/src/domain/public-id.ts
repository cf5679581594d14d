/**
 * The short id people quote for a collection (on the phone, on paper): `CT-<yy>-<6 characters>`, the
 * year it was collected and six random characters of Crockford's base 32 (no I, L, O or U, which are
 * misread), about a billion per year. Uniqueness is the database's (a unique index): on a clash the
 * writer draws again. Pure: the caller brings the random bytes.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const PUBLIC_ID_RANDOM_BYTES = 6;
export const PUBLIC_ID = /^CT-\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/;

export function publicIdOf(collectedAt: Date, random: Uint8Array): string {
  if (random.length < PUBLIC_ID_RANDOM_BYTES) throw new RangeError(`needs ${PUBLIC_ID_RANDOM_BYTES} random bytes`);
  // 256 is a multiple of 32: every character is equally likely.
  const suffix = Array.from(random.subarray(0, PUBLIC_ID_RANDOM_BYTES), (byte) => ALPHABET[byte % 32]).join("");
  const year = String(collectedAt.getUTCFullYear() % 100).padStart(2, "0");
  return `CT-${year}-${suffix}`;
}

/** What a person types, normalised: case and the easily confused letters (O → 0, I and L → 1). */
export function normalisePublicId(text: string): string | null {
  const upper = text.trim().toUpperCase();
  const match = /^CT-(\d{2})-([0-9A-Z]{6})$/.exec(upper);
  if (!match) return null;
  const suffix = match[2]!.replace(/O/g, "0").replace(/[IL]/g, "1");
  const id = `CT-${match[1]}-${suffix}`;
  return PUBLIC_ID.test(id) ? id : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A collection's own id (a UUID, chosen by the server or by the phone that created it offline), in the
 * lower case it is stored in; null for anything else, which names no collection. Stored in an ascii_bin
 * column, so text that is not a UUID must never reach a query (MariaDB refuses to compare it).
 */
export function normaliseId(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}
