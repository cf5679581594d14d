import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { execFileSync } from "node:child_process";
import {
  runtimeV8Flags,
  SERVICE_MALLOC_TUNABLES,
  SERVICE_NODE_FLAGS,
  SUBGRAPH_RUNTIME_V8_FLAGS,
} from "#shared/service/process-tuning.js";
import { serviceCommands } from "../../scripts/services.js";

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), "utf8");

test("every service process npm start launches runs with the services' V8 flags and allocator settings", () => {
  const commands = serviceCommands({ NODE_ENV: "production" }, { compiled: true });
  assert.deepEqual(
    commands.map((command) => command.name),
    ["auth", "admin", "tradeflow", "model", "gateway"],
  );
  for (const command of commands) {
    assert.deepEqual(command.args.slice(0, SERVICE_NODE_FLAGS.length), SERVICE_NODE_FLAGS, command.name);
    assert.match(command.args.at(-1)!, /^dist\/.*\/main\.js$/, command.name);
    assert.equal(command.env?.GLIBC_TUNABLES, SERVICE_MALLOC_TUNABLES, command.name);
  }
  const fromSources = serviceCommands({}, { compiled: false });
  assert.deepEqual(fromSources[0]!.args, [...SERVICE_NODE_FLAGS, "--import", "tsx", "subgraphs/auth/src/main.ts"]);
});

test("an operator's own allocator settings are kept", () => {
  const [auth] = serviceCommands({ GLIBC_TUNABLES: "glibc.malloc.arena_max=8" }, { compiled: true });
  assert.equal(auth!.env?.GLIBC_TUNABLES, "glibc.malloc.arena_max=8");
  const [unset] = serviceCommands({ GLIBC_TUNABLES: "" }, { compiled: true });
  assert.equal(unset!.env?.GLIBC_TUNABLES, SERVICE_MALLOC_TUNABLES, "empty counts as unset, as in run.sh");
});

test("scripts/run.sh and the Dockerfile start services with the same flags and settings as npm start", () => {
  const run = read("scripts/run.sh");
  assert.equal(/^node_flags="(.*)"$/m.exec(run)?.[1], SERVICE_NODE_FLAGS.join(" "));
  assert.equal(/^export GLIBC_TUNABLES="\$\{GLIBC_TUNABLES:-(.*)\}"$/m.exec(run)?.[1], SERVICE_MALLOC_TUNABLES);
  assert.match(run, /exec node \$node_flags "\$compiled"/);
  assert.match(run, /exec node \$node_flags --import tsx "\$entry"/);
  const dockerfile = read("Dockerfile");
  assert.equal(/^ENV NODE_OPTIONS=(\S+)/m.exec(dockerfile)?.[1], SERVICE_NODE_FLAGS.join(" "));
  assert.equal(/^\s+GLIBC_TUNABLES=(\S+)$/m.exec(dockerfile)?.[1], SERVICE_MALLOC_TUNABLES);
});

test("the subgraphs' bundles run with the subgraphs' runtime V8 flags, the gateway's and the launcher's without", () => {
  const bundle = (entry: string) => path.join(PROJECT_ROOT, "dist", entry.replace(/\.ts$/, ".bundle.cjs"));
  for (const name of ["auth", "admin", "tradeflow", "model"]) {
    assert.deepEqual(runtimeV8Flags(bundle(`subgraphs/${name}/src/main.ts`)), SUBGRAPH_RUNTIME_V8_FLAGS, name);
  }
  assert.deepEqual(runtimeV8Flags(bundle("gateway/src/main.ts")), []);
  assert.deepEqual(runtimeV8Flags(bundle("scripts/start.ts")), []);
});

test("Prisma's query compiler compiles whole with the subgraphs' flags, where V8 has no TurboFan to fall back on", () => {
  // Every function compiled now (not lazily, at its first call in production): one Liftoff cannot compile fails here.
  const compiled = execFileSync(
    process.execPath,
    [
      ...SUBGRAPH_RUNTIME_V8_FLAGS,
      "--no-wasm-lazy-compilation",
      "-e",
      `const { wasm } = require("@prisma/client/runtime/query_compiler_fast_bg.mysql.wasm-base64.js");
       const module = new WebAssembly.Module(Buffer.from(wasm, "base64"));
       process.stdout.write(String(WebAssembly.Module.exports(module).length));`,
    ],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  assert.ok(Number(compiled) > 0, `the module's exports: ${compiled}`);
});
