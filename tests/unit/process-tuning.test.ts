import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { SERVICE_MALLOC_TUNABLES, SERVICE_NODE_FLAGS } from "#shared/service/process-tuning.js";
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
