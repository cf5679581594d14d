import type { PrismaClient } from "../db/client.js";
import type { UserClaims } from "../auth/claims.js";
import type { EventEnvelope } from "../events/envelope.js";
import type { RequestBase } from "../http/subgraph-server.js";
import type { ServiceRuntime } from "../service/runtime.js";
import type { SettingsStore } from "../config/store.js";

/** What every subgraph's per-request context carries; each subgraph adds its loaders. */
export interface RequestContext extends RequestBase {
  db: PrismaClient;
  /** Outbox helpers for this request. */
  events: EventPublisher;
  /** The system settings as this service currently applies them. */
  settings: SettingsStore;
  /**
   * Set by the auth subgraph when an operation authenticates someone (login), so the gateway can act as
   * them for the rest of the plan.
   */
  issuedClaims?: UserClaims;
}

export interface EventPublisher {
  /** Event metadata for the current request: who acted, the trace id, and where the request came from. */
  meta(): Pick<EventEnvelope, "actor" | "traceId" | "client">;
  /** Wakes the outbox relay; call after committing a transaction that wrote outbox rows. */
  flush(): void;
}

export function requestContext(base: RequestBase, runtime: ServiceRuntime): RequestContext {
  return {
    ...base,
    db: runtime.db,
    settings: runtime.settings,
    events: {
      meta: () => ({
        actor: base.viewer ? { userId: base.viewer.userId, role: base.viewer.role } : null,
        traceId: base.traceId,
        client: base.client,
      }),
      flush: () => runtime.relay.notify(),
    },
  };
}
