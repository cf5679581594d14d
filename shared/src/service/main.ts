import { ConfigError } from "../env.js";
import { pino } from "pino";
import { createLogger } from "../logger.js";
import { DependencyUnavailableError } from "./dependency-errors.js";

interface Closable {
  close(): Promise<void>;
}

const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * Entry point of every service process: start, then on SIGTERM/SIGINT shut down gracefully (a second
 * signal or the timeout forces exit). Startup failures are reported as one clear line, not a stack.
 */
export function runMain(name: string, start: () => Promise<Closable>): void {
  // Synchronous: the lines written here come just before an exit. pino's default destination writes
  // through libuv's thread pool, and a pool busy with a hanging DNS lookup (a database host that does not
  // answer) loses the line that process.exit cuts off. These are a few lines per process lifetime.
  const logger = createLogger(name, "info", pino.destination({ dest: 1, sync: true }));
  // An error nothing caught (a promise rejected without a handler, included) leaves the process in an
  // unknown state: exit as Node would, so the supervisor restarts it, but log it as one JSON line with its
  // stack and origin, where Node would print a bare stack to stderr.
  process.on("uncaughtException", (error, origin) => {
    try {
      logger.fatal({ err: error, origin }, `${name}: uncaught error; exiting`);
    } finally {
      process.exit(1);
    }
  });
  Promise.resolve()
    .then(start)
    .then(
      (service) => {
        let stoppingSince: number | undefined;
        const stop = (signal: string) => {
          if (stoppingSince !== undefined) {
            // A terminal's Ctrl-C reaches us twice (process group + the runner forwarding it); only a
            // later, deliberate second signal forces the exit.
            if (Date.now() - stoppingSince < 1_000) return;
            logger.warn({ signal }, "second signal: exiting now");
            process.exit(1);
          }
          stoppingSince = Date.now();
          logger.info({ signal }, "shutting down");
          setTimeout(() => {
            logger.error("shutdown timed out; exiting");
            process.exit(1);
          }, SHUTDOWN_TIMEOUT_MS).unref();
          service.close().then(
            () => process.exit(0),
            (error) => {
              logger.error({ err: error }, "shutdown failed");
              process.exit(1);
            },
          );
        };
        process.on("SIGTERM", () => stop("SIGTERM"));
        process.on("SIGINT", () => stop("SIGINT"));
      },
      (error) => {
        if (error instanceof ConfigError) {
          logger.fatal({ problems: error.problems }, error.message);
        } else if (error instanceof DependencyUnavailableError) {
          logger.fatal({ dependency: error.dependency, hint: error.hint }, `${error.message} — ${error.hint}`);
        } else {
          logger.fatal({ err: error }, `${name} failed to start`);
        }
        process.exit(1);
      },
    );
}
