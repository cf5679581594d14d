import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { canConnect, freePort } from "../../scripts/ports.js";

const MARIADBD = "/usr/sbin/mariadbd";
const INSTALL_DB = "mariadb-install-db";

/**
 * A MariaDB server of the test's own (its own data directory, socket and loopback port) that the test
 * may kill and restart: the machine's MariaDB is shared by every engineer and CI and is never touched.
 */
export class PrivateMariaDb {
  private process: ChildProcess | undefined;
  readonly dir = mkdtempSync(path.join(tmpdir(), "ct-mariadb-"));

  private constructor(readonly port: number) {}

  /** Initialises an empty data directory (root without a password, as on the machine's server). */
  static async create(): Promise<PrivateMariaDb> {
    const server = new PrivateMariaDb(await freePort());
    await promisify(execFile)(INSTALL_DB, [
      "--no-defaults",
      `--datadir=${server.dataDir}`,
      "--auth-root-authentication-method=normal",
      "--skip-test-db",
      "--user=root",
    ]);
    return server;
  }

  get dataDir(): string {
    return path.join(this.dir, "data");
  }

  /** A DATABASE_URL for `database` on this server. */
  url(database: string): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      MARIADBD,
      [
        "--no-defaults",
        `--datadir=${this.dataDir}`,
        `--socket=${path.join(this.dir, "mariadb.sock")}`,
        `--pid-file=${path.join(this.dir, "mariadb.pid")}`,
        `--log-error=${path.join(this.dir, "error.log")}`,
        `--port=${this.port}`,
        "--bind-address=127.0.0.1",
        "--user=root",
        "--skip-log-bin",
        "--innodb-buffer-pool-size=64M",
        "--max-connections=500",
      ],
      { stdio: "ignore" },
    );
    const deadline = Date.now() + 60_000;
    while (!(await canConnect(this.port))) {
      if (this.process.exitCode !== null) {
        throw new Error(`mariadbd exited (${this.process.exitCode}); see ${this.dir}/error.log`);
      }
      if (Date.now() > deadline) throw new Error(`mariadbd did not start on ${this.port}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** SIGKILL is a crash (InnoDB recovers at the next start); SIGTERM a clean shutdown. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
    this.process = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop("SIGKILL");
    rmSync(this.dir, { recursive: true, force: true });
  }
}
