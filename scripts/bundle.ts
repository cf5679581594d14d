import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { WRITE_BUILD_CODE_CACHE } from "#shared/service/bundle-runner.js";
import { SERVICE_NODE_FLAGS, serviceProcessEnv } from "#shared/service/process-tuning.js";
import { SERVICE_ENTRIES } from "./services.js";

/**
 * Second half of `npm run build` (scripts/build.sh, after `tsc` has emitted dist/): bundles each of the five
 * services and `npm start`'s launcher (scripts/start.ts) into one minified CommonJS file,
 * dist/<entry folder>/main.bundle.cjs, and replaces the entry's compiled module (dist/…/main.js, the path
 * `npm start`, the Dockerfile and docker-compose.yml run) by a two-line module that runs the bundle through
 * a V8 code cache (shared/src/service/bundle-runner.ts).
 *
 * Why: a service imports ~1,300 modules; resolving, reading and compiling them one by one was most of its
 * start (bench/README.md, findings 3 and 33–35). esbuild (already installed for tsx) resolves them once
 * at build time. CommonJS because only a classic script can be given a V8 code cache on Node 20.
 */
export const BUNDLED_ENTRIES = [...Object.values(SERVICE_ENTRIES), "scripts/start.ts"];

/** The bundle of an entry: `gateway/src/main.ts` → `dist/gateway/src/main.bundle.cjs`. */
export const bundleOf = (entry: string) => path.join("dist", entry.replace(/\.ts$/, ".bundle.cjs"));

/**
 * Prisma's query compiler: node_modules holds it as a 4.5 MB JavaScript module whose one statement is its
 * 3 MB of WebAssembly in base64. Bundled, that string would sit in every bundle's source; required from
 * node_modules, as it was, every subgraph parsed and compiled the 4.5 MB module at its first query (~0.3 CPU s
 * of a start on the bench's machine) and kept its source and its string in the heap for good (bench/README.md,
 * finding 50). The build now writes the WebAssembly itself once, to dist/prisma/, and the bundles get a
 * module whose `wasm` reads it when Prisma asks (once, at the first query) and keeps nothing. It hands Prisma
 * the bytes, not base64: the generated client passes `wasm` to `Buffer.from(wasm, "base64")`, which copies a
 * buffer as it is (the encoding applies to strings only), so no start encodes 3.4 MB to base64 for Prisma to
 * decode it back (~40 CPU ms and 8 MB of garbage per subgraph start; finding 76). The build checks that the
 * client still decodes it that way; tests/e2e/production-build.test.ts runs the built services' queries.
 */
const QUERY_COMPILER_FOLDER = path.join("dist", "prisma");
const PRISMA_DECODES_WITH_BUFFER_FROM = "Buffer.from(wasmBase64, 'base64')";
const queryCompilerFromDist: Plugin = {
  name: "prisma-query-compiler-from-dist",
  setup(bundler) {
    bundler.onResolve({ filter: /^@prisma\/client\/runtime\/.*\.wasm-base64\.mjs$/ }, (args) => {
      // The bytes stand in for the base64 string only where the client decodes it with Buffer.from: a client
      // generated otherwise (another Prisma version) fails the build here, not every subgraph's first query.
      if (!readFileSync(args.importer, "utf8").includes(PRISMA_DECODES_WITH_BUFFER_FROM))
        throw new Error(`${args.importer} no longer decodes ${args.path} with ${PRISMA_DECODES_WITH_BUFFER_FROM}`);
      return {
        // Its CommonJS build: what the build itself reads below.
        path: createRequire(import.meta.url).resolve(args.path.replace(/\.mjs$/, ".js")),
        namespace: "prisma-query-compiler",
      };
    });
    bundler.onLoad({ filter: /.*/, namespace: "prisma-query-compiler" }, (args) => {
      const { wasm } = createRequire(import.meta.url)(args.path) as { wasm: string };
      const file = path.join(QUERY_COMPILER_FOLDER, path.basename(args.path).replace(/\.wasm-base64\.js$/, ".wasm"));
      mkdirSync(path.join(PROJECT_ROOT, QUERY_COMPILER_FOLDER), { recursive: true });
      writeFileSync(path.join(PROJECT_ROOT, file), Buffer.from(wasm, "base64"));
      return {
        resolveDir: PROJECT_ROOT,
        loader: "js",
        contents: [
          'const { readFileSync } = require("node:fs");',
          'const { join } = require("node:path");',
          'const { PROJECT_ROOT } = require("./shared/src/project-root.ts");',
          `const file = join(PROJECT_ROOT, ${JSON.stringify(file.split(path.sep).join("/"))});`,
          "// A getter: the bytes are read when Prisma asks, and not kept by this module.",
          'Object.defineProperty(exports, "wasm", {',
          "  enumerable: true,",
          "  get() {",
          "    try {",
          "      return readFileSync(file);",
          "    } catch (error) {",
          // A dist/ copied without it would otherwise fail every query with a bare ENOENT.
          "      throw new Error(`Prisma's query compiler is missing at ${file} (${error.code}): run npm run build`);",
          "    }",
          "  },",
          "});",
        ].join("\n"),
      };
    });
  },
};

