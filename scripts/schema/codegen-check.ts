import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, cpSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "#shared/logger.js";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";

/** Fails when the committed resolver types differ from what codegen.ts produces now. */
const logger = createLogger("codegen:check", "info");
const root = path.resolve(import.meta.dirname, "../..");
const generated = (name: string) => path.join(root, "subgraphs", name, "src", "generated", "resolvers-types.ts");

const backup = mkdtempSync(path.join(tmpdir(), "codegen-check-"));
const committed = new Map<string, string>();
for (const name of SUBGRAPH_NAMES) {
  const file = generated(name);
  committed.set(name, existsSync(file) ? readFileSync(file, "utf8") : "");
  if (existsSync(file)) cpSync(file, path.join(backup, `${name}.ts`));
}
let stale: string[] = [];
try {
  execFileSync("npx", ["--no-install", "graphql-codegen", "--config", "codegen.ts", "--silent"], { cwd: root, stdio: "pipe" });
  stale = SUBGRAPH_NAMES.filter((name) => readFileSync(generated(name), "utf8") !== committed.get(name));
} finally {
  // Leave the working tree as it was: the check reports, `npm run codegen` fixes.
  for (const name of SUBGRAPH_NAMES) {
    const saved = path.join(backup, `${name}.ts`);
    if (existsSync(saved)) cpSync(saved, generated(name));
  }
  rmSync(backup, { recursive: true, force: true });
}
if (stale.length > 0) {
  logger.fatal({ stale }, "generated resolver types are stale: run `npm run codegen` and commit the result");
  process.exit(1);
}
logger.info("generated resolver types are up to date");
