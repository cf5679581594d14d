import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { PROJECT_ROOT } from "#shared/project-root.js";

/** Runs `runMain` in a process of its own whose service, once started, fails as `failure` says. */
function serviceThatFails(failure: string) {
  // libuv's four pool threads are kept busy for a few seconds (key derivations), as a hanging DNS lookup
  // would keep them: a line written through the pool would be lost when the process exits.
  const script = `
    import { pbkdf2 } from "node:crypto";
    import { runMain } from "#shared/service/main.js";
    for (let thread = 0; thread < 4; thread++) pbkdf2("x", "salt", 3_000_000, 32, "sha256", () => {});
    runMain("probe", async () => {
      // The failure comes once the start has resolved; were it swallowed, the guard ends the process with 0,
      // which the test refuses (it expects 1), rather than leaving it to the spawn's timeout.
      setImmediate(() => { ${failure} });
      setTimeout(() => process.exit(0), 5_000);
      return { close: async () => {} };
    });`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
  const lines = child.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: string; msg: string; origin: string; err: { message: string } });
  return { status: child.status, stderr: child.stderr, fatal: lines.filter((line) => line.level === "fatal") };
}

test("an error nothing caught is logged as one fatal JSON line with its origin, and the process exits 1", () => {
  const thrown = serviceThatFails(`throw new Error("thrown from a timer")`);
  assert.equal(thrown.status, 1);
  assert.deepEqual(
    thrown.fatal.map((line) => [line.msg, line.origin, line.err.message]),
    [["probe: uncaught error; exiting", "uncaughtException", "thrown from a timer"]],
  );
  assert.equal(thrown.stderr, "", "no bare stack on stderr");

  const rejected = serviceThatFails(`void Promise.reject(new Error("rejected with no handler"))`);
  assert.equal(rejected.status, 1);
  assert.deepEqual(
    rejected.fatal.map((line) => [line.msg, line.origin, line.err.message]),
    [["probe: uncaught error; exiting", "unhandledRejection", "rejected with no handler"]],
  );
});
