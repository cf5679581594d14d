import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { RestError } from "./envelope.js";
import type { RunOperation } from "./execute.js";
import { route, type ReportDownload } from "./route.js";

interface Report {
  id: string;
  status: "QUEUED" | "RUNNING" | "READY" | "FAILED" | "EXPIRED";
  progress: number;
  rowCount: number | null;
  downloadUrl: string | null;
  error: string | null;
}

const DAY_MS = 86_400_000;
/** The admin dashboard's default period when it sends none: the last 30 days. */
const DEFAULT_DAYS = 30;
/** Between two looks at the job: short first (small exports take well under a second), then 1 s at most. */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 1_000;

/**
 * Follows a queued report until the worker finishes it, for at most `waitMs`. The deadline is checked
 * before each look, so a job still running when it passes is answered 503 (the job itself goes on; the
 * dashboard's user asks again).
 */
async function finished(operation: RunOperation, queued: Report, waitMs: number): Promise<Report> {
  const deadline = Date.now() + waitMs;
  let report = queued;
  let pause = FIRST_POLL_MS;
  while (report.status === "QUEUED" || report.status === "RUNNING") {
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new RestError(
        503,
        "L'export prend plus de temps que prévu : réessayez dans quelques instants",
        [
          {
            code: "SERVICE_UNAVAILABLE",
            report_id: report.id,
            status: report.status.toLowerCase(),
            progress: report.progress,
          },
        ],
        "SERVICE_UNAVAILABLE",
      );
    }
    await sleep(Math.min(pause, left));
    pause = Math.min(pause * 2, MAX_POLL_MS);
    report = (await operation<{ report: Report }>("RestReport", { id: report.id })).report;
  }
  if (report.status !== "READY" || !report.downloadUrl) {
    throw new RestError(
      503,
      "L'export n'a pas pu être produit : réessayez dans quelques instants",
      [
        {
          code: "SERVICE_UNAVAILABLE",
          report_id: report.id,
          status: report.status.toLowerCase(),
          message: report.error,
        },
      ],
      "SERVICE_UNAVAILABLE",
    );
  }
  return report;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export const exportRoutes = [
  route({
    method: "post",
    path: "/admin/export-csv",
    tag: "export",
    summary:
      "Validated collections of a period, one row per item, as an XLSX workbook with X-Total-Records " +
      "(mutation requestReport COLLECTION_ITEMS, then report(id) until READY, then the report file)",
    body: z
      .object({
        startDate: z.iso.date().optional(),
        endDate: z.iso.date().optional(),
        format: z.enum(["excel"], { error: 'format : "excel" seulement' }).default("excel"),
      })
      .refine((body) => !body.startDate || !body.endDate || body.startDate <= body.endDate, {
        message: "startDate doit précéder endDate",
        path: ["startDate"],
      }),
    message: "Export Excel produit",
    reply: "file",
    run: async (operation, { body, settings }): Promise<ReportDownload> => {
      const endDate = body.endDate ?? isoDay(Date.now());
      const startDate = body.startDate ?? isoDay(Date.parse(endDate) - DEFAULT_DAYS * DAY_MS);
      const { requestReport } = await operation<{ requestReport: Report }>("RestRequestReport", {
        input: {
          kind: "COLLECTION_ITEMS",
          format: "XLSX",
          filter: { from: `${startDate}T00:00:00.000Z`, to: `${endDate}T23:59:59.999Z` },
        },
      });
      const report = await finished(operation, requestReport, settings.exportWaitMs);
      return {
        downloadUrl: report.downloadUrl!,
        filename: `collectes_${startDate}_${endDate}.xlsx`,
        headers: { "X-Total-Records": String(report.rowCount ?? 0) },
      };
    },
  }),
];
