import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import mariadb from "mariadb";
import { connectionOptions } from "#shared/db/connection-options.js";
import { serviceProcessEnv } from "#shared/service/process-tuning.js";
import { GraphQLClient } from "../scripts/graphql-client.js";
import { startBareNatsServer } from "../scripts/nats/server.js";
import type { ToolingEnv } from "../scripts/env.js";
import { FLOOR_SUBJECT, FLOOR_TABLES } from "./approval-floor-tables.js";
import { cpuMs, databaseServerPid, startServingProcess, stopProcesses } from "./process-measures.js";
import { APPROVE } from "./writes.js";

/** Approvals measured, after WARM_UP that are not: as many as the bench's own approvals row makes. */
const APPROVALS = 2_000;
const WARM_UP = 300;

/**
 * The floor under the approvals (issue 12's 500 level-1 approvals a second): the same mutation, with the same
 * load (10 connections, 2,000 approvals, bench/writes.ts), through stock Apollo Gateway to a stock
 * @apollo/subgraph on tradeflow's real SDL that does only what an approval cannot do without
 * (bench/floor-process.ts, role `approvals`): one transaction through the mariadb driver that moves the collection
 * on, adds its history row and its event's outbox row, in copies of tradeflow's tables with their indexes; then
 * the event published to a bare nats-server, its ack awaited. No authentication, scope, workflow, Prisma,
 * signature, relay or consumer. Every process's CPU is read, the database server's, the nats-server's and the
 * load generator's (this process) with them: on a machine of two cores, 2,000 CPU ms a second shared by all
 * of them bounds the rate of any stack that does at least this work.
 */
