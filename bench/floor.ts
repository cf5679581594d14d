import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { SERVICE_NODE_FLAGS, serviceProcessEnv } from "#shared/service/process-tuning.js";
import { freePort } from "../scripts/ports.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
import {
  cpuCells,
  measureOneClientThenLoaded,
  memoryCells,
  rssMb,
  startServingProcess,
  stopProcesses,
} from "./process-measures.js";

/**
 * The floor under the page (issue 12: a target "physically out of reach on this machine" is shown, not
 * argued): the same page, through the same supergraph, with nothing of ours in the way. Stock Apollo Gateway
 * (no plugins, no authentication, no operation merging; each distinct representation sent once, as ours does,
 * so that the stubs are asked what our subgraphs are) and stock @apollo/subgraph servers on each subgraph's
 * real SDL (bench/floor-process.ts) answering the page's rows from memory: no SQL, no authorization, no
 * events; compiled JavaScript with NODE_ENV=production, as our services run. Tradeflow's stub holds the page's
 * collections with the keys of what they reference, admin's and model's hold those users, points, actors and
 * products, captured once through our gateway. What this costs is what the fixed shape (Apollo Gateway in
 * front of @apollo/subgraph processes) costs before any work.
 */
const FLOOR_SUBGRAPHS = ["tradeflow", "admin", "model"] as const;
const FLOOR_PROCESSES = ["gateway", ...FLOOR_SUBGRAPHS];

/** The page with the keys the stubs need, every row any request of the load asks for (first: 45–54). */
const CAPTURE = `query Capture($n: Int) { collections(first: $n) { nodes { id status collectedAt
  collector { id fullName } collectionPoint { id name } actor { id name } items { quantity product { id name } } } } }`;
const LARGEST_PAGE = 54;

