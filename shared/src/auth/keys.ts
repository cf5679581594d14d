import { createHash } from "node:crypto";
import { importJWK, importPKCS8, type JSONWebKeySet, type JWK } from "jose";
import { z } from "zod";

export const TOKEN_ALGORITHMS = ["HS256", "RS256", "EdDSA"] as const;
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

type Key = Awaited<ReturnType<typeof importPKCS8>>;

/**
 * A shared secret as a WebCrypto key, imported once: given the secret's bytes, jose imports them again
 * for every token it signs or verifies (`importKey` was a fifth of the gateway's token check).
 */
const hmacKey = (secret: string) =>
  crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);

/**
 * The keys that sign and verify access tokens. One algorithm is configured and pinned. Every key has a
 * `kid`, and verification looks the kid up: the current key plus the previous ones, so a rotated key
 * keeps verifying the tokens it signed until they expire, and nobody is logged out by a rotation.
 */
export interface TokenKeys {
  algorithm: TokenAlgorithm;
  signing?: { kid: string; key: Key };
  verification: Map<string, Key>;
  /** Public keys to publish at /.well-known/jwks.json (asymmetric algorithms only). */
  jwks?: JSONWebKeySet;
}

export interface TokenKeyConfig {
  JWT_ALGORITHM: TokenAlgorithm;
  JWT_SECRET: string;
  JWT_PREVIOUS_SECRETS?: string;
  JWT_PRIVATE_KEY?: string;
  JWT_KEY_ID?: string;
  JWT_PUBLIC_KEYS?: string;
}

export function hmacKeyId(secret: string): string {
  return `hs-${createHash("sha256").update(secret).digest("hex").slice(0, 12)}`;
}

const jwksSchema = z.object({
  keys: z.array(z.object({ kid: z.string().min(1), kty: z.string() }).passthrough()).min(1),
});

export class KeyConfigError extends Error {}

export async function loadTokenKeys(config: TokenKeyConfig, options: { signing: boolean }): Promise<TokenKeys> {
  if (config.JWT_ALGORITHM === "HS256") {
    const secrets = [
      config.JWT_SECRET,
      ...(config.JWT_PREVIOUS_SECRETS ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ];
    const verification = new Map<string, Key>(
      await Promise.all(secrets.map(async (secret) => [hmacKeyId(secret), await hmacKey(secret)] as const)),
    );
    return {
      algorithm: "HS256",
      signing: options.signing
        ? { kid: hmacKeyId(config.JWT_SECRET), key: await hmacKey(config.JWT_SECRET) }
        : undefined,
      verification,
    };
  }

  if (!config.JWT_PUBLIC_KEYS)
    throw new KeyConfigError(`JWT_PUBLIC_KEYS is required with JWT_ALGORITHM=${config.JWT_ALGORITHM}`);
  let jwks: z.infer<typeof jwksSchema>;
  try {
    jwks = jwksSchema.parse(JSON.parse(config.JWT_PUBLIC_KEYS));
  } catch {
    throw new KeyConfigError('JWT_PUBLIC_KEYS must be a JWK set: {"keys":[{"kid":"…","kty":"…",…}]}');
  }
  const verification = new Map<string, Key>();
  const published: JWK[] = [];
  for (const jwk of jwks.keys) {
    if ("d" in jwk)
      throw new KeyConfigError(`JWT_PUBLIC_KEYS holds a private key (kid ${jwk.kid}); publish public keys only`);
    verification.set(jwk.kid, (await importJWK({ ...jwk, alg: config.JWT_ALGORITHM }, config.JWT_ALGORITHM)) as Key);
    published.push({ ...jwk, alg: config.JWT_ALGORITHM, use: "sig" } as JWK);
  }
  let signing: TokenKeys["signing"];
  if (options.signing) {
    if (!config.JWT_PRIVATE_KEY || !config.JWT_KEY_ID) {
      throw new KeyConfigError(`JWT_PRIVATE_KEY and JWT_KEY_ID are required to sign with ${config.JWT_ALGORITHM}`);
    }
    if (!verification.has(config.JWT_KEY_ID)) {
      throw new KeyConfigError(
        `JWT_KEY_ID ${config.JWT_KEY_ID} is not in JWT_PUBLIC_KEYS; publish the current public key`,
      );
    }
    signing = { kid: config.JWT_KEY_ID, key: (await importPKCS8(config.JWT_PRIVATE_KEY, config.JWT_ALGORITHM)) as Key };
  }
  return { algorithm: config.JWT_ALGORITHM, signing, verification, jwks: { keys: published } };
}
