import { Prisma } from "#shared/db/client.js";
import { streamRows } from "#shared/db/row-stream.js";
import { collectionConditions } from "../report-filter.js";
import type { ReportSource, SourceInput } from "./source.js";
import type { Cell, Column } from "../writers.js";

/**
 * COLLECTION_ITEMS: the original system's export, one row per item of the covered collections, every
 * reference by its label, in collection date order.
 */
const COLUMNS: Column[] = [
  { fr: "Identifiant de la collecte", en: "Collection ID", type: "text", width: 38 },
  { fr: "Année", en: "Year", type: "integer" },
  { fr: "Mois", en: "Month", type: "integer" },
  { fr: "Date de collecte", en: "Collection date", type: "date" },
  { fr: "Type de collecte", en: "Collection type", type: "text", width: 22 },
  { fr: "Sens du flux", en: "Direction", type: "text", width: 18 },
  { fr: "Produit", en: "Product", type: "text", width: 24 },
  { fr: "Code SH", en: "HS code", type: "text" },
  { fr: "Moyen de transport", en: "Transport mode", type: "text", width: 20 },
  { fr: "Identifiant du transport", en: "Transport ID", type: "text" },
  { fr: "Pays d'origine", en: "Origin country", type: "text", width: 18 },
  { fr: "Pays de destination", en: "Destination country", type: "text", width: 18 },
  { fr: "Point de collecte", en: "Collection point", type: "text", width: 24 },
  { fr: "Corridor", en: "Corridor", type: "text", width: 24 },
  { fr: "Point de chargement", en: "Loading point", type: "text", width: 20 },
  { fr: "Point de déchargement", en: "Unloading point", type: "text", width: 20 },
  { fr: "Quantité (volume initial)", en: "Quantity (initial volume)", type: "decimal" },
  { fr: "Unité", en: "Unit", type: "text" },
  { fr: "Prix unitaire", en: "Unit price", type: "decimal" },
  { fr: "Valeur initiale", en: "Initial value", type: "decimal" },
  { fr: "Devise", en: "Currency", type: "text" },
  { fr: "Volume (kg)", en: "Volume (kg)", type: "decimal" },
  { fr: "Valeur (devise de référence)", en: "Value (reference currency)", type: "decimal" },
  { fr: "Devise de référence", en: "Reference currency", type: "text" },
];

/** A row as the driver streams it: DECIMAL columns as exact strings. */
interface ItemRow {
  collection_id: string;
  collected_at: Date;
  type: string;
  direction: string | null;
  transport_mode_id: number | null;
  vehicle_registration: string | null;
  origin_country_id: number | null;
  destination_country_id: number | null;
  collection_point_id: number | null;
  corridor_id: number | null;
  currency_code: string;
  reference_currency: string | null;
  position: number;
  product_id: number;
  quantity: string;
  unit_code: string;
  unit_price: string | null;
  total_value: string | null;
  total_weight_kg: string | null;
  loading_city_id: number | null;
  unloading_city_id: number | null;
  value_reference: string | null;
}

/** A DECIMAL's text without the column's padding zeros ("1500.0000" → "1500"), as the API writes it. */
const exact = (value: string | null) => (value !== null && value.includes(".") ? value.replace(/\.?0+$/, "") : value);

export function collectionItemsSource({ db, databaseUrl, filter, scope, labels, pageSize }: SourceInput): ReportSource {
  const where = collectionConditions(filter, scope, "items");
  const from = Prisma.sql`FROM tradeflow_collection c JOIN tradeflow_collection_item i ON i.collection_id = c.id`;
  return {
    columns: COLUMNS,
    async count() {
      const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total ${from} WHERE ${where}`;
      return Number(row?.total ?? 0);
    },
    async *pages() {
      // One statement, sorted once by the database and streamed (see streamRows), cut into pages here
      // so that labels are fetched per page and progress is recorded as the file grows.
      const rows = streamRows<ItemRow>(
        databaseUrl,
        Prisma.sql`
          SELECT c.id AS collection_id, c.collected_at, c.type, c.direction, c.transport_mode_id,
                 c.vehicle_registration, c.origin_country_id, c.destination_country_id, c.collection_point_id,
                 c.corridor_id, c.currency_code,
                 c.reference_currency, i.position, i.product_id, i.quantity, i.unit_code, i.unit_price, i.total_value,
                 i.total_weight_kg, i.loading_city_id, i.unloading_city_id,
                 -- The item's share of the collection's converted total (converted at the collection's dated rate).
                 ROUND(i.total_value * c.total_value_reference / NULLIF(c.total_value, 0), 2) AS value_reference
          ${from} WHERE ${where}
          ORDER BY c.collected_at, c.id, i.position`,
      );
      let page: ItemRow[] = [];
      for await (const row of rows) {
        page.push(row);
        if (page.length === pageSize) {
          yield await cells(page);
          page = [];
        }
      }
      if (page.length) yield await cells(page);
    },
  };

  async function cells(rows: ItemRow[]): Promise<Cell[][]> {
    await labels.load({
      products: rows.map((row) => row.product_id),
      referenceCodes: rows.map((row) => row.transport_mode_id),
      countries: rows.flatMap((row) => [row.origin_country_id, row.destination_country_id]),
      collectionPoints: rows.map((row) => row.collection_point_id),
      corridors: rows.map((row) => row.corridor_id),
      cities: rows.flatMap((row) => [row.loading_city_id, row.unloading_city_id]),
    });
    return rows.map((row): Cell[] => [
      row.collection_id,
      row.collected_at.getUTCFullYear(),
      row.collected_at.getUTCMonth() + 1,
      row.collected_at,
      labels.enumLabel("CollectionType", row.type),
      labels.enumLabel("TradeDirection", row.direction),
      labels.name("products", row.product_id),
      labels.get("products", row.product_id)?.hsCode ?? null,
      labels.name("referenceCodes", row.transport_mode_id),
      row.vehicle_registration,
      labels.name("countries", row.origin_country_id),
      labels.name("countries", row.destination_country_id),
      labels.name("collectionPoints", row.collection_point_id),
      labels.name("corridors", row.corridor_id),
      labels.name("cities", row.loading_city_id),
      labels.name("cities", row.unloading_city_id),
      exact(row.quantity),
      row.unit_code,
      exact(row.unit_price),
      exact(row.total_value),
      row.currency_code,
      exact(row.total_weight_kg),
      exact(row.value_reference),
      row.reference_currency,
    ]);
  }
}
