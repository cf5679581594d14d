import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from "@nats-io/jetstream";
import type { PrismaClient } from "#shared/db/client.js";
import { createEvent, decodeEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { isNotFound, namespacedSubject, streamName, STREAMS } from "#shared/events/streams.js";
import type { Logger } from "#shared/logger.js";
import { REPORT_FORMATS, reportFilePath, type ReportFormat } from "#shared/reports/files.js";
import type { CollectionScope } from "../domain/scope.js";
import type { ReportKind } from "../generated/resolvers-types.js";
import type { ReportRow } from "../mappers.js";
import { ReportLabels, type Language } from "../modules/reports/labels.js";
import { reportKind } from "../modules/reports/report-kinds.js";
import type { ReportFilter } from "../modules/reports/report-filter.js";
import { openWriter } from "../modules/reports/writers.js";

/**
 * The report worker: takes jobs from the REPORT_JOBS work queue through one durable pull consumer that
 * every tradeflow process shares (each job goes to one of them), one job at a time per process, and
 * streams its rows from the database to a file page by page.
 *
 * While a job runs the worker tells JetStream it is still working; if it dies (or its connection
 * does), the job is redelivered after REPORTS_ACK_WAIT_SECONDS to another worker, which starts the file
 * again. A job that fails is retried once; the database row, not the delivery count, says which
 * attempt this is, and a worker writes the outcome only while it still holds the latest attempt.
 *
 * Job messages are signed envelopes (they come from tradeflow's outbox); one that is not is dropped,
 * since the job it names, if any, stays queued in the database.
 */
export const REPORT_WORKER_DURABLE = "tradeflow-report-worker";
/** The first run and one retry. */
export const REPORT_ATTEMPTS = 2;
/**
 * Rows per page: small, so that fewer rows are alive (and promoted to the old generation) at each of the
 * young generation's collections while a page is written. The peak still varies from run to run with
 * when V8 collects the old generation (bench/README.md, finding 16).
 */
const DEFAULT_PAGE_SIZE = 100;
/** Progress is recorded after the first page, then at most this often (one UPDATE per page would be thousands). */
const PROGRESS_INTERVAL_MS = 1_000;
const PARTIAL_FILE = /\.part-\d+$/;

export interface ReportWorkerOptions {
  db: PrismaClient;
  /** The database Prisma uses, for the reads a job streams on a connection of its own. */
  databaseUrl: string;
  nats: NatsHandle;
  logger: Logger;
  reportsDir: string;
  retentionHours: number;
  ackWaitMs: number;
  pageSize?: number;
  /** Wakes the outbox relay once the ready event is committed (it would find it on its next poll anyway). */
  notifyRelay?: () => void;
  /** Called after each page is written: progress hooks, and tests that stop a worker mid-job. */
  afterPage?: (reportId: string, rowsWritten: number) => Promise<void>;
}

export interface RunningReportWorker {
  stop(): Promise<void>;
  /** Removes expired files (READY → EXPIRED) and partial files left by workers that died. */
  removeExpiredFiles(): Promise<number>;
}

class JobInterrupted extends Error {}

export async function startReportWorker(options: ReportWorkerOptions): Promise<RunningReportWorker> {
  const { db, nats } = options;
  const log = options.logger.child({ component: "report-worker" });
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  await mkdir(options.reportsDir, { recursive: true });
  const stream = streamName("reportJobs", nats.namespace);
  const config = {
    durable_name: REPORT_WORKER_DURABLE,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: namespacedSubject(STREAMS.reportJobs.subjects[0], nats.namespace),
    // One more than the attempts: the extra delivery records the job as failed (see claim()).
    max_deliver: REPORT_ATTEMPTS + 1,
    ack_wait: options.ackWaitMs * 1_000_000,
  };
  try {
    await nats.jsm.consumers.info(stream, REPORT_WORKER_DURABLE);
    await nats.jsm.consumers.update(stream, REPORT_WORKER_DURABLE, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await nats.jsm.consumers.add(stream, config);
  }
  const consumer = await nats.js.consumers.get(stream, REPORT_WORKER_DURABLE);

  let stopping = false;
  let batch: ConsumerMessages | undefined;
  const loop = (async () => {
    while (!stopping && !nats.nc.isClosed()) {
      try {
        // One message at a time: a job waiting in this process's buffer would be one no other process can take.
        batch = await consumer.fetch({ max_messages: 1, expires: 5_000 });
        for await (const message of batch) await handle(message);
      } catch (error) {
        if (stopping || nats.nc.isClosed()) break;
        log.warn({ err: error }, "report queue interrupted; resuming");
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  })();

  async function handle(message: JsMsg): Promise<void> {
    let reportId: string;
    try {
      const event = decodeEvent(message.data, nats.verifier);
      if (event.type !== "tradeflow.reports") throw new Error(`unexpected ${event.type} on the report queue`);
      reportId = (event.payload as { reportId: string }).reportId;
    } catch (error) {
      log.error({ err: error }, "report job message refused");
      message.term();
      return;
    }
    const jobLog = log.child({ reportId, delivery: message.info.deliveryCount });
    const heartbeat = setInterval(
      () => {
        try {
          message.working();
        } catch {
          // The connection is gone: the job will be redelivered elsewhere.
        }
      },
      Math.max(500, Math.floor(options.ackWaitMs / 3)),
    );
    heartbeat.unref();
    try {
      const outcome = await runJob(reportId, jobLog);
      if (outcome === "retry") message.nak(1_000);
      else message.ack();
    } catch (error) {
      if (!(error instanceof JobInterrupted)) throw error;
      // Shutting down: hand the job over at once rather than after the acknowledgement deadline.
      message.nak();
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Takes the next attempt of a job, or returns why not. */
  async function claim(reportId: string, jobLog: Logger): Promise<ReportRow | null> {
    const taken = await db.report.updateMany({
      where: { id: reportId, status: { in: ["QUEUED", "RUNNING"] }, attempts: { lt: REPORT_ATTEMPTS } },
      data: { status: "RUNNING", attempts: { increment: 1 }, progress: 0, startedAt: new Date() },
    });
    const report = await db.report.findUnique({ where: { id: reportId } });
    if (!report) {
      jobLog.warn("report job for an unknown report; dropped");
      return null;
    }
    if (taken.count === 1) return report;
    if (report.status === "QUEUED" || report.status === "RUNNING") {
      // Every attempt was taken by a worker that died before finishing.
      await db.report.updateMany({
        where: { id: reportId, attempts: report.attempts },
        data: { status: "FAILED", error: "the report worker stopped during every attempt", finishedAt: new Date() },
      });
      jobLog.error("report failed: every attempt was interrupted");
    }
    return null;
  }

  async function runJob(reportId: string, jobLog: Logger): Promise<"done" | "retry"> {
    const report = await claim(reportId, jobLog);
    if (!report) return "done";
    const attempt = report.attempts;
    const held = { id: report.id, attempts: attempt };
    const format = report.format as ReportFormat;
    const file = reportFilePath(options.reportsDir, report.id, format);
    const partial = `${file}.part-${attempt}`;
    const started = Date.now();
    try {
      const kind = reportKind(report.kind as ReportKind);
      const language = report.language as Language;
      const filter = JSON.parse(report.filter) as ReportFilter;
      const labels = new ReportLabels(nats, language);
      const source = kind.source({
        db,
        databaseUrl: options.databaseUrl,
        nats,
        logger: jobLog,
        filter,
        scope: JSON.parse(report.scope) as CollectionScope,
        labels,
        pageSize,
      });
      const total = await source.count();
      const writer = openWriter(format, partial, source.columns, language);
      let written = 0;
      let progressAt = 0;
      for await (const page of source.pages()) {
        for (const row of page) await writer.write(row);
        written += page.length;
        if (Date.now() - progressAt >= PROGRESS_INTERVAL_MS) {
          progressAt = Date.now();
          await db.report.updateMany({
            where: held,
            data: { progress: total ? Math.min(99, Math.floor((written * 100) / total)) : 0 },
          });
        }
        await options.afterPage?.(report.id, written);
        if (stopping) throw new JobInterrupted();
      }
      const generatedAt = new Date();
      await writer.finish(aboutSheet(report, kind[language], filter, written, generatedAt));
      const { size } = await stat(partial);
      const expiresAt = new Date(generatedAt.getTime() + options.retentionHours * 3_600_000);
      await rename(partial, file);
      const committed = await db.$transaction(async (tx) => {
        const done = await tx.report.updateMany({
          where: held,
          data: {
            status: "READY",
            progress: 100,
            rowCount: written,
            sizeBytes: size,
            expiresAt,
            finishedAt: generatedAt,
            error: null,
          },
        });
        if (done.count === 0) return false;
        await tx.tradeflowOutboxEvent.create({
          data: toOutboxRow(
            createEvent("tradeflow.report.ready", {
              reportId: report.id,
              requesterId: String(report.requesterId),
              kind: report.kind,
              format,
              rowCount: written,
              sizeBytes: size,
              expiresAt: expiresAt.toISOString(),
            }),
          ),
        });
        return true;
      });
      if (!committed) {
        jobLog.warn("another worker took this report over; its outcome stands");
        return "done";
      }
      options.notifyRelay?.();
      jobLog.info({ rows: written, sizeBytes: size, ms: Date.now() - started, attempt }, "report ready");
      return "done";
    } catch (error) {
      await rm(partial, { force: true });
      if (error instanceof JobInterrupted) {
        // Not the job's fault: give the attempt back.
        await db.report.updateMany({ where: held, data: { status: "QUEUED", attempts: attempt - 1, progress: 0 } });
        throw error;
      }
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = attempt >= REPORT_ATTEMPTS;
      await db.report.updateMany({
        where: held,
        data: last ? { status: "FAILED", error: reason, finishedAt: new Date() } : { status: "QUEUED", error: reason },
      });
      jobLog[last ? "error" : "warn"](
        { err: error, attempt },
        last ? "report failed" : "report attempt failed; retrying",
      );
      return last ? "done" : "retry";
    }
  }

  async function removeExpiredFiles(): Promise<number> {
    const expired = await db.report.findMany({
      where: { status: "READY", expiresAt: { lt: new Date() } },
      select: { id: true, format: true },
      take: 1_000,
    });
    for (const report of expired) {
      await rm(reportFilePath(options.reportsDir, report.id, report.format as ReportFormat), { force: true });
      await db.report.updateMany({ where: { id: report.id, status: "READY" }, data: { status: "EXPIRED" } });
    }
    // Files of attempts that died mid-way; a day is far longer than any job.
    const dayAgo = Date.now() - 86_400_000;
    for (const name of await readdir(options.reportsDir)) {
      if (!PARTIAL_FILE.test(name)) continue;
      const partial = path.join(options.reportsDir, name);
      const info = await stat(partial).catch(() => null);
      if (info && info.mtimeMs < dayAgo) await rm(partial, { force: true });
    }
    if (expired.length) log.info({ removed: expired.length }, "expired report files removed");
    return expired.length;
  }

  const sweep = () =>
    removeExpiredFiles().catch((error: unknown) => log.warn({ err: error }, "report housekeeping failed; will retry"));
  // Every ten minutes, and once a minute after start (files may have expired while no process ran).
  const sweeper = setInterval(sweep, 10 * 60_000);
  const firstSweep = setTimeout(sweep, 60_000);
  sweeper.unref();
  firstSweep.unref();

  return {
    removeExpiredFiles,
    async stop() {
      stopping = true;
      clearInterval(sweeper);
      clearTimeout(firstSweep);
      await batch?.close().catch(() => undefined);
      await loop;
    },
  };
}

const FILTER_LABELS: Record<string, [fr: string, en: string]> = {
  from: ["Collectées à partir du", "Collected from"],
  to: ["Collectées jusqu'au", "Collected until"],
  collectionPointIds: ["Points de collecte (id)", "Collection points (ids)"],
  corridorIds: ["Corridors (id)", "Corridors (ids)"],
  originCountryIds: ["Pays d'origine (id)", "Origin countries (ids)"],
  destinationCountryIds: ["Pays de destination (id)", "Destination countries (ids)"],
  directions: ["Sens du flux", "Directions"],
  productIds: ["Produits (id)", "Products (ids)"],
  collectionTypes: ["Types de collecte", "Collection types"],
  teamIds: ["Équipes (id)", "Teams (ids)"],
  regionIds: ["Régions (id)", "Regions (ids)"],
  includePending: ["Y compris en attente de validation", "Including pending validation"],
};

/** The second sheet: what the file is, for whom, when, and with which filter. */
function aboutSheet(
  report: ReportRow,
  title: string,
  filter: ReportFilter,
  rows: number,
  generatedAt: Date,
): [string, string | number][] {
  const fr = report.language === "fr";
  const say = (labels: [string, string]) => (fr ? labels[0] : labels[1]);
  const lines: [string, string | number][] = [
    [say(["Rapport", "Report"]), title],
    [say(["Généré le (UTC)", "Generated at (UTC)"]), generatedAt.toISOString()],
    [say(["Demandé par (rôle)", "Requested by (role)"]), report.requesterRole],
    [say(["Lignes", "Rows"]), rows],
    [say(["Format", "Format"]), REPORT_FORMATS[report.format as ReportFormat].toUpperCase()],
  ];
  for (const [key, value] of Object.entries(filter)) {
    const label = FILTER_LABELS[key];
    if (!label || value === false) continue;
    lines.push([say(label), Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  return lines;
}
