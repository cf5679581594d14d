import type { GraphQLResolveInfo } from "graphql";
import { Prisma } from "#shared/db/client.js";
import { selectedFieldNames } from "#shared/graphql/selection.js";

/**
 * Which columns a page of collections or items must read for the fields the operation selects. A collection
 * row has 81 columns and an item 46 (every field of the CT apps has a place); reading and mapping them all
 * for a page that shows five was most of the page's cost in tradeflow (Prisma, 50 collections: 8.7 CPU ms
 * whole rows, 1.7 ms with the page's columns; their 100 items: 5.8 ms, 1.9 ms). A field that is a column of
 * its own name reads that column; the fields below read the columns named (their resolvers in
 * resolvers.ts); any other field (the `can*` abilities, `workflow`) reads the whole row.
 */
type CollectionColumn = keyof typeof Prisma.CollectionScalarFieldEnum;
type ItemColumn = keyof typeof Prisma.CollectionItemScalarFieldEnum;

const COLLECTION_FIELD_COLUMNS: Record<string, CollectionColumn[]> = {
  __typename: [],
  // Loaded by the collection's id, always read.
  items: [],
  controls: [],
  history: [],
  collector: ["collectorId"],
  collectionPoint: ["collectionPointId"],
  originCountry: ["originCountryId"],
  originCity: ["originCityId"],
  destinationCountry: ["destinationCountryId"],
  destinationCity: ["destinationCityId"],
  corridor: ["corridorId"],
  transportMode: ["transportModeId"],
  actor: ["actorId"],
};

const ITEM_FIELD_COLUMNS: Record<string, ItemColumn[]> = {
  __typename: [],
  product: ["productId"],
  unit: ["unitCode"],
  generalUnit: ["unitCode"],
  localUnit: ["productId", "unitCode"],
  animal: ["animalId"],
  originCountry: ["originCountryId"],
  loadingCity: ["loadingCityId"],
  unloadingCity: ["unloadingCityId"],
  productOriginCountry: ["productOriginCountryId"],
  productDestinationCountry: ["productDestinationCountryId"],
};

/** The page cursor's columns and the loaders' keys: read whatever the operation selects. */
const COLLECTION_ALWAYS: CollectionColumn[] = ["id", "collectedAt", "updatedAt"];
const ITEM_ALWAYS: ItemColumn[] = ["id", "collectionId", "position"];

function columnsFor<Column extends string>(
  fields: Set<string> | undefined,
  own: Record<string, string>,
  named: Record<string, Column[]>,
  always: Column[],
): Partial<Record<Column, true>> | undefined {
  if (!fields) return undefined;
  const select: Partial<Record<Column, true>> = {};
  for (const column of always) select[column] = true;
  for (const field of fields) {
    const columns = named[field] ?? (field in own ? [field as Column] : undefined);
    if (!columns) return undefined;
    for (const column of columns) select[column] = true;
  }
  return select;
}

/** The columns for the collections of a connection (`nodes` and `edges { node }`); undefined: whole rows. */
export function connectionCollectionSelect(info: GraphQLResolveInfo): Prisma.CollectionSelect | undefined {
  const nodes = selectedFieldNames(info, ["nodes"]);
  const edges = selectedFieldNames(info, ["edges", "node"]);
  const fields = nodes && edges ? new Set([...nodes, ...edges]) : undefined;
  return columnsFor(fields, Prisma.CollectionScalarFieldEnum, COLLECTION_FIELD_COLUMNS, COLLECTION_ALWAYS);
}

/** The columns for the collection the resolved field returns (a decision's answer); undefined: whole rows. */
export function collectionSelect(info: GraphQLResolveInfo): Prisma.CollectionSelect | undefined {
  return columnsFor(
    selectedFieldNames(info, []),
    Prisma.CollectionScalarFieldEnum,
    COLLECTION_FIELD_COLUMNS,
    COLLECTION_ALWAYS,
  );
}

/**
 * The columns for the collection at `field` of each object the resolved field returns (`collection` of
 * sync results): null when the operation does not select it, undefined for whole rows.
 */
export function nestedCollectionSelect(
  info: GraphQLResolveInfo,
  field: string,
): Prisma.CollectionSelect | null | undefined {
  if (!selectedFieldNames(info, [])?.has(field)) return null;
  const fields = selectedFieldNames(info, [field]);
  return columnsFor(fields, Prisma.CollectionScalarFieldEnum, COLLECTION_FIELD_COLUMNS, COLLECTION_ALWAYS);
}

/** The same field (`items` of every collection of a page) shares one selection: worked out once. */
const itemSelects = new WeakMap<GraphQLResolveInfo["fieldNodes"], Prisma.CollectionItemSelect | null>();

/** The columns for a collection's `items` as selected; undefined: whole rows. */
export function itemSelect(info: GraphQLResolveInfo): Prisma.CollectionItemSelect | undefined {
  let select = itemSelects.get(info.fieldNodes);
  if (select === undefined) {
    const fields = selectedFieldNames(info, []);
    select = columnsFor(fields, Prisma.CollectionItemScalarFieldEnum, ITEM_FIELD_COLUMNS, ITEM_ALWAYS) ?? null;
    itemSelects.set(info.fieldNodes, select);
  }
  return select ?? undefined;
}
