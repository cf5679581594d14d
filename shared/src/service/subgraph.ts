import type { IMiddlewareGenerator } from "graphql-middleware";
import type { EventConsumer, RunningConsumer } from "../events/consumer.js";
import type { ResponderSpec, RunningResponder } from "../events/responder.js";
import { requestContext, type RequestContext } from "../graphql/context.js";
import { startSubgraphServer, type RunningHttpServer } from "../http/subgraph-server.js";
import type { Logger } from "../logger.js";
import { loadSubgraphTypeDefs, type SubgraphName } from "../subgraphs.js";
import { startHousekeeping, type HousekeepingJob } from "./housekeeping.js";
import { createRuntime, type ServiceRuntime } from "./runtime.js";
import { subgraphNatsSettings, type SubgraphEnv } from "./subgraph-env.js";

/** What a subgraph's own code can use: its environment, the shared runtime, and what `setup` made. */
export type SubgraphParts<Env, Extra> = { env: Env; runtime: ServiceRuntime } & Extra;

interface Stoppable {
  stop(): Promise<void>;
}

/**
 * One subgraph, declared: the bootstrap wires the runtime (MariaDB, NATS, outbox relay, settings), the
 * HTTP server with its shield, the responders and consumers, housekeeping and an orderly shutdown.
 */
export interface SubgraphDefinition<Env extends SubgraphEnv, Context extends RequestContext, Extra> {
  name: SubgraphName;
  /** Resolver maps of the subgraph's modules; the SDL is schema/<name>.graphql. */
  resolvers: object[];
  permissions: IMiddlewareGenerator<unknown, Context, unknown>;
  /** What the subgraph builds once at start (keys, caches), before it takes requests. */
  setup?(parts: SubgraphParts<Env, object>): Promise<Extra>;
  /** The subgraph's per-request context: the shared part (db, viewer, events, settings) plus its own. */
  context(shared: RequestContext, parts: SubgraphParts<Env, Extra>): Context;
  /** The request/reply subjects it answers (`serve(subject, handler)`). */
  responders?(parts: SubgraphParts<Env, Extra>): ResponderSpec[];
  /** The other services' events it consumes (`defineConsumer`). */
  consumers?(parts: SubgraphParts<Env, Extra>): EventConsumer[];
  /** What `setup` started that must stop at shutdown. */
  background?(parts: SubgraphParts<Env, Extra>): Stoppable[];
  /** Clean-up statements beyond the outbox and processed-event tables, run by housekeeping. */
  housekeeping?: HousekeepingJob[];
}

export interface RunningService {
  url: string;
  port: number;
  runtime: ServiceRuntime;
  close(): Promise<void>;
}

export type StartService<Env> = (env: Env, options?: { logger?: Logger }) => Promise<RunningService>;

export function defineSubgraph<Env extends SubgraphEnv, Context extends RequestContext, Extra extends object = object>(
  definition: SubgraphDefinition<Env, Context, Extra>,
): StartService<Env> {
  return async (env, options = {}) => {
    const { name } = definition;
    const runtime = await createRuntime({
      name,
      logLevel: env.LOG_LEVEL,
      logger: options.logger,
      databaseUrl: env.DATABASE_URL,
      nats: subgraphNatsSettings(name, env),
      countSqlStatements: env.SQL_STATEMENT_COUNTING,
      outboxTable: `${name}_outbox_event`,
    });
    const workers: Stoppable[] = [];
    let server: RunningHttpServer | undefined;
    const close = async () => {
      // Order matters: stop taking requests, finish in-flight ones, publish what they committed,
      // stop consuming, let NATS flush, then release the database.
      await server?.close();
      await Promise.allSettled([...workers, runtime.settings].map((worker) => worker.stop()));
      await runtime.relay.stop();
      await runtime.nats.nc.drain().catch(() => undefined);
      await runtime.db.$disconnect();
      runtime.logger.info("stopped");
    };
    try {
      const base = { env, runtime };
      const parts: SubgraphParts<Env, Extra> = { ...base, ...((await definition.setup?.(base)) as Extra) };
      workers.push(...(definition.background?.(parts) ?? []));
      server = await startSubgraphServer<Context>({
        name,
        host: env.HOST,
        port: env.PORT,
        typeDefs: loadSubgraphTypeDefs(name),
        resolvers: definition.resolvers,
        permissions: definition.permissions,
        logger: runtime.logger,
        signingSecret: env.GATEWAY_SIGNING_SECRET,
        signatureMaxAgeSeconds: env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
        readinessChecks: runtime.readinessChecks,
        metrics: runtime.metrics,
        metricsToken: env.METRICS_TOKEN,
        createContext: (request) => definition.context(requestContext(request, runtime), parts),
      });
      const responders: RunningResponder[] = (definition.responders?.(parts) ?? []).map((responder) =>
        responder.start(runtime.nats, runtime.logger),
      );
      workers.push(...responders);
      const housekeepingLogger = runtime.logger.child({ component: "housekeeping" });
      workers.push(startHousekeeping(runtime.db, runtime.outboxTable, housekeepingLogger, definition.housekeeping));
      for (const consumer of definition.consumers?.(parts) ?? []) {
        const running: RunningConsumer = await consumer.start(runtime.nats, runtime.logger, runtime.metrics);
        workers.push(running);
      }
    } catch (error) {
      // A start that fails half-way (a port in use, a bad key) leaves no connection behind.
      await close().catch(() => undefined);
      throw error;
    }
    let closing: Promise<void> | undefined;
    return { url: server.url, port: server.port, runtime, close: () => (closing ??= close()) };
  };
}