export async function floorRows(options: {
  /** Our gateway, to capture the page's rows from, and the page query each gateway must answer alike. */
  gatewayUrl: string;
  token: string;
  page: string;
  environment: Record<string, string | undefined>;
  requests: (counter?: { next: number }) => autocannon.Request[];
  duration: number;
  /** Called once the floor has made its last request to our gateway (the bench then reads ours as idle). */
  doneWithOurGateway?: () => void;
}): Promise<string[]> {
  const { gatewayUrl, token, page, environment, requests, duration } = options;
  const ours = new GraphQLClient(gatewayUrl);
  const captured = await ours.request<{ collections: { nodes: unknown[] } }>(CAPTURE, { n: LARGEST_PAGE }, { token });
  if (captured.body.errors || !captured.body.data) throw new Error(`capture failed: ${JSON.stringify(captured.body)}`);
  const folder = mkdtempSync(path.join(os.tmpdir(), "ct-floor-"));
  const rowsFile = path.join(folder, "page.json");
  writeFileSync(rowsFile, JSON.stringify(captured.body.data.collections.nodes));
  const children = new Map<string, ChildProcess>();
  let subgraphUrls: Record<string, string> = {};
  const start = (name: string, argument: string) => {
    // Compiled, as our services run (the bench has just built them: bench/processes.ts), with the same
    // allocator settings (process-tuning.ts), so that their memory compares with our services'.
    const started = startServingProcess(serviceProcessEnv(environment), "dist/bench/floor-process.js", [
      name,
      argument,
    ]);
    children.set(name, started.child);
    return started.url;
  };
  try {
    subgraphUrls = Object.fromEntries(
      await Promise.all(FLOOR_SUBGRAPHS.map(async (name) => [name, await start(name, rowsFile)])),
    );
    const floorUrl = await start("gateway", JSON.stringify(subgraphUrls));
    const pids = () => Object.fromEntries(FLOOR_PROCESSES.map((name) => [name, children.get(name)?.pid ?? 0]));
    const theirs = await new GraphQLClient(floorUrl).request(page, { n: 50 });
    const reference = await ours.request(page, { n: 50 }, { token });
    options.doneWithOurGateway?.();
    if (JSON.stringify(theirs.body) !== JSON.stringify(reference.body))
      throw new Error(
        `the floor's gateway and ours disagree on the page: ${JSON.stringify(theirs.body).slice(0, 600)} against ${JSON.stringify(reference.body).slice(0, 600)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idle = memoryCells(Object.fromEntries(FLOOR_PROCESSES.map((name) => [name, rssMb(pids()[name]!)])));
    await autocannon({ url: floorUrl, requests: requests(), connections: 10, duration: 3 });
    const topology = { pids };
    const { single, loaded } = await measureOneClientThenLoaded(
      topology,
      floorUrl,
      FLOOR_PROCESSES,
      requests,
      duration,
    );
    const what =
      "stock Apollo Gateway (distinct representations) and @apollo/subgraph stubs on the real SDL, the same page from memory";
    // Our gateway in front of the same stubs: what the page costs with our gateway (its token check, signing and
    // merging of a plan step's fetches) when the subgraphs do no work at all. Its failure is a row of its own: the
    // stock floor's rows are kept.
    const oursOnStubsRows = await (async () => {
      await stopProcesses([children.get("gateway")!]);
      const oursOnStubs = await startOurGateway(environment, subgraphUrls);
      children.set("gateway", oursOnStubs.child);
      const answered = await new GraphQLClient(oursOnStubs.url).request(page, { n: 50 }, { token });
      if (JSON.stringify(answered.body) !== JSON.stringify(reference.body))
        throw new Error(
          `our gateway on the stubs answers the page otherwise: ${JSON.stringify(answered.body).slice(0, 600)}`,
        );
      await autocannon({ url: oursOnStubs.url, requests: requests(), connections: 10, duration: 3 });
      const { single: oursSingle, loaded: oursLoaded } = await measureOneClientThenLoaded(
        topology,
        oursOnStubs.url,
        FLOOR_PROCESSES,
        requests,
        duration,
      );
      return [
        `| (a) floor: our gateway in front of the same stubs, one client | p50 ${oursSingle.p50} ms, p99 ${oursSingle.p99} ms; ${cpuCells(oursSingle)} |`,
        `| (a) floor: our gateway in front of the same stubs, 20 connections | ${oursLoaded.rps.toFixed(0)} req/s, p50 ${oursLoaded.p50} ms, p99 ${oursLoaded.p99} ms; ${cpuCells(oursLoaded)} |`,
      ];
    })().catch((error: unknown) => [
      `| (a) floor: our gateway in front of the same stubs | not measured: ${(error as Error).message.slice(0, 300)} |`,
    ]);
    return [
      `| (a) floor: ${what}, one client | p50 ${single.p50} ms, p99 ${single.p99} ms; ${cpuCells(single)} |`,
      `| (a) floor: the same, 20 connections | ${loaded.rps.toFixed(0)} req/s, p50 ${loaded.p50} ms, p99 ${loaded.p99} ms; ${cpuCells(loaded)} |`,
      ...oursOnStubsRows,
      `| (a) floor: resident memory 5 s after start (stubs: no collection after the start, unlike our services) | ${idle} |`,
    ];
  } finally {
    await stopProcesses([...children.values()]);
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Our gateway's bundle (as `npm start` runs it in production, built by the bench) in front of the floor's stubs:
 * its own port, the stubs' URLs, any document allowed as in the bench's topology. Ready once it answers.
 */
async function startOurGateway(
  environment: Record<string, string | undefined>,
  subgraphUrls: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, "dist/gateway/src/main.js"], {
    cwd: PROJECT_ROOT,
    env: serviceProcessEnv({
      ...environment,
      NODE_ENV: "production",
      PERSISTED_DOCUMENTS: "allow",
      APOLLO_TELEMETRY_DISABLED: "true",
      GATEWAY_HOST: "127.0.0.1",
      GATEWAY_PORT: String(port),
      // Only the subgraphs the page reaches have a stub; auth's URL answers nothing.
      AUTH_SUBGRAPH_URL: "http://127.0.0.1:9/graphql",
      TRADEFLOW_SUBGRAPH_URL: subgraphUrls.tradeflow,
      ADMIN_SUBGRAPH_URL: subgraphUrls.admin,
      MODEL_SUBGRAPH_URL: subgraphUrls.model,
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`our gateway on the stubs exited (${child.exitCode ?? child.signalCode})`);
    const live = await fetch(new URL("/health/live", url), { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (live) return { child, url };
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error("our gateway on the stubs was not live within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
