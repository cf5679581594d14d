import {
  commonEnv,
  dataEnv,
  diagnosticsEnv,
  eventSigningEnv,
  eventTrustEnv,
  gatewayTrustEnv,
  listenEnv,
  natsEnv,
  SERVICE_PORTS,
} from "../env.js";
import type { z } from "zod";
import type { NatsSettings } from "../events/nats.js";
import type { EventService } from "../events/signing.js";

/** Variables every subgraph reads; a subgraph's env module adds its own. */
export const subgraphEnvShape = (service: EventService) => ({
  ...commonEnv,
  ...dataEnv,
  ...natsEnv(service),
  ...eventSigningEnv(service),
  ...eventTrustEnv,
  ...gatewayTrustEnv,
  ...diagnosticsEnv,
  ...listenEnv(SERVICE_PORTS[service]),
});

export type SubgraphEnv = z.infer<z.ZodObject<ReturnType<typeof subgraphEnvShape>>>;

/** How a subgraph connects to NATS: as its own user, signing its own events. */
export function subgraphNatsSettings(service: EventService, env: SubgraphEnv): NatsSettings {
  return {
    url: env.NATS_URL,
    user: service,
    password: env.NATS_PASSWORD,
    namespace: env.EVENT_NAMESPACE,
    trustedEventKeys: env.EVENT_PUBLIC_KEYS,
    signing: { service, key: env.EVENT_SIGNING_KEY },
  };
}
