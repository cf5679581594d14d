import { randomUUID } from "node:crypto";
import { z } from "zod";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { domainError, unauthenticated } from "#shared/graphql/errors.js";
import { parseInput } from "#shared/graphql/input.js";
import { signedDownloadUrl } from "#shared/reports/files.js";
import type { Context } from "../../context.js";
import type { ReportRow } from "../../mappers.js";
import type { ReportKind } from "../../generated/resolvers-types.js";
import { collectionScope } from "../../domain/scope.js";
import { pendingFiguresRefusal } from "../../domain/abilities.js";
import { reportFilterSchema } from "./report-filter.js";
import { reportKind } from "./report-kinds.js";

/**
 * Report jobs: requested here (validated, scoped, queued through the outbox in the same transaction),
 * written by the worker (src/workers/report-worker.ts), downloaded from the gateway with a signed URL.
 * Every role may ask: the rows are the requester's row scope, an agent's own collections only.
 */

const requestSchema = z.object({
  kind: z.string(),
  format: z.enum(["CSV", "XLSX"]),
  language: z.enum(["FR", "EN"]).nullish(),
  filter: reportFilterSchema.nullish().transform((value) => value ?? { includePending: false }),
});

export interface ReportSettings {
  urlSecret: string;
  urlTtlSeconds: number;
}

export async function requestReport(context: Context, input: unknown): Promise<ReportRow> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  const request = parseInput(requestSchema, input);
  reportKind(request.kind as ReportKind);
  const refusal = request.filter.includePending ? pendingFiguresRefusal(viewer) : null;
  if (refusal) throw domainError(refusal.code, refusal.message, { field: "filter.includePending" });
  const id = randomUUID();
  const row = await context.db.$transaction(async (tx) => {
    const created = await tx.report.create({
      data: {
        id,
        requesterId: Number(viewer.userId),
        requesterRole: viewer.role,
        kind: request.kind,
        format: request.format,
        // The input's language, else the request's (Accept-Language), French by default.
        language: request.language?.toLowerCase() ?? context.language,
        filter: JSON.stringify(request.filter),
        // Frozen now: the file shows what the requester could see when they asked.
        scope: JSON.stringify(collectionScope(viewer)),
      },
    });
    await tx.tradeflowOutboxEvent.create({
      data: toOutboxRow(createEvent("tradeflow.reports", { reportId: id }, context.events.meta())),
    });
    return created;
  });
  context.events.flush();
  context.logger.info({ reportId: id, kind: request.kind, format: request.format }, "report requested");
  return row;
}

/** A report of the caller's own, or null: anybody else's is indistinguishable from a missing one. */
export async function ownReport(context: Context, id: string): Promise<ReportRow | null> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  return context.db.report.findFirst({ where: { id: String(id), requesterId: Number(viewer.userId) } });
}

export async function myReports(context: Context, first: number | null | undefined): Promise<ReportRow[]> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  const take = Math.min(Math.max(first ?? 20, 1), 100);
  return context.db.report.findMany({
    where: { requesterId: Number(viewer.userId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** A fresh download URL for the requester, while the file exists. */
export function downloadUrl(context: Context, report: ReportRow): string | null {
  if (report.status !== "READY" || !context.viewer) return null;
  return signedDownloadUrl(context.reports.urlSecret, report.id, context.viewer.userId, context.reports.urlTtlSeconds)
    .url;
}
