import { generateEventKey } from "#shared/events/signing.js";

/**
 * `npm run events:keygen -- SERVICE`: a new Ed25519 key pair for signing one service's events. The
 * signing key goes to that service only (<SERVICE>_EVENT_SIGNING_KEY); the public entry is appended
 * to EVENT_PUBLIC_KEYS everywhere (see README, "Security"). Printed, never stored.
 */
const service = process.argv[2] ?? "SERVICE";
const { signingKey, publicKey } = generateEventKey();
process.stdout.write(
  `${service.toUpperCase()}_EVENT_SIGNING_KEY=${signingKey}\nEVENT_PUBLIC_KEYS entry: ${service}:${publicKey}\n`,
);
