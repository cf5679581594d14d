import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { ConfigError, type NatsUser } from "../env.js";
import type { Logger } from "../logger.js";
import { EventSigner, EventVerifier, type EventService, type TrustedEventKeys } from "./signing.js";

export interface NatsHandle {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** EVENT_NAMESPACE: empty in a normal deployment; see streams.ts. */
  namespace: string;
  /** Signs what this service publishes; absent for a connection that publishes no event of its own. */
  signer?: EventSigner;
  /** Refuses events not signed by the service that owns their type. */
  verifier: EventVerifier;
}

export interface NatsSettings {
  url: string;
  /** The user of nats/nats-server.conf whose permissions this connection gets. */
  user: NatsUser;
  password: string;
  namespace: string;
  trustedEventKeys: TrustedEventKeys;
  /** The signing key of the service publishing events on this connection. */
  signing?: { service: EventService; key: string };
}

/** Replies come to an inbox only this user may read, so no other service can listen to them. */
export const inboxPrefix = (user: NatsUser) => `_INBOX_${user}`;

/**
 * Connects once (failing fast with a clear error if NATS is down at start), then reconnects forever:
 * while NATS is away the outbox keeps events and the consumers resume where they stopped.
 */
export async function connectNats(settings: NatsSettings, name: string, logger: Logger): Promise<NatsHandle> {
  const verifier = new EventVerifier(settings.trustedEventKeys);
  const signer = settings.signing
    ? new EventSigner(settings.signing.service, settings.signing.key, (sealed) => verifier.sealedHere(sealed))
    : undefined;
  if (signer && !settings.trustedEventKeys[signer.service].includes(signer.publicKey)) {
    // Every reader would dead-letter this service's events: better to refuse to start.
    throw new ConfigError(name, [
      `EVENT_PUBLIC_KEYS: has no ${signer.service}:${signer.publicKey} for this service's EVENT_SIGNING_KEY`,
    ]);
  }
  const nc = await connect({
    servers: settings.url,
    name,
    user: settings.user,
    pass: settings.password,
    inboxPrefix: inboxPrefix(settings.user),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 100,
    pingInterval: 10_000,
  });
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === "disconnect" || status.type === "reconnect" || status.type === "error") {
        // The error's text names the subject of a permission violation: worth having in the log.
        const detail = "error" in status ? String(status.error) : undefined;
        logger.warn({ natsStatus: status.type, detail }, `NATS ${status.type}`);
      }
    }
  })();
  const js = jetstream(nc, { timeout: 2_000 });
  const jsm = await jetstreamManager(nc, { timeout: 5_000 });
  return { nc, js, jsm, namespace: settings.namespace, signer, verifier };
}

export async function natsIsReachable(handle: NatsHandle | undefined): Promise<boolean> {
  if (!handle || handle.nc.isClosed()) return false;
  try {
    await handle.nc.flush();
    return true;
  } catch {
    return false;
  }
}
