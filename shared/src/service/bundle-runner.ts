import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { collectNowAndWhenIdle } from "./idle-collector.js";
import { applyRuntimeV8Flags } from "./process-tuning.js";

/** When a start is taken to be over: its code cache is written and its garbage collected (idle-collector.ts). */
export const STARTED_AFTER_MS = 5_000;

/**
 * Runs a service's bundle (`npm run build` puts every module of a service in one CommonJS file,
 * dist/<service>/src/main.bundle.cjs, see scripts/bundle.ts) through a V8 code cache, which Node 20's own
 * loaders lack (`module.enableCompileCache` came with Node 22). Compiling 5–6 MB of JavaScript at every
 * start was the largest part of a cold start (bench/README.md): with the cache, V8 deserializes the
 * functions that an earlier start compiled instead of parsing them again.
 *
 * Two caches, the better first:
 * - the start's own, written once the service has started (`writeAfterMs`, 5 s), so that it holds every
 *   function a start compiles. It lives beside the project (`.tmp/v8-cache/`; the Docker image makes it the
 *   node user's, docker-compose.yml a volume), named after the bundle's content (SHA-256) and the Node
 *   version. Never in a shared folder such as /tmp: V8 matches a cache to its source by length, version and
 *   flags, not by the source's content, so whoever can write the cache runs code in the service. Where
 *   `.tmp/` cannot be written, the start keeps no cache of its own;
 * - the build's, `main.bundle.cjs.<content hash>.v8cache` beside the bundle, written by `npm run build`
 *   (`--write-build-code-cache`): the functions that evaluating the modules compiles, so that even the
 *   first start of a build (a new container) skips most of the parsing. A start from it writes its own.
 * V8 refuses (and we then rewrite) a cache made with other flags; one made from other source is never read,
 * since both names carry the source's hash. A stale cache thus costs a normal start, never a wrong one.
 */
export function runBundle(
  bundleUrl: URL,
  { writeAfterMs = STARTED_AFTER_MS, buildCache = process.argv.includes(WRITE_BUILD_CODE_CACHE) } = {},
): CodeCacheUse {
  const bundlePath = fileURLToPath(bundleUrl);
  const { script, use, name, buildCacheFile } = compileBundle(bundlePath, { buildCache });
  if (!buildCache) {
    setTimeout(() => {
      if (use !== "used") writeCache(script.createCachedData(), bundlePath, name);
      // Starting grew V8's young generation to its largest and left its garbage: collect it now, again once
      // the service has been quiet a while (which gives the young generation back), then after each busy
      // spell (idle-collector.ts).
      collectNowAndWhenIdle();
    }, writeAfterMs).unref();
  }
  const module = { exports: {}, filename: bundlePath, id: bundlePath };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
  if (buildCache) {
    // Every module's top level has run; the service's start (runMain) is only scheduled for a later tick, so
    // nothing has connected anywhere. Keep what evaluating the modules compiled, and stop.
    writeFileSync(buildCacheFile, script.createCachedData());
    process.exit(0);
  }
  return use;
}

/**
 * Compiles a bundle (without running it) through the best cache there is: the start's own, else the
 * build's. `use` tells which V8 took, or that it refused one (made with other V8 flags). The service's runtime V8
 * flags (process-tuning.ts) are set first: they are part of what V8 checks a cache against.
 */
export function compileBundle(
  bundlePath: string,
  { buildCache = false } = {},
): { script: vm.Script; use: CodeCacheUse; name: string; buildCacheFile: string } {
  applyRuntimeV8Flags(bundlePath);
  const bytes = readFileSync(bundlePath);
  // The build writes ASCII (scripts/bundle.ts), which Latin-1 decodes byte for byte into the same string UTF-8
  // would give, without UTF-8's validation: with hashing the bytes rather than the string (encoded again first),
  // ~50 of the ~70 CPU ms a 6 MB bundle took here before it was compiled. Anything else is decoded as UTF-8.
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  // V8 matches a cache to its source by length only: the content's hash in both names keeps a cache made
  // from another build of the same length (a changed port, say) from running that build's code.
  const contentHash = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  const name = `${bundleName(bundlePath)}-${contentHash}-${process.version}.v8cache`;
  const buildCacheFile = `${bundlePath}.${contentHash}.v8cache`;
  const startCache = readable(path.join(cacheFolder(bundlePath), name))
    ? path.join(cacheFolder(bundlePath), name)
    : undefined;
  const cacheFile = buildCache ? undefined : (startCache ?? (readable(buildCacheFile) ? buildCacheFile : undefined));
  const cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(wrap(source), {
    filename: bundlePath,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const use: CodeCacheUse = !cachedData
    ? "absent"
    : script.cachedDataRejected
      ? "rejected"
      : cacheFile === startCache
        ? "used"
        : "build";
  return { script, use, name, buildCacheFile };
}

/** The argument with which `npm run build` runs each bundle to write its build code cache. */
export const WRITE_BUILD_CODE_CACHE = "--write-build-code-cache";

/**
 * Which cache a start read: its own from an earlier start (`used`), the build's (`build`), none (`absent`),
 * or one V8 refused (`rejected`: made from other source or flags).
 */
export type CodeCacheUse = "absent" | "rejected" | "used" | "build";

/** The CommonJS wrapper Node itself puts around a module (Module.wrap). */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

const DIST = `${path.sep}dist${path.sep}`;

/** `…/dist/subgraphs/model/src/main.bundle.cjs` → `subgraphs-model-src-main`. */
function bundleName(bundlePath: string): string {
  return bundlePath
    .slice(bundlePath.lastIndexOf(DIST) + DIST.length)
    .replace(/\.bundle\.cjs$/, "")
    .split(path.sep)
    .join("-");
}

/** `.tmp/v8-cache` of the project the bundle belongs to (…/dist/…). */
function cacheFolder(bundlePath: string): string {
  return path.join(bundlePath.slice(0, bundlePath.lastIndexOf(DIST)), ".tmp", "v8-cache");
}

function readable(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Written to a temporary name then renamed, so a replica starting meanwhile never reads half a cache. The
 * caches of the same bundle's earlier builds are removed: each build would otherwise leave ~10 MB behind.
 */
function writeCache(data: Buffer, bundlePath: string, name: string): void {
  // Names are `<bundle>-<content hash>-v<node>.v8cache`; a bundle name holds letters, digits and "-".
  const earlierBuild = new RegExp(`^${bundleName(bundlePath)}-[0-9a-f]{32}-v[\\d.]+\\.v8cache$`);
  const folder = cacheFolder(bundlePath);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const partial = path.join(folder, `${name}.${process.pid}.partial`);
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, path.join(folder, name));
    for (const file of readdirSync(folder)) {
      if (file !== name && earlierBuild.test(file)) rmSync(path.join(folder, file), { force: true });
    }
  } catch {
    // not writable (a read-only image): no cache of its own, the build's serves the next start
  }
}
