import { randomBytes } from "node:crypto";
import { generateEventKey } from "#shared/events/signing.js";
import { NATS_USERS, natsPasswordVariable } from "#shared/env.js";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";

/** A letter first: nats-server reads its passwords as config tokens, where a leading digit or '-' is a number. */
function secret(): string {
  return `k${randomBytes(36).toString("base64url")}`;
}

/**
 * Freshly generated secrets for a stack the bench runs with NODE_ENV=production, where the demo ones are
 * refused: every service's, the NATS users' (the bench's own nats-server gets them too) and the event keys.
 */
export function productionSecrets(): Record<string, string> {
  const keys = SUBGRAPH_NAMES.map((name) => ({ name, ...generateEventKey() }));
  return {
    JWT_SECRET: secret(),
    GATEWAY_SIGNING_SECRET: secret(),
    REPORTS_URL_SECRET: secret(),
    METRICS_TOKEN: secret(),
    ...Object.fromEntries(NATS_USERS.map((user) => [natsPasswordVariable(user), secret()])),
    ...Object.fromEntries(keys.map((key) => [`${key.name.toUpperCase()}_EVENT_SIGNING_KEY`, key.signingKey])),
    EVENT_PUBLIC_KEYS: keys.map((key) => `${key.name}:${key.publicKey}`).join(","),
  };
}
