import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectNats, type NatsSettings } from "#shared/events/nats.js";
import { ensureStreams, STREAMS, type StreamKey } from "#shared/events/streams.js";
import { NATS_USERS, natsPasswordVariable } from "#shared/env.js";
import type { Logger } from "#shared/logger.js";
import { PROJECT_ROOT } from "#shared/project-root.js";
import type { ToolingEnv } from "../env.js";
import { canConnect, freePort } from "../ports.js";

/**
 * The project's nats-server, always started from nats/nats-server.conf (accounts, users, permissions,
 * JetStream), never the machine's unauthenticated one: `npm start` keeps one on 127.0.0.1:4223, the test
 * runner and the tests that stop NATS start a private one of their own on a free port. The one exception is
 * the bench's approvals floor (`startBareNatsServer`), which measures publishing with none of this setup and
 * to which nothing of the project connects.
 */
const root = PROJECT_ROOT;
export const NATS_CONFIG_FILE = path.join(root, "nats", "nats-server.conf");
/** Where `npm start`'s server keeps its JetStream store, log and pid file. */
export const LOCAL_NATS_DIR = path.join(root, ".tmp", "nats");

/** The environment nats-server needs: the password of each user, read by the config file. */
function serverEnvironment(env: ToolingEnv): Record<string, string> {
  const passwords = Object.fromEntries(
    NATS_USERS.map((user) => [natsPasswordVariable(user), env[natsPasswordVariable(user)]]),
  );
  return { PATH: process.env.PATH ?? "", ...passwords };
}

function natsBinary(env: ToolingEnv): string {
  const configured = env.NATS_SERVER_BIN;
  if (configured.includes("/")) return configured;
  for (const dir of ["/usr/sbin", "/usr/local/bin", "/usr/bin"]) {
    if (existsSync(path.join(dir, configured))) return path.join(dir, configured);
  }
  return configured;
}

function serverArguments(port: number, storeDir: string, extra: string[] = []): string[] {
  return ["-c", NATS_CONFIG_FILE, "-a", "127.0.0.1", "-p", String(port), "-sd", storeDir, ...extra];
}

/** How the tooling connects: as the `tooling` user, signing nothing. */
export function toolingNatsSettings(env: ToolingEnv, url = env.NATS_URL): NatsSettings {
  return {
    url,
    user: "tooling",
    password: env.TOOLING_NATS_PASSWORD,
    namespace: env.EVENT_NAMESPACE,
    trustedEventKeys: env.EVENT_PUBLIC_KEYS,
  };
}

/**
 * Creates or updates every stream, as the tooling. Services configure only their own stream, so a
 * service that reads another's (auth reads ADMIN_EVENTS) finds it here whatever the start order.
 */
export async function provisionStreams(env: ToolingEnv, logger: Logger, url = env.NATS_URL): Promise<void> {
  const nats = await connectNats(toolingNatsSettings(env, url), "tooling", logger);
  try {
    await ensureStreams(nats.jsm, Object.keys(STREAMS) as StreamKey[], env.EVENT_NAMESPACE);
  } finally {
    await nats.nc.close();
  }
}

/** A nats-server of its own (config file, JetStream, temporary store) that a caller may stop and restart. */
export class PrivateNatsServer {
  private process: ChildProcess | undefined;
  readonly storeDir = mkdtempSync(path.join(tmpdir(), "ct-nats-"));

  private constructor(
    readonly port: number,
    private readonly env: ToolingEnv,
    private readonly logger: Logger,
  ) {}

  static async create(env: ToolingEnv, logger: Logger): Promise<PrivateNatsServer> {
    return new PrivateNatsServer(await freePort(), env, logger);
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Starts (or restarts) the server on the same port and store, then makes sure every stream exists. */
  async start(): Promise<void> {
    const child = spawn(natsBinary(this.env), serverArguments(this.port, this.storeDir), {
      stdio: ["ignore", "ignore", "pipe"],
      env: serverEnvironment(this.env),
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    this.process = child;
    await waitForPort(this.port, () => (child.exitCode !== null ? `nats-server exited: ${stderr.trim()}` : undefined));
    await provisionStreams(this.env, this.logger, this.url);
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
    this.process = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}

/**
 * For `npm start` and `npm run nats`: if nothing listens at NATS_URL and it is this machine's 4223 (the
 * default), starts the project's nats-server there in the background (store, log and pid file under
 * .tmp/nats/), where it stays for the next runs; a server already there is reused. Then provisions the
 * streams, which also proves the tooling's credentials.
 */
export async function ensureLocalNats(env: ToolingEnv, logger: Logger): Promise<{ started: boolean }> {
  const url = new URL(env.NATS_URL);
  const port = Number(url.port || 4222);
  const local = ["127.0.0.1", "localhost"].includes(url.hostname);
  let started = false;
  if (local && !(await canConnect(port))) {
    mkdirSync(LOCAL_NATS_DIR, { recursive: true });
    const logFile = path.join(LOCAL_NATS_DIR, "nats-server.log");
    const child = spawn(
      natsBinary(env),
      serverArguments(port, path.join(LOCAL_NATS_DIR, "store"), [
        "-l",
        logFile,
        "-P",
        path.join(LOCAL_NATS_DIR, "nats-server.pid"),
      ]),
      { detached: true, stdio: "ignore", env: serverEnvironment(env) },
    );
    child.unref();
    logger.info({ port, logFile }, "started the project's nats-server (nats/nats-server.conf)");
    await waitForPort(port, () => (child.exitCode !== null ? `nats-server exited; see ${logFile}` : undefined));
    started = true;
  }
  await provisionStreams(env, logger);
  return { started };
}

async function waitForPort(port: number, failure: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await canConnect(port))) {
    const problem = failure();
    if (problem) throw new Error(problem);
    if (Date.now() > deadline) throw new Error(`nats-server did not start on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A nats-server with JetStream and nothing else (no accounts, users or permissions) on a free port, with a
 * temporary store: the bench's approvals floor (bench/approval-floor.ts) measures what publishing costs
 * with none of the project's own setup. Nothing of the project connects to it.
 */
export async function startBareNatsServer(
  env: ToolingEnv,
): Promise<{ url: string; pid: number; dispose(): Promise<void> }> {
  const port = await freePort();
  const storeDir = mkdtempSync(path.join(tmpdir(), "ct-nats-bare-"));
  const child = spawn(natsBinary(env), ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", storeDir], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { PATH: process.env.PATH ?? "" },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const dispose = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(storeDir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, () => (child.exitCode !== null ? `nats-server exited: ${stderr.trim()}` : undefined));
  } catch (error) {
    await dispose();
    throw error;
  }
  return { url: `nats://127.0.0.1:${port}`, pid: child.pid!, dispose };
}
