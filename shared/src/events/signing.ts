import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import canonicalize from "canonicalize";

/**
 * Ed25519 signatures on event envelopes. Each producing service signs its events with its own private
 * key; every reader knows each service's public keys, so a reader cannot forge another service's events
 * (which a shared HMAC key would allow). The signature covers the RFC 8785 canonical JSON of the whole
 * envelope without its `signature` field, so it survives any re-serialisation (outbox, dead letters).
 *
 * Keys travel as base64url: a private key is its 32-byte seed, a public key its 32 raw bytes.
 */

export const EVENT_SERVICES = ["auth", "admin", "tradeflow", "model"] as const;
export type EventService = (typeof EVENT_SERVICES)[number];

/** The service that owns (and alone may sign) an event type: the first token of `<service>.<entity>.<verb>`. */
export function eventOwner(type: string): string {
  return type.split(".")[0] ?? "";
}

export interface EnvelopeSignature {
  /** The signer's public key, so a rotation can run with an old and a new key side by side. */
  key: string;
  value: string;
}

export class EventSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EventSignatureError";
  }
}

const SEED_PATTERN = /^[A-Za-z0-9_-]{43}$/;
// An Ed25519 PKCS#8 DER document is this fixed header followed by the 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export function isEventKey(value: string): boolean {
  return SEED_PATTERN.test(value) && Buffer.from(value, "base64url").length === 32;
}

function privateKeyFromSeed(seed: string): KeyObject {
  if (!isEventKey(seed)) throw new EventSignatureError("an event signing key is 32 bytes in base64url (43 characters)");
  const der = Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.from(seed, "base64url")]);
  return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
}

function publicKeyFromRaw(raw: string): KeyObject {
  if (!isEventKey(raw)) throw new EventSignatureError("an event public key is 32 bytes in base64url (43 characters)");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: raw }, format: "jwk" });
}

/** The public key (base64url) of a signing key's seed. */
export function eventPublicKey(seed: string): string {
  const jwk = createPublicKey(privateKeyFromSeed(seed)).export({ format: "jwk" });
  return String(jwk.x);
}

/** A fresh key pair for `npm run events:keygen` and key rotation. */
export function generateEventKey(): { signingKey: string; publicKey: string } {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" });
  return { signingKey: String(jwk.d), publicKey: String(jwk.x) };
}

function signedBytes(envelope: Record<string, unknown>): Buffer {
  const { signature: _ignored, ...unsigned } = envelope;
  return Buffer.from(canonicalize(unsigned) ?? "", "utf8");
}

/** Seals the envelopes of one service before they are published. */
export class EventSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: string;

  constructor(
    readonly service: EventService,
    seed: string,
    /** Told each sealed text: the process's verifier trusts those exact bytes when its consumers read them. */
    private readonly onSealed: (sealed: string) => void = () => undefined,
  ) {
    this.privateKey = privateKeyFromSeed(seed);
    this.publicKey = eventPublicKey(seed);
  }

  /** The envelope (JSON text, as stored in the outbox) with its signature, as JSON text for the wire. */
  seal(envelopeJson: string): string {
    const envelope = JSON.parse(envelopeJson) as Record<string, unknown>;
    const type = String(envelope.type);
    if (eventOwner(type) !== this.service) {
      throw new EventSignatureError(`${this.service} may not sign ${type}: it belongs to ${eventOwner(type)}`);
    }
    const signature: EnvelopeSignature = {
      key: this.publicKey,
      value: sign(null, signedBytes(envelope), this.privateKey).toString("base64url"),
    };
    const sealed = JSON.stringify({ ...envelope, signature });
    this.onSealed(sealed);
    return sealed;
  }
}

export type TrustedEventKeys = Record<EventService, string[]>;

