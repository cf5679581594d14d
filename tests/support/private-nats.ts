import { createLogger } from "#shared/logger.js";
import { PrivateNatsServer } from "../../scripts/nats/server.js";
import { testEnv } from "./env.js";

/**
 * A real nats-server from nats/nats-server.conf (same users and permissions), with JetStream, its own
 * store and every stream provisioned, that a test may stop (SIGTERM or SIGKILL) and restart at will.
 */
export type PrivateNats = PrivateNatsServer;
export const PrivateNats = {
  create: () => PrivateNatsServer.create(testEnv, createLogger("private-nats", "silent")),
};
