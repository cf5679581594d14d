import { createHmac } from "node:crypto";
import path from "node:path";
import { sameSecret } from "../auth/constant-time.js";

/**
 * Where report files live and how their download URLs are signed: tradeflow writes and signs, the
 * gateway verifies and serves (gateway/src/reports-download.ts). One home for both sides.
 */
export const REPORT_FORMATS = { CSV: "csv", XLSX: "xlsx" } as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const REPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isReportId(id: string): boolean {
  return REPORT_ID.test(id);
}

/**
 * The file of a report: `<REPORTS_DIR>/<uuid>.<csv|xlsx>`. The name is built from a checked UUID and a
 * closed set of extensions, never from caller text, so no path can leave the folder.
 */
export function reportFilePath(reportsDir: string, id: string, format: ReportFormat): string {
  if (!isReportId(id)) throw new Error(`not a report id: ${id}`);
  const dir = path.resolve(reportsDir);
  const file = path.resolve(dir, `${id}.${REPORT_FORMATS[format]}`);
  if (path.dirname(file) !== dir) throw new Error("report file outside REPORTS_DIR");
  return file;
}

/** A download is signed for one report, one user and one deadline (Unix seconds). */
export interface DownloadGrant {
  reportId: string;
  userId: string;
  expires: number;
}

function signature(secret: string, grant: DownloadGrant): string {
  return createHmac("sha256", secret)
    .update(`report-download\n${grant.reportId}\n${grant.userId}\n${grant.expires}`)
    .digest("base64url");
}

/** The gateway-relative URL the requester downloads from; valid `ttlSeconds`, for them only. */
export function signedDownloadUrl(
  secret: string,
  reportId: string,
  userId: string,
  ttlSeconds: number,
  now = Date.now(),
) {
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const signed = signature(secret, { reportId, userId, expires });
  return {
    url: `/reports/${reportId}/download?expires=${expires}&signature=${signed}`,
    expiresAt: new Date(expires * 1000),
  };
}

export type DownloadCheck = "ok" | "forged" | "expired";

/**
 * A signature made for another report or another user, or over another deadline, is `forged`; a
 * genuine one past its deadline is `expired`. The signature is checked first, so a caller cannot learn
 * anything by editing the deadline.
 */
export function checkDownload(
  secret: string,
  grant: DownloadGrant,
  presented: string,
  now = Date.now(),
): DownloadCheck {
  if (!Number.isSafeInteger(grant.expires) || !sameSecret(presented, signature(secret, grant))) return "forged";
  return grant.expires * 1000 < now ? "expired" : "ok";
}