/** Parses `EVENT_PUBLIC_KEYS`: `service:publicKey` entries separated by commas (several per service while rotating). */
export function parseTrustedEventKeys(text: string): TrustedEventKeys {
  const trusted: TrustedEventKeys = { auth: [], admin: [], tradeflow: [], model: [] };
  for (const entry of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [service, key, extra] = entry.split(":");
    if (!EVENT_SERVICES.includes(service as EventService) || !key || extra !== undefined) {
      throw new EventSignatureError(
        `"${entry.slice(0, 20)}…" is not service:publicKey with a service among ${EVENT_SERVICES.join(", ")}`,
      );
    }
    publicKeyFromRaw(key);
    trusted[service as EventService].push(key);
  }
  const missing = EVENT_SERVICES.filter((service) => trusted[service].length === 0);
  if (missing.length > 0) throw new EventSignatureError(`no public key for ${missing.join(", ")}`);
  return trusted;
}

export function formatTrustedEventKeys(trusted: TrustedEventKeys): string {
  return EVENT_SERVICES.flatMap((service) => trusted[service].map((key) => `${service}:${key}`)).join(",");
}

/**
 * Messages a verifier remembers as authentic (by SHA-256), newest kept: enough for a consumer that lags its
 * process's other consumers, or the relay, by 16,384 events (ingestion's backlog reached ~12,000), ~1.5 MB.
 */
const REMEMBERED = 16_384;

const digestOf = (data: Uint8Array | string) => createHash("sha256").update(data).digest("base64");

/** Checks that an envelope was signed, unchanged since, by a current key of the service that owns its type. */
export class EventVerifier {
  private readonly keys = new Map<string, { service: EventService; key: KeyObject }>();
  /** SHA-256 of the messages known authentic, oldest first (checkMessage). */
  private readonly authentic = new Set<string>();

  constructor(
    trusted: TrustedEventKeys,
    private readonly remembered = REMEMBERED,
  ) {
    for (const service of EVENT_SERVICES) {
      for (const raw of trusted[service]) this.keys.set(raw, { service, key: publicKeyFromRaw(raw) });
    }
  }

  /**
   * `check`, once per message: the consumers of one process read the same events (admin's audit trail and
   * its notifications both read every tradeflow event), and the Ed25519 check, with the canonical JSON it
   * covers, was the largest part of consuming one (bench/README.md, finding 44). A message is known by the
   * SHA-256 of its exact bytes, so any other bytes are checked afresh. Known too, unchecked: what this
   * process's own signer sealed (`sealedHere`), since those bytes carry the signature it made over them
   * (finding 66: tradeflow's statistics read every event its relay sealed). `envelope` is `data` parsed.
   */
  checkMessage(data: Uint8Array, envelope: Record<string, unknown>): void {
    const digest = digestOf(data);
    if (this.authentic.has(digest)) return;
    this.check(envelope);
    this.remember(digest);
  }

  /** The exact text this process's signer just sealed: authentic when it comes back, byte for byte. */
  sealedHere(sealed: string): void {
    this.remember(digestOf(sealed));
  }

  private remember(digest: string): void {
    this.authentic.add(digest);
    if (this.authentic.size > this.remembered) this.authentic.delete(this.authentic.values().next().value!);
  }

  /** Throws an EventSignatureError saying why the envelope cannot be trusted. */
  check(envelope: Record<string, unknown>): void {
    const type = String(envelope.type);
    const owner = eventOwner(type);
    const signature = envelope.signature as Partial<EnvelopeSignature> | undefined;
    if (!signature || typeof signature.key !== "string" || typeof signature.value !== "string") {
      throw new EventSignatureError(`unsigned event: ${type} must be signed by ${owner}`);
    }
    const signer = this.keys.get(signature.key);
    if (!signer || signer.service !== owner) {
      throw new EventSignatureError(`forged event: ${type} is not signed with a key of ${owner}`);
    }
    if (!verify(null, signedBytes(envelope), signer.key, Buffer.from(signature.value, "base64url"))) {
      throw new EventSignatureError(`tampered event: the signature of ${type} does not match its content`);
    }
  }
}
