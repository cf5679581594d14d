import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import type { Logger } from "../logger.js";

export interface NatsHandle {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** EVENT_NAMESPACE: empty in a normal deployment; see streams.ts. */
  namespace: string;
}

/**
 * Connects once (failing fast with a clear error if NATS is down at start), then reconnects forever:
 * while NATS is away the outbox keeps events and the consumers resume where they stopped.
 */
export async function connectNats(url: string, name: string, logger: Logger, namespace = ""): Promise<NatsHandle> {
  const nc = await connect({
    servers: url,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 100,
    pingInterval: 10_000,
  });
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === "disconnect" || status.type === "reconnect" || status.type === "error") {
        logger.warn({ natsStatus: status.type }, `NATS ${status.type}`);
      }
    }
  })();
  const js = jetstream(nc, { timeout: 2_000 });
  const jsm = await jetstreamManager(nc, { timeout: 5_000 });
  return { nc, js, jsm, namespace };
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
