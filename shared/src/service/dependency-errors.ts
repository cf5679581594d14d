import { redactUrl } from "../env.js";

/*
 * A dependency that cannot be reached at start, and how to start it. In a module of its own, without the
 * service runtime's imports: the gateway and `npm start`'s launcher, which use these and no database,
 * would otherwise load and evaluate Prisma's generated client (its data model of every model) at start.
 */

export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: string,
    readonly target: string,
    readonly hint: string,
    cause: unknown,
  ) {
    super(`${dependency} is not reachable at ${target}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "DependencyUnavailableError";
  }
}

export const START_HINTS = {
  mariadb:
    "start MariaDB (`start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`) " +
    "or run `docker compose up -d mysql`, or set DATABASE_URL",
  nats:
    "`npm start` (or `npm run nats`) starts the project's nats-server (nats/nats-server.conf) on 127.0.0.1:4223; " +
    "or run `docker compose up -d nats`, or set NATS_URL and the *_NATS_PASSWORD variables",
};

// Callers import it from here too; it lives with the env module, whose errors redact URLs as well.
export { redactUrl };
