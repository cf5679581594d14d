import { z } from "zod";
import { CollectionType, Prisma, TradeDirection } from "#shared/db/client.js";
import { idInput } from "#shared/graphql/input.js";
import { collectionScopeSql, type CollectionScope } from "../../domain/scope.js";

/**
 * A report's filter, validated once at request time and stored as JSON with the job; the worker turns
 * it (and the requester's frozen row scope) into SQL conditions on `tradeflow_collection c`.
 */
const idList = z.array(idInput).max(200, "at most 200 ids").optional();
const instant = z
  .union([z.date(), z.string().datetime({ offset: true })])
  .transform((value) => new Date(value).toISOString())
  .optional();

export const reportFilterSchema = z
  .object({
    from: instant.nullable(),
    to: instant.nullable(),
    collectionPointIds: idList.nullable(),
    corridorIds: idList.nullable(),
    originCountryIds: idList.nullable(),
    destinationCountryIds: idList.nullable(),
    directions: z.array(z.enum(TradeDirection)).max(4).optional().nullable(),
    productIds: idList.nullable(),
    collectionTypes: z.array(z.enum(CollectionType)).max(4).optional().nullable(),
    teamIds: idList.nullable(),
    regionIds: idList.nullable(),
    includePending: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "must not be after `to`",
    path: ["from"],
  })
  // Only the conditions that narrow something are kept: that is what the file's filter sheet shows.
  .transform((filter) => {
    const kept = Object.entries(filter).filter(
      ([, value]) => value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0),
    );
    return Object.fromEntries(kept) as NarrowingFilter<typeof filter>;
  });

type NarrowingFilter<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> } & { includePending: boolean };

export type ReportFilter = z.output<typeof reportFilterSchema>;

/**
 * How a product filter applies: to the rows themselves when a row is an item, or as "has such an item"
 * when a row is a whole collection.
 */
export type ProductFilterMode = "items" | "collections";

/** The collections (alias `c`) a report covers; items are `i` when `products` is "items". */
export function collectionConditions(
  filter: ReportFilter,
  scope: CollectionScope,
  products: ProductFilterMode,
): Prisma.Sql {
  const inList = (column: Prisma.Sql, values: (string | number)[] | undefined) =>
    values?.length ? [Prisma.sql`${column} IN (${Prisma.join(values)})`] : [];
  const conditions: Prisma.Sql[] = [
    // Drafts never count; pending ones only when a validator asked for them.
    filter.includePending ? Prisma.sql`c.status IN ('VALIDATED', 'SUBMITTED')` : Prisma.sql`c.status = 'VALIDATED'`,
    // The scope names unqualified collection columns, which no joined table shares.
    collectionScopeSql(scope),
    ...(filter.from ? [Prisma.sql`c.collected_at >= ${new Date(filter.from)}`] : []),
    ...(filter.to ? [Prisma.sql`c.collected_at <= ${new Date(filter.to)}`] : []),
    ...inList(Prisma.sql`c.collection_point_id`, filter.collectionPointIds),
    ...inList(Prisma.sql`c.corridor_id`, filter.corridorIds),
    ...inList(Prisma.sql`c.origin_country_id`, filter.originCountryIds),
    ...inList(Prisma.sql`c.destination_country_id`, filter.destinationCountryIds),
    ...inList(Prisma.sql`c.direction`, filter.directions),
    ...inList(Prisma.sql`c.type`, filter.collectionTypes),
    ...inList(Prisma.sql`c.team_id`, filter.teamIds),
    ...inList(Prisma.sql`c.region_id`, filter.regionIds),
  ];
  if (filter.productIds?.length) {
    conditions.push(
      products === "items"
        ? Prisma.sql`i.product_id IN (${Prisma.join(filter.productIds)})`
        : Prisma.sql`EXISTS (SELECT 1 FROM tradeflow_collection_item fi
            WHERE fi.collection_id = c.id AND fi.product_id IN (${Prisma.join(filter.productIds)}))`,
    );
  }
  return Prisma.join(conditions, " AND ");
}
