import type { UserClaims } from "./claims.js";
import { encodeClaims, signRequest, SIGNATURE_HEADERS, verifyRequest } from "./gateway-signature.js";
import type { NatsHandle } from "../events/nats.js";
import type { ReplyOf } from "../events/requests.js";
import { MAX_REQUEST_TIMEOUT_MS, RequestFailedError, requestJson } from "../events/responder.js";

/**
 * `auth.firstpassword` (request/reply): admin hands auth the first password of a person it has just
 * created (CT's staff forms carry one). The password never touches admin's tables, its outbox or
 * JetStream: it goes straight to auth, which hashes it into its own account. The request is signed
 * with the subgraphs' shared secret and names the administrator; auth only sets a password on an
 * account that has none, so this subject can never reset anyone's password.
 */
// Two tokens: three-token subjects are events, which the AUTH_EVENTS stream would capture and ack.
export const INITIAL_PASSWORD_SUBJECT = "auth.firstpassword";

export interface InitialPasswordBody {
  userId: string;
  password: string;
  mustChangePassword: boolean;
}

interface InitialPasswordMessage {
  body: string;
  claims: string;
  traceId: string;
  timestamp: string;
  signature: string;
}

export type InitialPasswordReply = ReplyOf<typeof INITIAL_PASSWORD_SUBJECT>;

export async function sendInitialPassword(
  nats: NatsHandle,
  secret: string,
  actor: UserClaims,
  traceId: string,
  body: InitialPasswordBody,
): Promise<InitialPasswordReply> {
  const text = JSON.stringify(body);
  const signed = signRequest(secret, {
    // Bound to this purpose: a signature made for a subgraph request cannot pass here, nor this one there.
    audience: INITIAL_PASSWORD_SUBJECT,
    claimsHeader: encodeClaims(actor),
    traceId,
    body: text,
  });
  const message: InitialPasswordMessage = {
    body: text,
    claims: signed[SIGNATURE_HEADERS.claims],
    traceId,
    timestamp: signed[SIGNATURE_HEADERS.timestamp],
    signature: signed[SIGNATURE_HEADERS.signature],
  };
  try {
    const reply = await requestJson(nats, INITIAL_PASSWORD_SUBJECT, message, MAX_REQUEST_TIMEOUT_MS);
    return reply.ok ? { ok: true } : { ok: false, reason: reply.reason || "auth refused the password" };
  } catch (error) {
    return { ok: false, reason: error instanceof RequestFailedError ? error.message : "auth did not answer" };
  }
}

/** Auth's side: the verified administrator and body, or why the message is refused. */
export function openInitialPassword(
  secret: string,
  maxAgeSeconds: number,
  request: unknown,
): { ok: true; actor: UserClaims; traceId: string; body: InitialPasswordBody } | { ok: false; reason: string } {
  const message = (request ?? {}) as Partial<InitialPasswordMessage>;
  if (typeof message.body !== "string") return { ok: false, reason: "malformed request" };
  const verified = verifyRequest(secret, maxAgeSeconds, {
    audience: INITIAL_PASSWORD_SUBJECT,
    claimsHeader: message.claims,
    timestamp: message.timestamp,
    signature: message.signature,
    traceId: message.traceId,
    body: message.body,
  });
  if (!verified.ok) return { ok: false, reason: verified.reason };
  if (!verified.claims) return { ok: false, reason: "no administrator named" };
  const body = JSON.parse(message.body) as Partial<InitialPasswordBody>;
  if (
    typeof body.userId !== "string" ||
    typeof body.password !== "string" ||
    typeof body.mustChangePassword !== "boolean"
  ) {
    return { ok: false, reason: "malformed request" };
  }
  return { ok: true, actor: verified.claims, traceId: verified.traceId, body: body as InitialPasswordBody };
}
