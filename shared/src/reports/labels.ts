import { z } from "zod";

/**
 * The request/reply contract of `admin.labels` and `model.labels`: the French and English labels of
 * referenced records, asked by id in batches (tradeflow holds ids only; the owners hold the names).
 */
const ids = z.array(z.number().int()).max(5_000).default([]);

export const adminLabelsRequest = z.object({
  countries: ids,
  cities: ids,
  collectionPoints: ids,
  corridors: ids,
  referenceCodes: ids,
});
export type AdminLabelsRequest = z.input<typeof adminLabelsRequest>;

export const modelLabelsRequest = z.object({ products: ids });
export type ModelLabelsRequest = z.input<typeof modelLabelsRequest>;

export interface Label {
  id: number;
  fr: string;
  en: string;
  /** Products: the Harmonized System code. */
  hsCode?: string | null;
  /** Corridors: the length, for figures per 100 km. */
  distanceKm?: string | null;
}

export type AdminLabelsReply = Record<keyof z.infer<typeof adminLabelsRequest>, Label[]>;
export type ModelLabelsReply = Record<keyof z.infer<typeof modelLabelsRequest>, Label[]>;
