import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createDb } from "#shared/db/client.js";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { SERVICE_NODE_FLAGS } from "#shared/service/process-tuning.js";
import { BUNDLED_ENTRIES, bundleOf } from "../../scripts/bundle.js";
import { startProcessStack } from "../support/process-stack.js";
import { collectionInput } from "../support/collections.js";
import { testEnv } from "../support/env.js";
import { waitFor } from "../support/nats.js";

// Production runs `npm run build`'s bundles (scripts/bundle.ts) and every other test runs the sources: this
// one builds, starts the five bundled processes as `npm start` does in production, and uses them. A module
// that the bundle cannot hold (a file read beside its sources, an import() the code cache refuses) fails here.
const db = createDb(testEnv.DATABASE_URL);
const CODE_CACHE = path.join(PROJECT_ROOT, ".tmp", "v8-cache");
after(() => db.$disconnect());

const PAGE = `query Page($search: String!) {
  collections(first: 10, filter: { search: $search }) {
    nodes { notes collector { fullName } items { quantity product { name } } }
  }
}`;

interface Page {
  collections: {
    nodes: {
      notes: string;
      collector: { fullName: string };
      items: { quantity: string; product: { name: string } }[];
    }[];
  };
}

test("the built services, one bundle each run through a V8 code cache, serve a page across the four subgraphs", async () => {
  // CI's build step has just built these sources (BUILD_IS_FRESH); anywhere else, build them here.
  if (!testEnv.BUILD_IS_FRESH) execFileSync("sh", ["scripts/build.sh"], { cwd: PROJECT_ROOT, stdio: "ignore" });
  for (const entry of BUNDLED_ENTRIES) {
    assert.ok(existsSync(path.join(PROJECT_ROOT, bundleOf(entry))), entry);
    const bundle = path.join(PROJECT_ROOT, bundleOf(entry));
    const buildCache = new RegExp(`^${path.basename(bundle).replaceAll(".", "\\.")}\\.[0-9a-f]{32}\\.v8cache$`);
    assert.equal(
      readdirSync(path.dirname(bundle)).filter((file) => buildCache.test(file)).length,
      1,
      `${entry}: the build's code cache`,
    );
  }
  // Prisma's query compiler is read from the WebAssembly the build wrote, not compiled from node_modules'
  // 4.5 MB base64 module at the first query (scripts/bundle.ts); the page below makes the subgraphs query.
  assert.equal(
    WebAssembly.validate(readFileSync(path.join(PROJECT_ROOT, "dist/prisma/query_compiler_fast_bg.mysql.wasm"))),
    true,
  );
  for (const entry of BUNDLED_ENTRIES) {
    assert.equal(readFileSync(path.join(PROJECT_ROOT, bundleOf(entry)), "utf8").includes("wasm-base64"), false, entry);
    // Apollo's hashes go through node:crypto, not sha.js's JavaScript SHA-256 (scripts/bundle.ts).
    const { sources } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, `${bundleOf(entry)}.map`), "utf8")) as {
      sources: string[];
    };
    assert.deepEqual(
      sources.filter((source) => /node_modules\/(sha\.js|@apollo\/utils\.createhash)\//.test(source)),
      [],
      entry,
    );
  }
  rmSync(CODE_CACHE, { recursive: true, force: true });
  // The build wrote its code caches with the services' V8 flags: a service started as npm start and the
  // Docker image start it (scripts/services.ts, scripts/run.sh) takes them, where V8 would refuse a cache
  // made with other flags (its default young generation, say). compileBundle sets the runtime flags itself.
  const runner = path.join(PROJECT_ROOT, "dist", "shared", "src", "service", "bundle-runner.js");
  const cacheUse = (flags: readonly string[], entry: string) =>
    execFileSync(
      process.execPath,
      [
        ...flags,
        "--input-type=module",
        "-e",
        `const { compileBundle } = await import(${JSON.stringify(runner)});
         process.stdout.write(compileBundle(${JSON.stringify(path.join(PROJECT_ROOT, bundleOf(entry)))}).use);`,
      ],
      { encoding: "utf8" },
    );
  for (const entry of BUNDLED_ENTRIES) {
    assert.equal(cacheUse(SERVICE_NODE_FLAGS, entry), "build", entry);
  }
  assert.equal(cacheUse([], BUNDLED_ENTRIES[0]!), "rejected", "V8 refuses a cache made with other flags");

  const stack = await startProcessStack({ LANDING_PAGE: "graphiql" }, { compiled: true });
  try {
    const marker = `bundled-${randomUUID().slice(0, 8)}`;
    const { accessToken } = await stack.gateway.login("agent@demo.ct");
    const input = await collectionInput(db, { notes: marker });
    const created = await stack.gateway.request(
      `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`,
      { i: input },
      { token: accessToken },
    );
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
    const page = await stack.gateway.request<Page>(PAGE, { search: marker }, { token: accessToken });
    assert.equal(page.body.errors, undefined, JSON.stringify(page.body.errors));
    const products = await db.product.findMany({
      where: { code: { in: ["MAIZE", "ONION"] } },
      orderBy: { code: "asc" },
    });
    assert.deepEqual(page.body.data?.collections.nodes, [
      {
        notes: marker,
        collector: { fullName: "Mariam Traoré" },
        items: [
          { quantity: "12", product: { name: products[0]!.name } },
          { quantity: "20", product: { name: products[1]!.name } },
        ],
      },
    ]);
    // GraphiQL's files are found in node_modules from the gateway's bundle, as from its sources.
    const asset = await fetch(new URL("/graphiql-assets/graphiql.min.js", stack.gatewayUrl));
    assert.equal(asset.status, 200);
    await asset.arrayBuffer();

    // Each of the five writes its code cache once started, for the next start to read.
    const services = ["gateway-src-main", "subgraphs-auth-src-main", "subgraphs-admin-src-main"]
      .concat(["subgraphs-tradeflow-src-main", "subgraphs-model-src-main"])
      .sort();
    const cached = () =>
      existsSync(CODE_CACHE)
        ? readdirSync(CODE_CACHE)
            .filter((file) => file.endsWith(".v8cache"))
            .map((file) => file.replace(/-[0-9a-f]{32}-v[\d.]+\.v8cache$/, ""))
            .sort()
        : [];
    await waitFor(async () => cached().length === services.length, {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: "code caches",
    });
    assert.deepEqual(cached(), services);
  } finally {
    await stack.close();
  }
});