/**
 * Apollo Server and Apollo Gateway hash through `@apollo/utils.createhash`, which takes Node's crypto only
 * when `module.require` exists. A bundle's modules get no `module.require`, so every hash fell back to
 * sha.js, SHA-256 in JavaScript: each request's query in every service (Apollo Server's document cache key)
 * and the gateway's supergraph at start (86 CPU ms), ~12× the CPU of node:crypto (bench/README.md,
 * finding 55). The bundles get Node's createHash, which is what the package returns when not bundled.
 */
const createHashFromNodeCrypto: Plugin = {
  name: "apollo-createhash-from-node-crypto",
  setup(bundler) {
    bundler.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, (args) => ({
      path: args.path,
      namespace: "apollo-createhash",
    }));
    bundler.onLoad({ filter: /.*/, namespace: "apollo-createhash" }, () => ({
      loader: "js",
      contents: 'const { createHash } = require("node:crypto");\nexports.createHash = (kind) => createHash(kind);\n',
    }));
  },
};

/**
 * `import("x")` left in the bundle (Node built-ins, the Prisma file above) becomes a `require`: V8 gives a
 * function restored from a code cache no dynamic-import callback on Node 20 ("A dynamic import callback was
 * not specified"), and these modules are CommonJS or built-ins, so `require` returns the same exports.
 */
function withoutDynamicImports(code: string, file: string): string {
  const rewritten = code.replace(/\bimport\(("[^"]+")\)/g, "Promise.resolve(require($1))");
  if (/\bimport\(/.test(rewritten)) throw new Error(`${file}: a dynamic import() that is not a string literal`);
  return rewritten;
}

export async function bundle(): Promise<void> {
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: BUNDLED_ENTRIES,
    outdir: "dist",
    outbase: ".",
    outExtension: { ".js": ".bundle.cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Minified source is a third of the size: less to read, hash and keep in every process's heap. Names
    // stay, so stack traces and `constructor.name` read as in the sources; the .map files give the lines.
    minify: true,
    keepNames: true,
    charset: "ascii",
    legalComments: "none",
    sourcemap: "external",
    metafile: true,
    logLevel: "warning",
    // A native addon: loaded from node_modules, where npm installed the build for this platform.
    external: ["@node-rs/argon2"],
    plugins: [queryCompilerFromDist, createHashFromNodeCrypto],
    define: {
      "import.meta.dirname": "__dirname",
      "import.meta.filename": "__filename",
      "import.meta.url": "__bundleFileUrl",
    },
    banner: { js: 'const __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  for (const output of Object.keys(result.metafile.outputs).filter((file) => file.endsWith(".cjs"))) {
    const file = path.join(PROJECT_ROOT, output);
    writeFileSync(file, withoutDynamicImports(readFileSync(file, "utf8"), output));
  }
  for (const entry of BUNDLED_ENTRIES) {
    const launcher = path.join(PROJECT_ROOT, "dist", entry.replace(/\.ts$/, ".js"));
    const runner = path.relative(
      path.dirname(launcher),
      path.join(PROJECT_ROOT, "dist/shared/src/service/bundle-runner.js"),
    );
    rmSync(`${launcher}.map`, { force: true });
    writeFileSync(
      launcher,
      [
        `// Generated by scripts/bundle.ts: runs ${path.basename(bundleOf(entry))}, every module of ${entry} in one file.`,
        `import { runBundle } from "./${runner.split(path.sep).join("/")}";`,
        `runBundle(new URL("./${path.basename(bundleOf(entry))}", import.meta.url));`,
        "",
      ].join("\n"),
    );
    // The build's code cache (bundle-runner.ts): the bundle's modules evaluated once, in development
    // with the demo defaults so that no secret is needed here; the process stops before connecting. With the
    // services' V8 flags: V8 refuses a cache made with other flags.
    execFileSync(process.execPath, [...SERVICE_NODE_FLAGS, launcher, WRITE_BUILD_CODE_CACHE], {
      cwd: PROJECT_ROOT,
      env: serviceProcessEnv({ NODE_ENV: "development", LOG_LEVEL: "silent" }),
      stdio: "ignore",
    });
  }
}

if (import.meta.filename === process.argv[1]) await bundle();
