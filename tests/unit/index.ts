/**
 * The unit suite in one process (`npm run test:unit`). Node 20's runner starts a process per test file,
 * and those start-ups, not the tests, were most of the suite's time; here every tests/unit/*.test.ts
 * registers its tests on import, and node:test runs them when the imports are done (no `--test`, which
 * would start this file in a second process). `npm test` runs this file too, as one test file among the rest.
 * Only pure functions belong here (the whole suite is about 3 s of CPU): a test that spawns a process, starts
 * a server or needs MariaDB or NATS goes in tests/integration/.
 */
import { readdirSync } from "node:fs";

const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".test.ts"))
  .sort();
for (const file of files) await import(`./${file}`);
