import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { pino } from "pino";
import { Supervisor, type RestartReport } from "../../scripts/supervisor.js";
import { waitFor } from "../support/nats.js";

/** The supervisor against real child processes: crashes, backoff, kills and a clean SIGTERM (seconds each). */
const node = process.execPath;

/** A logger whose lines the test can read back. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(JSON.parse(String(chunk)));
      callback();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

function restartsOf(supervisor: Supervisor): RestartReport[] {
  const restarts: RestartReport[] = [];
  supervisor.on("restart-scheduled", (report: RestartReport) => restarts.push(report));
  return restarts;
}

test("a command that keeps crashing is restarted with exponential backoff, and the log says when", async () => {
  const { logger, lines } = capturingLogger();
  const supervisor = new Supervisor([{ name: "crasher", command: node, args: ["-e", "process.exit(3)"] }], {
    logger,
    output: "ignore",
    backoff: { initialMs: 40, maxMs: 160, stableAfterMs: 60_000 },
  });
  const restarts = restartsOf(supervisor);
  supervisor.start();
  try {
    await waitFor(async () => restarts.length >= 5, { what: "five restarts" });
  } finally {
    await supervisor.stop();
  }
  assert.deepEqual(
    restarts.slice(0, 5).map((r) => r.restartInMs),
    [40, 80, 160, 160, 160],
  );
  assert.deepEqual(
    restarts.slice(0, 5).map((r) => r.crashesInARow),
    [1, 2, 3, 4, 5],
  );
  assert.ok(restarts.every((r) => r.name === "crasher" && r.code === 3 && r.signal === null));
  const first = lines.find((line) => line.crashesInARow === 1);
  assert.equal(first?.msg, "crasher exited (code 3); next attempt in 40 ms");
  assert.equal(first?.process, "crasher");
  assert.equal(first?.code, 3);
  assert.equal(first?.restartInMs, 40);
});

test("a process that stayed up past stableAfterMs restarts after initialMs again", async () => {
  const supervisor = new Supervisor(
    [{ name: "flaky", command: node, args: ["-e", "setTimeout(() => process.exit(4), 300)"] }],
    {
      logger: pino({ level: "silent" }),
      output: "ignore",
      backoff: { initialMs: 20, maxMs: 1_000, stableAfterMs: 250 },
    },
  );
  const restarts = restartsOf(supervisor);
  supervisor.start();
  try {
    await waitFor(async () => restarts.length >= 3, { what: "three restarts" });
  } finally {
    await supervisor.stop();
  }
  assert.deepEqual(
    restarts.slice(0, 3).map((r) => [r.code, r.crashesInARow, r.restartInMs]),
    [
      [4, 1, 20],
      [4, 1, 20],
      [4, 1, 20],
    ],
  );
});

test("a SIGKILLed service is reported with its signal and comes back with a new pid", async () => {
  const sleeper = { name: "victim", command: node, args: ["-e", "setInterval(() => {}, 1000)"] };
  const supervisor = new Supervisor([sleeper], {
    logger: pino({ level: "silent" }),
    output: "ignore",
    backoff: { initialMs: 30, maxMs: 1_000, stableAfterMs: 60_000 },
  });
  const restarts = restartsOf(supervisor);
  supervisor.start();
  try {
    const first = await supervisor.nextSpawn("victim");
    supervisor.kill("victim", "SIGKILL");
    const second = await supervisor.nextSpawn("victim", first);
    assert.notEqual(second, first);
    assert.equal(restarts.length, 1);
    assert.equal(restarts[0]?.signal, "SIGKILL");
    assert.equal(restarts[0]?.code, null);
    assert.equal(restarts[0]?.restartInMs, 30);
  } finally {
    await supervisor.stop();
  }
  assert.equal(supervisor.pid("victim"), undefined, "stopped, not restarted");
  assert.equal(restarts.length, 1);
});

test("SIGTERM to the supervisor stops every service, restarts none, and exits 0", async () => {
  const fixture = path.resolve(import.meta.dirname, "../support/fixtures/supervised-pair.ts");
  const child = spawn(node, ["--import", "tsx", fixture], { stdio: ["ignore", "pipe", "inherit"] });
  const messages: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => messages.push(JSON.parse(line)));
  const started = await waitFor(async () => messages.find((m) => m.pids), { what: "the two pids" });
  const { pids } = started as { pids: number[] };
  assert.equal(pids.length, 2);
  assert.ok(pids.every(isAlive));

  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const [code] = await exited;
  assert.equal(code, 0);
  assert.deepEqual(pids.filter(isAlive), [], "no supervised process outlives the supervisor");
  assert.equal(messages.filter((m) => m.exit).length, 2);
  assert.equal(messages.filter((m) => m.restart).length, 0);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
