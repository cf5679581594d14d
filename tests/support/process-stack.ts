import { createLogger } from "#shared/logger.js";
import { GraphQLClient } from "../../scripts/graphql-client.js";
import { serviceCommands, type Replicas, type ServiceName } from "../../scripts/services.js";
import type { SubgraphName } from "#shared/subgraphs.js";
import { Supervisor, type BackoffPolicy } from "../../scripts/supervisor.js";
import { serviceEnvironment } from "./env.js";
import { waitFor } from "./nats.js";
import { freePort } from "../../scripts/ports.js";

export interface ProcessStack {
  /** Restarts what dies, as under `npm start`; tests kill services through it. */
  supervisor: Supervisor;
  gateway: GraphQLClient;
  gatewayUrl: string;
  ports: Record<ServiceName, number>;
  /** Every replica's port, for stacks started with `replicas`. */
  replicaPorts: Record<SubgraphName, number[]>;
  close(): Promise<void>;
}

/**
 * The gateway and the four subgraphs as five processes under the same supervisor and commands as
 * `npm start`, on free loopback ports, with the run's environment (plus `overrides`). Resolves once
 * the gateway reports every subgraph ready.
 */
export async function startProcessStack(
  overrides: Record<string, string> = {},
  options: {
    backoff?: BackoffPolicy;
    readyTimeoutMs?: number;
    replicas?: Replicas;
    /** Run `npm run build`'s output (dist/, the bundles) as production does, rather than the sources. */
    compiled?: boolean;
  } = {},
): Promise<ProcessStack> {
  const ports: Record<ServiceName, number> = {
    auth: await freePort(),
    admin: await freePort(),
    tradeflow: await freePort(),
    model: await freePort(),
    gateway: await freePort(),
  };
  const local = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const env = serviceEnvironment({
    AUTH_PORT: String(ports.auth),
    ADMIN_PORT: String(ports.admin),
    TRADEFLOW_PORT: String(ports.tradeflow),
    MODEL_PORT: String(ports.model),
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_HOST: "127.0.0.1",
    AUTH_SUBGRAPH_URL: local(ports.auth),
    ADMIN_SUBGRAPH_URL: local(ports.admin),
    TRADEFLOW_SUBGRAPH_URL: local(ports.tradeflow),
    MODEL_SUBGRAPH_URL: local(ports.model),
    ...overrides,
  });
  const replicaPorts = {} as Record<SubgraphName, number[]>;
  for (const name of ["auth", "admin", "tradeflow", "model"] as const) {
    replicaPorts[name] = [ports[name]];
    for (let extra = 1; extra < (options.replicas?.[name] ?? 1); extra += 1) replicaPorts[name].push(await freePort());
  }
  const supervisor = new Supervisor(
    serviceCommands(env, {
      replicas: options.replicas,
      ports: replicaPorts,
      compiled: options.compiled,
    }),
    {
      logger: createLogger("supervisor", env.LOG_LEVEL ?? "silent"),
      output: "prefix",
      ...(options.backoff ? { backoff: options.backoff } : {}),
    },
  );
  supervisor.start();
  const gatewayUrl = local(ports.gateway);
  try {
    await waitFor(() => gatewayReady(gatewayUrl), {
      timeoutMs: options.readyTimeoutMs ?? 120_000,
      intervalMs: 250,
      what: "the five processes to be ready",
    });
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
  return {
    supervisor,
    gateway: new GraphQLClient(gatewayUrl),
    gatewayUrl,
    ports,
    replicaPorts,
    close: () => supervisor.stop(),
  };
}

/** Whether the gateway reports every subgraph (and its own dependencies) ready. */
function gatewayReady(gatewayUrl: string): Promise<boolean> {
  return fetch(new URL("/health/ready", gatewayUrl)).then(
    (response) => response.ok,
    () => false,
  );
}
