import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { Express, Request, Response } from "express";
import type { TokenKeys } from "#shared/auth/keys.js";
import { errorBody } from "#shared/http/error-handling.js";
import type { Logger } from "#shared/logger.js";
import {
  checkDownload,
  isReportId,
  REPORT_CONTENT_TYPES,
  REPORT_FORMATS,
  reportFilePath,
  type ReportFormat,
} from "#shared/reports/files.js";
import type { GatewayEnv } from "./env.js";
import type { RevocationList } from "./revocations.js";
import { authenticate, authenticationOf } from "./authentication.js";
import { assignTraceId, corsPolicy } from "./http/edge.js";

interface DownloadDependencies {
  keys: TokenKeys;
  revocations: RevocationList;
  logger: Logger;
}

const DOWNLOAD_PATH = "/reports/:id/download";

/**
 * GET /reports/:id/download?expires=…&signature=… — a report file written by tradeflow's worker.
 * The URL (from `report(id) { downloadUrl }`) is signed for one report, one user and a few minutes, and
 * the caller must also present that user's access token (the web dashboard fetches with it, hence
 * CORS): a URL passed to someone else, or edited, is refused (403), a stale one is gone (410). Errors
 * are JSON, shaped like the GraphQL ones.
 */
export function mountReportDownloads(app: Express, env: GatewayEnv, deps: DownloadDependencies): void {
  const cors = corsPolicy(env);
  app.options(DOWNLOAD_PATH, cors);
  app.get(DOWNLOAD_PATH, cors, assignTraceId, authenticate(env, deps.keys, deps.revocations, deps.logger), serve);

  async function serve(req: Request, res: Response) {
    const traceId: string = res.locals.traceId;
    res.setHeader("Cache-Control", "no-store");
    const log = deps.logger.child({ traceId, route: "report-download" });
    const refuse = (status: number, code: string, message: string) =>
      res.status(status).json(errorBody(message, code, traceId));

    const { viewer, refusal } = authenticationOf(res);
    if (refusal || !viewer) {
      refuse(401, "UNAUTHENTICATED", refusal?.message ?? "Send your access token: Authorization: Bearer <token>");
      return;
    }
    const userId = viewer.userId;
    const reportId = String(req.params.id);
    const signature = typeof req.query.signature === "string" ? req.query.signature : "";
    const grant = { reportId, userId, expires: Number(req.query.expires), signature };
    const found = await openReportDownload(env, grant);
    if (!found.ok) {
      if (found.code === "FORBIDDEN") {
        log.info({ userId, reportId: reportId.slice(0, 36) }, "report download refused: not signed for this caller");
      }
      refuse(found.status, found.code, found.message);
      return;
    }
    await streamReportFile(res, found.file, { reportId, userId, log });
  }
}

/** A signed download link's parts (`/reports/<id>/download?expires=…&signature=…`) and who presents it. */
export interface DownloadRequest {
  reportId: string;
  userId: string;
  expires: number;
  signature: string;
}

export type OpenedDownload =
  { ok: true; file: ReportFile } | { ok: false; status: 403 | 410; code: "FORBIDDEN" | "GONE"; message: string };

/** The parts of a `downloadUrl` as `report(id)` gives it, for the caller who presents it. */
export function downloadRequestOf(downloadUrl: string, userId: string): DownloadRequest {
  const url = new URL(downloadUrl, "http://gateway.invalid");
  const reportId = /^\/reports\/([^/]+)\/download$/.exec(url.pathname)?.[1] ?? "";
  return {
    reportId,
    userId,
    expires: Number(url.searchParams.get("expires")),
    signature: url.searchParams.get("signature") ?? "",
  };
}

/**
 * Checks a signed download (one report, one user, a deadline) and finds its file: the one check that
 * GET /reports/:id/download and the REST facade's export (POST /admin/export-csv) both go through.
 */
export async function openReportDownload(
  env: Pick<GatewayEnv, "REPORTS_DIR" | "REPORTS_URL_SECRET">,
  request: DownloadRequest,
): Promise<OpenedDownload> {
  const { reportId, userId, expires, signature } = request;
  const check = isReportId(reportId)
    ? checkDownload(env.REPORTS_URL_SECRET, { reportId, userId, expires }, signature)
    : "forged";
  if (check === "forged") {
    return {
      ok: false,
      status: 403,
      code: "FORBIDDEN",
      message: "This download link is not valid for you; ask `report(id) { downloadUrl }` for yours",
    };
  }
  if (check === "expired") {
    return {
      ok: false,
      status: 410,
      code: "GONE",
      message: "This download link has expired; ask `report(id) { downloadUrl }` for a fresh one",
    };
  }
  const file = await findFile(env.REPORTS_DIR, reportId);
  if (!file) {
    return {
      ok: false,
      status: 410,
      code: "GONE",
      message: "The report file has expired and was removed; request the report again",
    };
  }
  return { ok: true, file };
}

export interface ReportFile {
  file: string;
  format: ReportFormat;
  size: number;
}

/**
 * Streams a report file that openReportDownload found: its type, length and attachment name, then the
 * bytes. `filename` and `headers` let the REST export name the file as the admin dashboard expects.
 */
export async function streamReportFile(
  res: Response,
  found: ReportFile,
  options: { reportId: string; userId: string; log: Logger; filename?: string; headers?: Record<string, string> },
): Promise<void> {
  const { reportId, userId, log } = options;
  const filename = options.filename ?? `report-${reportId}.${REPORT_FORMATS[found.format]}`;
  res.status(200);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", REPORT_CONTENT_TYPES[found.format]);
  res.setHeader("Content-Length", String(found.size));
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.setHeader("Access-Control-Expose-Headers", "x-request-id, content-disposition");
  for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
  try {
    await pipeline(createReadStream(found.file), res);
    log.info({ userId, reportId, bytes: found.size }, "report downloaded");
  } catch (error) {
    log.warn({ err: error, reportId }, "report download interrupted");
  }
}

async function findFile(reportsDir: string, reportId: string): Promise<ReportFile | null> {
  for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
    const file = reportFilePath(reportsDir, reportId, format);
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, format, size: info.size };
  }
  return null;
}
