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

export const labelSchema = z.object({
  id: z.number().int(),
  fr: z.string(),
  en: z.string(),
  /** Products: the Harmonized System code. */
  hsCode: z.string().nullish(),
  /** Corridors: the length, for figures per 100 km. */
  distanceKm: z.string().nullish(),
});
export type Label = z.infer<typeof labelSchema>;

export const adminLabelsReply = z.object({
  countries: z.array(labelSchema),
  cities: z.array(labelSchema),
  collectionPoints: z.array(labelSchema),
  corridors: z.array(labelSchema),
  referenceCodes: z.array(labelSchema),
});
export const modelLabelsReply = z.object({ products: z.array(labelSchema) });
export type AdminLabelsReply = z.infer<typeof adminLabelsReply>;
export type ModelLabelsReply = z.infer<typeof modelLabelsReply>;