export async function approvalFloorRows(options: {
  databaseUrl: string;
  /** The services' environment (production), for the floor's processes. */
  environment: Record<string, string | undefined>;
  toolingEnv: ToolingEnv;
}): Promise<string[]> {
  const { databaseUrl, environment, toolingEnv } = options;
  const pool = mariadb.createPool({ ...connectionOptions(databaseUrl), connectionLimit: 2 });
  const children: ChildProcess[] = [];
  const folder = mkdtempSync(path.join(os.tmpdir(), "ct-approval-floor-"));
  let nats: Awaited<ReturnType<typeof startBareNatsServer>> | undefined;
  let nc: NatsConnection | undefined;
  try {
    nats = await startBareNatsServer(toolingEnv);
    nc = await connect({ servers: nats.url });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: "FLOOR_EVENTS", subjects: [FLOOR_SUBJECT] });
    await dropTables(pool);
    // Copies with the real tables' columns and indexes (not their foreign keys), and the collections an
    // approval reaches: submitted, pending at level 1.
    await pool.query(`CREATE TABLE ${FLOOR_TABLES.collection} LIKE tradeflow_collection`);
    await pool.query(`CREATE TABLE ${FLOOR_TABLES.history} LIKE tradeflow_collection_validation`);
    await pool.query(`CREATE TABLE ${FLOOR_TABLES.outbox} LIKE tradeflow_outbox_event`);
    await pool.query(
      `INSERT INTO ${FLOOR_TABLES.collection} SELECT * FROM tradeflow_collection
       WHERE status = 'SUBMITTED' AND pending_level = 1 ORDER BY id LIMIT ${APPROVALS + WARM_UP}`,
    );
    const pending = (await pool.query(`SELECT id, version FROM ${FLOOR_TABLES.collection} ORDER BY id`)) as {
      id: string;
      version: number;
    }[];
    if (pending.length < APPROVALS + WARM_UP) throw new Error(`only ${pending.length} collections pending at level 1`);

    const start = (role: string, argument: string) => {
      const started = startServingProcess(serviceProcessEnv(environment), "dist/bench/floor-process.js", [
        role,
        argument,
      ]);
      children.push(started.child);
      return { pid: started.child.pid!, url: started.url };
    };
    const config = path.join(folder, "config.json");
    writeFileSync(config, JSON.stringify({ databaseUrl, natsUrl: nats.url }), { mode: 0o600 });
    const stub = start("approvals", config);
    const gateway = start("gateway", JSON.stringify({ tradeflow: await stub.url }));
    const url = await gateway.url;
    // One approval answered as ours answers it, before anything is timed.
    const first = pending.shift()!;
    const answer = await new GraphQLClient(url).request(APPROVE, { id: first.id, v: first.version });
    const approved = (answer.body.data as { approveCollection?: { id: string; status: string } } | undefined)
      ?.approveCollection;
    if (answer.body.errors || approved?.id !== first.id || approved.status !== "SUBMITTED")
      throw new Error(`the floor's approval failed: ${JSON.stringify(answer.body).slice(0, 400)}`);

    const run = (collections: { id: string; version: number }[]) => {
      let next = 0;
      return autocannon({
        url,
        connections: 10,
        amount: collections.length,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => {
              // Modulo: autocannon may build a request again after a reconnect.
              const collection = collections[next++ % collections.length]!;
              return {
                ...request,
                body: JSON.stringify({ query: APPROVE, variables: { id: collection.id, v: collection.version } }),
              };
            },
          },
        ],
      });
    };
    await run(pending.splice(0, WARM_UP - 1));

    const database = databaseServerPid();
    const measured: [string, number][] = [
      ["gateway", gateway.pid],
      ["tradeflow", stub.pid],
      ...(database ? ([["database server", database]] as [string, number][]) : []),
      ["nats-server", nats!.pid],
    ];
    const before = measured.map(([, pid]) => cpuMs(pid));
    const generatorBefore = process.cpuUsage();
    const started = Date.now();
    const result = await run(pending);
    const seconds = (Date.now() - started) / 1000;
    const generator = process.cpuUsage(generatorBefore);
    const spent = measured.map(([name, pid], index) => [name, cpuMs(pid) - before[index]!] as const);
    spent.push(["load generator", (generator.user + generator.system) / 1000]);

    const [counted] = (await pool.query(`SELECT COUNT(*) AS decided FROM ${FLOOR_TABLES.history}`)) as {
      decided: bigint;
    }[];
    const decided = Number(counted!.decided);
    const published = (await jsm.streams.info("FLOOR_EVENTS")).state.messages;
    // Counted as ours are, from what was written: a refused approval (CONFLICT is an HTTP 200) is no approval.
    const count = decided - WARM_UP;
    if (count <= 0) throw new Error(`no approval was written (${result.non2xx + result.errors} failed requests)`);
    const per = (ms: number) => ms / count;
    const total = spent.reduce((sum, [, ms]) => sum + per(ms), 0);
    const services = per(spent[0]![1]) + per(spent[1]![1]);
    return [
      `| (b) floor: stock Apollo Gateway and an @apollo/subgraph stub writing each approval in one transaction ` +
        `(mariadb driver: UPDATE, history and outbox INSERTs) and publishing its event (bare nats-server, ack awaited); ` +
        `no authentication, rules, Prisma, signature, relay or consumer | ${(count / seconds).toFixed(0)} approvals/s ` +
        `(${count} approvals written for ${pending.length} requests, ${result.non2xx + result.errors} failed; ` +
        `${published - WARM_UP} events published); **${services.toFixed(1)} CPU ms/approval** ` +
        `(gateway ${per(spent[0]![1]).toFixed(1)}, tradeflow ${per(spent[1]![1]).toFixed(1)}); with ` +
        spent
          .slice(2)
          .map(([name, ms]) => `${name} ${per(ms).toFixed(1)}`)
          .join(", ") +
        `: ${total.toFixed(1)} CPU ms/approval, at most ${Math.floor((os.cpus().length * 1_000) / total)} approvals/s on ${os.cpus().length} cores |`,
    ];
  } finally {
    await stopProcesses(children);
    await nc?.close();
    await dropTables(pool).catch(() => undefined);
    await pool.end();
    await nats?.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function dropTables(pool: mariadb.Pool): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS ${Object.values(FLOOR_TABLES).join(", ")}`);
}
