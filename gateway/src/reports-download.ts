import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { Express, Request, Response } from "express";
import cors from "cors";
import { InvalidTokenError, verifyAccessToken } from "#shared/auth/tokens.js";
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

interface DownloadDependencies {
  env: Pick<GatewayEnv, "REPORTS_DIR" | "REPORTS_URL_SECRET" | "JWT_ISSUER" | "JWT_AUDIENCE">;
  keys: TokenKeys;
  revocations: RevocationList;
  logger: Logger;
  traceIdFrom(req: Request): string;
  /** The gateway's CORS policy: the web dashboard downloads with fetch() and its access token. */
  corsOptions: cors.CorsOptions;
}

/**
 * GET /reports/:id/download?expires=…&signature=… — a report file written by tradeflow's worker.
 * The URL (from `report(id) { downloadUrl }`) is signed for one report, one user and a few minutes, and
 * the caller must also present that user's access token: a URL passed to someone else, or edited, is
 * refused (403), a stale one is gone (410). Errors are JSON, shaped like the GraphQL ones.
 */
export function mountReportDownloads(app: Express, deps: DownloadDependencies): void {
  const { env, keys, revocations } = deps;
  const allowOrigins = cors({ ...deps.corsOptions, exposedHeaders: ["x-request-id", "content-disposition"] });
  app.options("/reports/:id/download", allowOrigins);
  app.get("/reports/:id/download", allowOrigins, async (req: Request, res: Response) => {
    const traceId = deps.traceIdFrom(req);
    res.setHeader("x-request-id", traceId);
    res.setHeader("Cache-Control", "no-store");
    const log = deps.logger.child({ traceId, route: "report-download" });
    const refuse = (status: number, code: string, message: string) =>
      res.status(status).json(errorBody(message, code, traceId));

    const [scheme, token] = (req.get("authorization") ?? "").split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !token) {
      refuse(401, "UNAUTHENTICATED", "Send your access token: Authorization: Bearer <access token>");
      return;
    }
    let userId: string;
    try {
      const verified = await verifyAccessToken(token, keys, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
      if (revocations.isRevoked(verified)) throw new InvalidTokenError("session ended");
      userId = verified.userId;
    } catch (error) {
      const reason = error instanceof InvalidTokenError ? error.reason : "unreadable";
      refuse(401, "UNAUTHENTICATED", reason === "expired" ? "Access token expired" : "Invalid access token");
      return;
    }

    const reportId = String(req.params.id);
    const expires = Number(req.query.expires);
    const signature = typeof req.query.signature === "string" ? req.query.signature : "";
    const check = isReportId(reportId)
      ? checkDownload(env.REPORTS_URL_SECRET, { reportId, userId, expires }, signature)
      : "forged";
    if (check === "forged") {
      log.info({ userId, reportId: reportId.slice(0, 36) }, "report download refused: not signed for this caller");
      refuse(403, "FORBIDDEN", "This download link is not valid for you; ask `report(id) { downloadUrl }` for yours");
      return;
    }
    if (check === "expired") {
      refuse(410, "GONE", "This download link has expired; ask `report(id) { downloadUrl }` for a fresh one");
      return;
    }

    const found = await findFile(env.REPORTS_DIR, reportId);
    if (!found) {
      refuse(410, "GONE", "The report file has expired and was removed; request the report again");
      return;
    }
    res.status(200);
    res.setHeader("Content-Type", REPORT_CONTENT_TYPES[found.format]);
    res.setHeader("Content-Length", String(found.size));
    res.setHeader("Content-Disposition", `attachment; filename="report-${reportId}.${REPORT_FORMATS[found.format]}"`);
    try {
      await pipeline(createReadStream(found.file), res);
      log.info({ userId, reportId, bytes: found.size }, "report downloaded");
    } catch (error) {
      log.warn({ err: error, reportId }, "report download interrupted");
    }
  });
}

async function findFile(reportsDir: string, reportId: string) {
  for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
    const file = reportFilePath(reportsDir, reportId, format);
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, format, size: info.size };
  }
  return null;
}
