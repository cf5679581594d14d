import { EVENT_SERVICES, generateEventKey } from "#shared/events/signing.js";

/** Real (non-demo) secrets, as a production environment has them: NODE_ENV=production refuses the demo ones. */
const eventKeys = Object.fromEntries(EVENT_SERVICES.map((service) => [service, generateEventKey()]));

export const PRODUCTION_NATS = {
  EVENT_PUBLIC_KEYS: EVENT_SERVICES.map((service) => `${service}:${eventKeys[service]!.publicKey}`).join(","),
  AUTH_EVENT_SIGNING_KEY: eventKeys.auth!.signingKey,
  AUTH_NATS_PASSWORD: "a-real-nats-password-for-auth",
  GATEWAY_NATS_PASSWORD: "a-real-nats-password-for-the-gateway",
};

export const REAL_SECRETS = {
  JWT_SECRET: "a-real-production-secret-that-is-long-enough",
  GATEWAY_SIGNING_SECRET: "another-real-production-secret-long-enough",
  ...PRODUCTION_NATS,
};
