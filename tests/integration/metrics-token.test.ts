import { test, mock } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { syncBuiltinESMExports } from "node:module";
import type { AddressInfo } from "node:net";
import express from "express";
import { ServiceMetrics } from "#shared/http/metrics.js";

const TOKEN = "metrics-token-0123456789abcdef";

test("GET /metrics compares the bearer token with crypto.timingSafeEqual, and refuses a wrong one", async () => {
  const app = express();
  new ServiceMetrics("unit").mount(app, TOKEN);
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  const spy = mock.method(crypto, "timingSafeEqual");
  syncBuiltinESMExports();
  try {
    const statuses: number[] = [];
    for (const authorization of [`Bearer ${TOKEN}`, `Bearer ${TOKEN.slice(0, -1)}x`, `Bearer ${TOKEN}x`, ""]) {
      const response = await fetch(url, { headers: authorization ? { authorization } : {} });
      await response.text();
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [200, 401, 401, 401]);
    assert.equal(spy.mock.callCount(), 4, "every token, right or wrong, goes through timingSafeEqual");
  } finally {
    spy.mock.restore();
    syncBuiltinESMExports();
    server.close();
  }
});
