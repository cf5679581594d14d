import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient, Tx } from "#shared/db/client.js";
import { hashRefreshToken } from "./token-issuer.js";

// Enough for a person's phones, tablets and browsers; older ones are forgotten first.
const DEVICES_PER_ACCOUNT = 20;

/**
 * A device that signed in to this account before, from the token the last successful login gave it
 * (OWASP's "device cookies"); null for a missing, unknown, expired or other account's token.
 */
export async function findKnownDevice(db: PrismaClient, userId: number, token: string | null | undefined) {
  if (!token || token.length > 100) return null;
  const device = await db.authKnownDevice.findUnique({ where: { tokenHash: hashRefreshToken(token) } });
  return device && device.userId === userId && device.expiresAt > new Date() ? device : null;
}

/**
 * After a successful login: keeps the known device alive, or remembers a new one and returns its token
 * (random, stored hashed). Returns the token the client should keep.
 */
export async function rememberDevice(
  tx: Tx,
  input: {
    userId: number;
    known: { id: string } | null;
    presentedToken: string | null | undefined;
    ttlSeconds: number;
    now: Date;
  },
): Promise<string> {
  const expiresAt = new Date(input.now.getTime() + input.ttlSeconds * 1000);
  if (input.known && input.presentedToken) {
    await tx.authKnownDevice.update({ where: { id: input.known.id }, data: { lastUsedAt: input.now, expiresAt } });
    return input.presentedToken;
  }
  const token = randomBytes(32).toString("base64url");
  await tx.authKnownDevice.create({
    data: {
      id: randomUUID(),
      userId: input.userId,
      tokenHash: hashRefreshToken(token),
      createdAt: input.now,
      lastUsedAt: input.now,
      expiresAt,
    },
  });
  const stale = await tx.authKnownDevice.findMany({
    where: { userId: input.userId },
    orderBy: [{ lastUsedAt: "desc" }, { id: "asc" }],
    skip: DEVICES_PER_ACCOUNT,
    select: { id: true },
  });
  if (stale.length > 0) {
    await tx.authKnownDevice.deleteMany({ where: { id: { in: stale.map((device) => device.id) } } });
  }
  return token;
}
