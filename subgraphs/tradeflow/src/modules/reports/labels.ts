import type { NatsHandle } from "#shared/events/nats.js";
import type { Label } from "#shared/reports/labels.js";
import { ENUM_LABELS } from "#shared/i18n/enum-labels.js";
import { adminLabels, modelLabels } from "../../clients/trade-support.js";

export type LabelKind = "countries" | "cities" | "collectionPoints" | "corridors" | "referenceCodes" | "products";
const ADMIN_KINDS = ["countries", "cities", "collectionPoints", "corridors", "referenceCodes"] as const;

export type Language = "fr" | "en";

/**
 * Labels of the records a report refers to, asked of their owners (admin, model) over NATS in one
 * batch per page of rows and kept for the job: its size follows the reference tables, not the rows.
 */
export class ReportLabels {
  private readonly known = new Map<LabelKind, Map<number, Label>>();

  constructor(
    private readonly nats: NatsHandle,
    readonly language: Language,
  ) {}

  /** Fetches the labels of these ids that are not known yet. */
  async load(wanted: Partial<Record<LabelKind, (number | null)[]>>): Promise<void> {
    const missing = (kind: LabelKind) => {
      const map = this.known.get(kind);
      return [...new Set((wanted[kind] ?? []).filter((id): id is number => id !== null && !map?.has(id)))];
    };
    const adminRequest = Object.fromEntries(ADMIN_KINDS.map((kind) => [kind, missing(kind)]));
    const products = missing("products");
    const [admin, model] = await Promise.all([
      Object.values(adminRequest).some((ids) => ids.length) ? adminLabels(this.nats, adminRequest) : null,
      products.length ? modelLabels(this.nats, { products }) : null,
    ]);
    for (const [kind, labels] of [...Object.entries(admin ?? {}), ...Object.entries(model ?? {})]) {
      const map = this.known.get(kind as LabelKind) ?? new Map<number, Label>();
      for (const label of labels) map.set(label.id, label);
      this.known.set(kind as LabelKind, map);
    }
  }

  get(kind: LabelKind, id: number | null): Label | null {
    return id === null ? null : (this.known.get(kind)?.get(id) ?? null);
  }

  /** A record's name in the report's language; a record its owner no longer knows shows as `#id`. */
  name(kind: LabelKind, id: number | null): string | null {
    if (id === null) return null;
    const label = this.get(kind, id);
    return label ? label[this.language] : `#${id}`;
  }

  /** An enum value's label (CollectionType, TradeDirection, …) in the report's language. */
  enumLabel(enumName: string, value: string | null): string | null {
    if (value === null) return null;
    const labels = ENUM_LABELS[enumName]?.[value];
    return labels ? labels[this.language === "fr" ? 0 : 1] : value;
  }
}
