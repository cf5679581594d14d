import { test } from "node:test";
import assert from "node:assert/strict";
import { restartDelayMs } from "../../scripts/supervisor.js";

// The supervisor's processes (crashes, restarts, SIGTERM) are exercised in tests/integration/supervisor.test.ts:
// they spawn real processes, which takes seconds, too slow for this suite.

test("the restart delay doubles from initialMs and stops at maxMs", () => {
  const policy = { initialMs: 500, maxMs: 30_000, stableAfterMs: 60_000 };
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => restartDelayMs(n, policy)),
    [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000],
  );
});
