import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const RUNNER = pathToFileURL(path.resolve(import.meta.dirname, "../../shared/src/service/bundle-runner.ts")).href;

/** A project folder (removed after the test) with one bundle, dist/svc/src/main.bundle.cjs, printing what it sees. */
function project(t: TestContext): { bundle: string; cacheDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "ct-bundle-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, "dist", "svc", "src"), { recursive: true });
  const bundle = path.join(root, "dist", "svc", "src", "main.bundle.cjs");
  writeFileSync(
    bundle,
    [
      "const helper = (n) => n * 2;",
      "console.log(JSON.stringify({",
      "  doubled: helper(21), filename: __filename, dirname: __dirname, exportsIsModuleExports: exports === module.exports,",
      "  requiresBuiltins: typeof require('node:path').join,",
      "}));",
    ].join("\n"),
  );
  return { bundle, cacheDir: path.join(root, ".tmp", "v8-cache") };
}

/** The build's caches beside a bundle: `main.bundle.cjs.<content hash>.v8cache`. */
const buildCaches = (bundle: string) =>
  readdirSync(path.dirname(bundle)).filter((file) => /^main\.bundle\.cjs\.[0-9a-f]{32}\.v8cache$/.test(file));

/** One start, in a process of its own as a service has: what the bundle printed and what the cache did. */
function start(bundle: string, { buildCache = false } = {}): { ran: Record<string, unknown>; cache: string } {
  const script = `const { runBundle } = await import(${JSON.stringify(RUNNER)});
    const cache = runBundle(new URL(${JSON.stringify(pathToFileURL(bundle).href)}), { writeAfterMs: 0, buildCache: ${buildCache} });
    console.log(cache);
    // A 0 ms timer after the runner's (unref'd) cache write: the process lives until that write has run.
    setTimeout(() => {}, 0);`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
  }).trim();
  const [ran, cache] = output.split("\n");
  return { ran: JSON.parse(ran!) as Record<string, unknown>, cache: cache ?? "(exited)" };
}

test("a bundle runs as a CommonJS module, writes its code cache once started, and the next start uses it", (t) => {
  const { bundle, cacheDir } = project(t);
  const first = start(bundle);
  assert.deepEqual(first, {
    ran: {
      doubled: 42,
      filename: bundle,
      dirname: path.dirname(bundle),
      exportsIsModuleExports: true,
      requiresBuiltins: "function",
    },
    cache: "absent",
  });
  const files = readdirSync(cacheDir);
  assert.equal(files.length, 1);
  assert.match(files[0]!, /^svc-src-main-[0-9a-f]{32}-v\d+\.\d+\.\d+\.v8cache$/);
  assert.deepEqual(start(bundle), { ran: first.ran, cache: "used" });
});

test("a damaged code cache is refused by V8: the bundle still runs, and a good cache replaces it", (t) => {
  const { bundle, cacheDir } = project(t);
  start(bundle);
  const cache = path.join(cacheDir, readdirSync(cacheDir)[0]!);
  const damaged = Buffer.alloc(readFileSync(cache).length, 7);
  writeFileSync(cache, damaged);
  const afterDamage = start(bundle);
  assert.equal(afterDamage.cache, "rejected");
  assert.equal(afterDamage.ran.doubled, 42);
  assert.notDeepEqual(readFileSync(cache), damaged);
  assert.equal(start(bundle).cache, "used");
});

test("a new build's cache replaces the previous build's, and leaves other bundles' caches alone", (t) => {
  const { bundle, cacheDir } = project(t);
  start(bundle);
  const [previous] = readdirSync(cacheDir);
  const otherBundle = "svc-src-main-helper-1-1-v20.0.0.v8cache";
  writeFileSync(path.join(cacheDir, otherBundle), "another bundle's cache");
  // A rebuild: same path, new content and modification time.
  writeFileSync(bundle, `${readFileSync(bundle, "utf8")}\n// rebuilt\n`);
  utimesSync(bundle, new Date(), new Date(Date.now() + 60_000));
  assert.equal(start(bundle).cache, "absent");
  const files = readdirSync(cacheDir).sort();
  assert.equal(files.length, 2);
  assert.ok(!files.includes(previous!), "the previous build's cache is gone");
  assert.ok(files.includes(otherBundle));
});

test("the build's code cache serves a build's first start, which then writes its own for the next", (t) => {
  const { bundle, cacheDir } = project(t);
  // `npm run build` runs each bundle once this way: it evaluates, writes the cache beside it, and exits.
  const built = start(bundle, { buildCache: true });
  assert.equal(built.cache, "(exited)");
  assert.equal(built.ran.doubled, 42);
  assert.equal(buildCaches(bundle).length, 1);
  assert.equal(existsSync(cacheDir), false, "the build writes no start cache");

  const first = start(bundle);
  assert.equal(first.cache, "build");
  assert.equal(first.ran.doubled, 42);
  assert.equal(readdirSync(cacheDir).length, 1);
  assert.equal(start(bundle).cache, "used");
});

test("a cache planted in the shared temporary folder is never read: V8 matches a cache to its source by length only", (t) => {
  const { bundle, cacheDir } = project(t);
  const shared = path.join(tmpdir(), "commerce-tracking-v8-cache");
  t.after(() => rmSync(shared, { recursive: true, force: true }));
  start(bundle);
  const [name] = readdirSync(cacheDir);
  mkdirSync(shared, { recursive: true });
  // A valid cache for this very bundle, where any local user could have written it.
  writeFileSync(path.join(shared, name!), readFileSync(path.join(cacheDir, name!)));
  rmSync(cacheDir, { recursive: true });
  assert.equal(start(bundle).cache, "absent");
});

test("a cache is never read for other source of the same length and modification time", (t) => {
  const { bundle, cacheDir } = project(t);
  start(bundle, { buildCache: true });
  assert.equal(start(bundle).cache, "build");
  assert.equal(readdirSync(cacheDir).length, 1);
  // V8 would take either cache for this source (it checks the length): the names, by content, do not match.
  const { mtime } = statSync(bundle);
  writeFileSync(bundle, readFileSync(bundle, "utf8").replace("n * 2", "n * 3"));
  utimesSync(bundle, mtime, mtime);
  const changed = start(bundle);
  assert.equal(changed.cache, "absent");
  assert.equal(changed.ran.doubled, 63, "the new source runs, not the cached one");
});

test("a bundle that is not ASCII is read as UTF-8, and its code cache serves the next start", (t) => {
  const { bundle } = project(t);
  // The build writes ASCII, which the runner decodes as Latin-1; anything else must still read as its author wrote it.
  writeFileSync(bundle, `console.log(JSON.stringify({ text: "Côte d’Ivoire — 北京", length: "é€😀".length }));`);
  const first = start(bundle);
  assert.deepEqual(first, { ran: { text: "Côte d’Ivoire — 北京", length: 4 }, cache: "absent" });
  assert.deepEqual(start(bundle), { ran: first.ran, cache: "used" });
});
