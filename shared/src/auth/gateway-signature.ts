import { createHash, createHmac } from "node:crypto";
import { userClaimsSchema, type UserClaims } from "./claims.js";
import { sameSecret } from "./constant-time.js";

/**
 * The gateway → subgraph trust boundary. The gateway forwards the verified user claims and signs
 *   v2 \n audience \n timestamp \n trace id \n claims header \n client header \n sha256(body)
 * with HMAC-SHA256 and a secret only it and the subgraphs hold. A subgraph accepts a request only with
 * a fresh, valid signature, so neither the claims nor the operation can be forged or altered, and a
 * captured request cannot be replayed once it is older than the allowed age. The audience is the
 * subgraph the request is for: a request signed for `model` is refused by `admin`.
 * The same scheme signs claims the auth subgraph hands back to the gateway after a login (audience
 * ISSUED_CLAIMS_AUDIENCE).
 */
export const SIGNATURE_HEADERS = {
  claims: "x-ct-claims",
  timestamp: "x-ct-timestamp",
  signature: "x-ct-signature",
  traceId: "x-ct-trace-id",
  /** The end client's address and user agent, as the gateway saw them. */
  client: "x-ct-client",
} as const;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export function encodeClient(client: ClientInfo): string {
  return Buffer.from(JSON.stringify(client)).toString("base64url");
}

function decodeClient(header: string): ClientInfo {
  if (!header) return { ip: null, userAgent: null };
  try {
    const value = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as Partial<ClientInfo>;
    return {
      ip: typeof value.ip === "string" ? value.ip.slice(0, 64) : null,
      userAgent: typeof value.userAgent === "string" ? value.userAgent.slice(0, 255) : null,
    };
  } catch {
    return { ip: null, userAgent: null };
  }
}

const VERSION = "v2";

/** The audience of the claims the auth subgraph signs for the gateway after a login. */
export const ISSUED_CLAIMS_AUDIENCE = "gateway";

export function encodeClaims(claims: UserClaims | null): string {
  return claims ? Buffer.from(JSON.stringify(claims)).toString("base64url") : "";
}

function payloadToSign(
  audience: string,
  timestamp: string,
  traceId: string,
  claimsHeader: string,
  clientHeader: string,
  body: string | Uint8Array,
): string {
  const bodyHash = createHash("sha256").update(body).digest("hex");
  return `${VERSION}\n${audience}\n${timestamp}\n${traceId}\n${claimsHeader}\n${clientHeader}\n${bodyHash}`;
}

function hmac(secret: string, payload: string): string {
  return `${VERSION}=${createHmac("sha256", secret).update(payload).digest("hex")}`;
}

export type SignedHeaders = {
  [SIGNATURE_HEADERS.claims]: string;
  [SIGNATURE_HEADERS.timestamp]: string;
  [SIGNATURE_HEADERS.signature]: string;
  [SIGNATURE_HEADERS.traceId]: string;
  [SIGNATURE_HEADERS.client]: string;
};

export function signRequest(
  secret: string,
  input: {
    /** The subgraph the request is for (or ISSUED_CLAIMS_AUDIENCE). */
    audience: string;
    claimsHeader: string;
    clientHeader?: string;
    traceId: string;
    body: string | Uint8Array;
    now?: number;
  },
): SignedHeaders {
  const timestamp = String(Math.floor((input.now ?? Date.now()) / 1000));
  const clientHeader = input.clientHeader ?? "";
  return {
    [SIGNATURE_HEADERS.claims]: input.claimsHeader,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.signature]: hmac(
      secret,
      payloadToSign(input.audience, timestamp, input.traceId, input.claimsHeader, clientHeader, input.body),
    ),
    [SIGNATURE_HEADERS.traceId]: input.traceId,
    [SIGNATURE_HEADERS.client]: clientHeader,
  };
}

export type VerificationResult =
  { ok: true; claims: UserClaims | null; traceId: string; client: ClientInfo } | { ok: false; reason: string };

export function verifyRequest(
  secret: string,
  maxAgeSeconds: number,
  input: {
    /** Who is verifying: the subgraph's own name (or ISSUED_CLAIMS_AUDIENCE). */
    audience: string;
    claimsHeader: string | undefined;
    timestamp: string | undefined;
    signature: string | undefined;
    traceId: string | undefined;
    clientHeader?: string | undefined;
    body: string | Uint8Array;
    now?: number;
  },
): VerificationResult {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: "missing gateway signature" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed signature timestamp" };
  const ageSeconds = Math.abs(Math.floor((input.now ?? Date.now()) / 1000) - Number(timestamp));
  if (ageSeconds > maxAgeSeconds) return { ok: false, reason: "gateway signature expired" };
  const claimsHeader = input.claimsHeader ?? "";
  const traceId = input.traceId ?? "";
  const clientHeader = input.clientHeader ?? "";
  const expected = hmac(
    secret,
    payloadToSign(input.audience, timestamp, traceId, claimsHeader, clientHeader, input.body),
  );
  if (!sameSecret(signature, expected)) {
    return { ok: false, reason: "invalid gateway signature" };
  }
  const client = decodeClient(clientHeader);
  if (claimsHeader === "") return { ok: true, claims: null, traceId, client };
  try {
    const parsed = userClaimsSchema.safeParse(JSON.parse(Buffer.from(claimsHeader, "base64url").toString("utf8")));
    if (!parsed.success) return { ok: false, reason: "malformed forwarded claims" };
    return { ok: true, claims: parsed.data, traceId, client };
  } catch {
    return { ok: false, reason: "malformed forwarded claims" };
  }
}
