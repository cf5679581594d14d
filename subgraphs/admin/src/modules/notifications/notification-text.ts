import type { AdminNotification } from "#shared/db/client.js";
import type { Bilingual } from "#shared/i18n/language.js";
import { localizeMessage } from "#shared/i18n/messages.js";

/** What a notification's text needs, stored with it (`params`) so the text is rendered per reader's language. */
export interface NotificationParams {
  publicId?: string | null;
  level?: number | null;
  reason?: string | null;
  report?: string | null;
  format?: string | null;
  rows?: number | null;
  consumer?: string | null;
}

const collection = (params: NotificationParams) => params.publicId ?? "—";

/** The English text (the code's language; French comes from shared/src/i18n/messages.ts). */
function englishText(row: Pick<AdminNotification, "kind" | "count">, params: NotificationParams): string {
  switch (row.kind) {
    case "VALIDATION_QUEUE":
      return row.count === 1
        ? `Collection ${collection(params)} waits for your decision`
        : `${row.count} collections wait for your decision`;
    case "COLLECTION_RETURNED":
      return `Your collection ${collection(params)} was returned for correction`;
    case "COLLECTION_REJECTED":
      return `Your collection ${collection(params)} was rejected: ${params.reason ?? ""}`;
    case "COLLECTION_VALIDATED":
      return `Your collection ${collection(params)} was validated`;
    case "REPORT_READY":
      return `Your report ${params.report ?? ""} (${params.format ?? ""}, ${params.rows ?? 0} rows) is ready`;
    case "EVENTS_DEAD_LETTERED":
      return row.count === 1
        ? `An event could not be processed (${params.consumer ?? ""})`
        : `${row.count} events could not be processed (${params.consumer ?? ""})`;
    default:
      return row.kind;
  }
}

export function notificationText(row: Pick<AdminNotification, "kind" | "count" | "params">): Bilingual {
  const english = englishText(row, JSON.parse(row.params) as NotificationParams);
  return { en: english, fr: localizeMessage(english, "fr") };
}
