import { z } from "zod";
import type { RunOperation } from "./execute.js";
import {
  adminList,
  idParam,
  pageOf,
  pageOfList,
  pageQuery,
  offsetPage,
  route,
  type Page,
  type RestRoute,
} from "./route.js";
import {
  type Json,
  activeStatus,
  collectionPointType,
  ctAnimalType,
  ctCountry,
  ctDeleteResult,
  ctId,
  lower,
} from "./shapes.js";

type Row = Json;
type Body = Json;
const listQuery = pageQuery.extend({ status: z.enum(["active", "inactive"]).optional() });
type ListQuery = z.infer<typeof listQuery>;

/**
 * One reference entity of the admin dashboard, declared once: how to list it, create it, update it
 * and delete it (the supergraph removes a record nothing refers to and deactivates the others, so that
 * the collections that use it keep it), and the CT field names of a row.
 */
interface ReferenceEntity {
  slug: string;
  /** French, for the messages. */
  label: string;
  /** When the French plural is not the first word plus an s (animaux, pays). */
  plural?: string;
  list: (operation: RunOperation, query: ListQuery) => Promise<Page<Row>>;
  shape: (row: Row) => unknown;
  create: { operation: string; body: z.ZodType; variables: (body: Body) => Record<string, unknown> };
  update: { operation: string; body: z.ZodType; variables: (id: string, body: Body) => Record<string, unknown> };
  /** How DELETE is served: removed when nothing refers to the record, deactivated otherwise. */
  remove: { operation: "RestDeleteReferenceData" | "RestDeleteCatalogRecord"; entity: string };
}

const resultOf = (data: Record<string, unknown>) => Object.values(data)[0] as Row;
const statusFilter = (query: ListQuery) => (query.status ? { active: query.status === "active" } : {});
const text = (max = 200) => z.string().trim().min(1).max(max);
const optionalId = z.union([z.number().int(), z.string().regex(/^\d+$/)]).nullish();
const idText = (id: unknown) => (id === null || id === undefined ? id : String(id));
const isActive = (status: unknown) => (status === undefined ? undefined : status === "active");
const named = (body: Body) => ({ name: body.name, nameEn: body.name_en ?? body.name_eng ?? body.name });

function entityRoutes(entity: ReferenceEntity): RestRoute[] {
  const path = `/admin/reference-data/${entity.slug}`;
  const tag = "admin-reference-data";
  const Label = `${entity.label[0]!.toUpperCase()}${entity.label.slice(1)}`;
  const { create, update, remove } = entity;
  return [
    route({
      method: "get",
      path,
      tag,
      summary: `List ${entity.slug}`,
      query: listQuery,
      message: `Liste des ${entity.plural ?? entity.label.replace(/^([^\s']+?)s?(?=[\s']|$)/, "$1s")} récupérée`,
      run: async (operation, { query }) => {
        const page = await entity.list(operation, query);
        return adminList({ ...page, rows: page.rows.map(entity.shape) }, query);
      },
    }),
    route({
      method: "post",
      path,
      tag,
      summary: `Create one of ${entity.slug} (${create.operation})`,
      body: create.body,
      message: `${Label} créé(e)`,
      run: async (operation, { body }) =>
        entity.shape(resultOf(await operation(create.operation, create.variables(body as Body)))),
    }),
    route({
      method: "put",
      path: `${path}/:id`,
      tag,
      summary: `Update one of ${entity.slug} (${update.operation})`,
      params: idParam,
      body: update.body,
      message: `${Label} mis(e) à jour`,
      run: async (operation, { params, body }) =>
        entity.shape(resultOf(await operation(update.operation, update.variables(params.id, body as Body)))),
    }),
    route({
      method: "delete",
      path: `${path}/:id`,
      tag,
      summary: `Deletes one of ${entity.slug}, or deactivates it when other records refer to it`,
      params: idParam,
      message: "Suppression traitée",
      run: async (operation, { params }) =>
        ctDeleteResult(resultOf(await operation(remove.operation, { entity: remove.entity, id: params.id }))),
    }),
  ];
}

/** A connection list (countries, cities, …): searched and filtered by the supergraph. */
const connectionList =
  (operation: string, filter: (query: ListQuery) => Record<string, unknown> = () => ({})) =>
  async (run: RunOperation, query: ListQuery) => {
    const data = await run(operation, {
      filter: { ...(query.search ? { search: query.search } : {}), ...statusFilter(query), ...filter(query) },
      ...offsetPage(query),
    });
    return pageOf(resultOf(data) as { nodes: Row[]; totalCount: number });
  };

/** A whole list (currencies, units, code lists): the page is cut here. */
const wholeList =
  (operation: string, variables: Record<string, unknown> = {}) =>
  async (run: RunOperation, query: ListQuery) => {
    const rows = resultOf(await run(operation, variables)) as unknown as Row[];
    return pageOfList(query.status ? rows.filter((row) => activeStatus(row.active) === query.status) : rows, query);
  };

const codedRow = (row: Row) => ({
  id: ctId(row.id),
  code: row.code,
  name: row.name,
  name_fr: row.name,
  name_en: row.nameEn,
  description: row.description ?? null,
  status: activeStatus(row.active),
});

const description = z.string().trim().max(500).nullish();
const optionalText = z.string().trim().max(200).nullish();

/**
 * Transport methods and modes, control services, organisations: entries of one code list. The
 * organisations' details and a transport mode's method (`transport_method_id`) have fields of their own.
 */
function referenceCodeEntity(slug: string, label: string, kind: string): ReferenceEntity {
  const details = {
    description,
    transport_method_id: optionalId,
    type: z.enum(["public", "private"]).nullish(),
    country_id: optionalId,
    address: optionalText,
    phone: optionalText,
    email: optionalText,
    website: optionalText,
  };
  const detailsInput = (body: Body) => ({
    description: body.description,
    parentId: idText(body.transport_method_id),
    // Only organisations are public or private in the supergraph (CT's services carry a type too).
    organisationType: kind === "ORGANISATION" && body.type ? body.type.toUpperCase() : undefined,
    countryId: idText(body.country_id),
    address: body.address,
    phone: body.phone,
    email: body.email,
    website: body.website,
  });
  return {
    slug,
    label,
    list: wholeList("RestReferenceCodes", { kind }),
    shape: (row) => ({
      ...codedRow(row),
      kind: lower(row.kind),
      ...(kind === "TRANSPORT_MODE"
        ? { transport_method_id: ctId(row.parent?.id), transportMethod: row.parent ?? null }
        : {}),
    }),
    create: {
      operation: "RestCreateReferenceCode",
      body: z.object({ code: z.string().optional(), name: text(), name_en: z.string().optional(), ...details }),
      variables: (body) => ({ input: { kind, code: body.code, ...named(body), ...detailsInput(body) } }),
    },
    update: {
      operation: "RestUpdateReferenceCode",
      body: z.object({
        name: z.string().optional(),
        name_en: z.string().optional(),
        status: z.string().optional(),
        ...details,
      }),
      variables: (id, body) => ({
        id,
        input: { name: body.name, nameEn: body.name_en, active: isActive(body.status), ...detailsInput(body) },
      }),
    },
    remove: { operation: "RestDeleteReferenceData", entity: "REFERENCE_CODE" },
  };
}

/** Product types and natures, animal natures: CT's `{name_fr, name_en}` (or `{name, description}`). */
function classificationEntity(slug: string, label: string, kind: string): ReferenceEntity {
  return {
    slug,
    label,
    list: wholeList("RestClassifications", { kind }),
    shape: codedRow,
    create: {
      operation: "RestCreateClassification",
      body: z
        .object({
          code: z.string().optional(),
          name: z.string().trim().min(1).optional(),
          name_fr: z.string().trim().min(1).optional(),
          name_en: z.string().optional(),
          description,
        })
        .refine((body) => body.name ?? body.name_fr, { message: "name ou name_fr est requis", path: ["name"] }),
      variables: (body) => ({
        input: {
          kind,
          code: body.code,
          name: body.name ?? body.name_fr,
          nameEn: body.name_en ?? body.name ?? body.name_fr,
          description: body.description,
        },
      }),
    },
    update: {
      operation: "RestUpdateClassification",
      body: z.object({
        name: z.string().optional(),
        name_fr: z.string().optional(),
        name_en: z.string().optional(),
        description,
        status: z.string().optional(),
      }),
      variables: (id, body) => ({
        id,
        input: {
          name: body.name ?? body.name_fr,
          nameEn: body.name_en,
          description: body.description,
          active: isActive(body.status),
        },
      }),
    },
    remove: { operation: "RestDeleteCatalogRecord", entity: "CLASSIFICATION" },
  };
}

/** CT's natures of a product or an animal: `[{product_nature_id | animal_nature_id, hs_code}]`. */
const naturesOf = (key: "product_nature_id" | "animal_nature_id") =>
  z
    .array(z.object({ [key]: z.union([z.number().int(), z.string().regex(/^\d+$/)]), hs_code: optionalText }))
    .max(20)
    .nullish();
const naturesInput = (natures: Body[] | null | undefined, key: string) =>
  natures?.map((entry) => ({ natureId: String(entry[key]), hsCode: entry.hs_code || null }));
const ctNatures = (natures: Row[] | undefined, key: string) =>
  (natures ?? []).map((entry) => ({
    [key]: ctId(entry.nature.id),
    hs_code: entry.hsCode ?? null,
    nature: { id: ctId(entry.nature.id), name_fr: entry.nature.name, name_en: entry.nature.nameEn },
  }));

const ENTITIES: ReferenceEntity[] = [
  {
    slug: "countries",
    label: "pays",
    list: connectionList("RestCountries"),
    shape: ctCountry,
    create: {
      operation: "RestCreateCountry",
      body: z.object({
        name: text(),
        iso: z.string().trim().length(2, "iso : code ISO à 2 lettres"),
        iso3: z.string().optional(),
        name_en: z.string().optional(),
        currency_code: z.string().optional(),
        ecowas: z.boolean().optional(),
      }),
      variables: (body) => ({
        input: {
          code: body.iso,
          iso3: body.iso3,
          ...named(body),
          currencyCode: body.currency_code,
          ecowas: body.ecowas,
        },
      }),
    },
    update: {
      operation: "RestUpdateCountry",
      body: z.object({ name: z.string().optional(), name_en: z.string().optional(), status: z.string().optional() }),
      variables: (id, body) => ({
        id,
        input: { name: body.name, nameEn: body.name_en, active: isActive(body.status) },
      }),
    },
    remove: { operation: "RestDeleteReferenceData", entity: "COUNTRY" },
  },
  {
    slug: "cities",
    label: "ville",
    list: connectionList("RestCities"),
    shape: (row) => ({
      id: ctId(row.id),
      name: row.name,
      country_id: ctId(row.country?.id),
      country: row.country ? { id: ctId(row.country.id), name: row.country.name } : null,
      latitude: row.latitude ?? null,
      longitude: row.longitude ?? null,
      status: activeStatus(row.active),
    }),
    create: {
      operation: "RestCreateCity",
      body: z.object({ name: text(), country_id: z.union([z.number().int(), z.string().regex(/^\d+$/)]) }),
      variables: (body) => ({ input: { name: body.name, countryId: String(body.country_id) } }),
    },
    update: {
      operation: "RestUpdateCity",
      body: z.object({ name: z.string().trim().min(1).optional(), status: z.string().optional() }),
      variables: (id, body) => ({ id, input: { name: body.name, active: isActive(body.status) } }),
    },
    remove: { operation: "RestDeleteReferenceData", entity: "CITY" },
  },
  {
    slug: "corridors",
    label: "corridor",
    list: connectionList("RestCorridors"),
    shape: (row) => ({
      id: ctId(row.id),
      code: row.code,
      name: row.name,
      country_start_id: ctId(row.startCountry?.id),
      country_end_id: ctId(row.endCountry?.id),
      city_start_id: ctId(row.startCity?.id),
      city_end_id: ctId(row.endCity?.id),
      countryStart: row.startCountry ?? null,
      countryEnd: row.endCountry ?? null,
      distance: row.distanceKm === null ? null : Number(row.distanceKm),
      nbre_checkpoints: row.checkpointCount ?? null,
      status: activeStatus(row.active),
    }),
    create: {
      operation: "RestCreateCorridor",
      body: z.object({
        code: z.string().optional(),
        name: text(),
        description: z.string().optional(),
        country_start_id: optionalId,
        country_end_id: optionalId,
        city_start_id: optionalId,
        city_end_id: optionalId,
        distance: z.union([z.number(), z.string()]).nullish(),
        nbre_checkpoints: z.coerce.number().int().nullish(),
      }),
      variables: (body) => ({
        input: {
          code: body.code,
          name: body.name,
          startCountryId: idText(body.country_start_id),
          endCountryId: idText(body.country_end_id),
          startCityId: idText(body.city_start_id),
          endCityId: idText(body.city_end_id),
          distanceKm: body.distance === null || body.distance === undefined ? body.distance : String(body.distance),
          checkpointCount: body.nbre_checkpoints,
        },
      }),
    },
    update: {
      operation: "RestUpdateCorridor",
      body: z.object({
        name: z.string().optional(),
        distance: z.union([z.number(), z.string()]).nullish(),
        nbre_checkpoints: z.coerce.number().int().nullish(),
        status: z.string().optional(),
      }),
      variables: (id, body) => ({
        id,
        input: {
          name: body.name,
          distanceKm: body.distance === null || body.distance === undefined ? body.distance : String(body.distance),
          checkpointCount: body.nbre_checkpoints,
          active: isActive(body.status),
        },
      }),
    },
    remove: { operation: "RestDeleteReferenceData", entity: "CORRIDOR" },
  },
  {
    slug: "collection-points",
    label: "point de collecte",
    list: connectionList("RestCollectionPoints"),
    shape: (row) => ({
      id: ctId(row.id),
      code: row.code,
      name: row.name,
      type: lower(row.type),
      country_id: ctId(row.country?.id),
      corridor_id: ctId(row.corridor?.id),
      city_id: ctId(row.city?.id),
      country: row.country ?? null,
      is_formal: row.isFormal,
      is_border_crossing: row.isBorderCrossing,
      is_market: row.isMarket,
      is_fluvial: row.isFluvial,
      is_checkpoint: row.isCheckpoint,
      coordinates: row.latitude === null ? null : { latitude: row.latitude, longitude: row.longitude },
      status: activeStatus(row.active),
    }),
    create: {
      operation: "RestCreateCollectionPoint",
      body: z.object({
        code: z.string().optional(),
        name: text(),
        country_id: optionalId,
        corridor_id: optionalId,
        collection_point_type_id: z.coerce.number().int().optional(),
        is_formal: z.boolean().optional(),
        is_border_crossing: z.boolean().optional(),
        is_market: z.boolean().optional(),
        is_fluvial: z.boolean().optional(),
        is_checkpoint: z.boolean().optional(),
        coordinates: z.object({ latitude: z.coerce.string(), longitude: z.coerce.string() }).nullish(),
      }),
      variables: (body) => ({
        input: {
          code: body.code,
          name: body.name,
          type: collectionPointType(body.collection_point_type_id),
          countryId: idText(body.country_id),
          corridorId: idText(body.corridor_id),
          isFormal: body.is_formal,
          isBorderCrossing: body.is_border_crossing,
          isMarket: body.is_market,
          isFluvial: body.is_fluvial,
          isCheckpoint: body.is_checkpoint,
          latitude: body.coordinates?.latitude,
          longitude: body.coordinates?.longitude,
        },
      }),
    },
    update: {
      operation: "RestUpdateCollectionPoint",
      body: z.object({ name: z.string().optional(), status: z.string().optional() }),
      variables: (id, body) => ({ id, input: { name: body.name, active: isActive(body.status) } }),
    },
    remove: { operation: "RestDeleteReferenceData", entity: "COLLECTION_POINT" },
  },
  {
    slug: "currencies",
    label: "devise",
    list: wholeList("RestCurrencies"),
    // Currencies are keyed by their ISO code in the supergraph: it is their id here.
    shape: (row) => ({
      id: row.code,
      code: row.code,
      name: row.name,
      name_en: row.nameEn,
      symbol: row.symbol,
      decimals: row.decimals,
      status: activeStatus(row.active),
    }),
    create: {
      operation: "RestCreateCurrency",
      body: z.object({
        name: text(),
        code: z.string().trim().length(3),
        symbol: z.string().optional(),
        name_en: z.string().optional(),
      }),
      variables: (body) => ({ input: { code: body.code.toUpperCase(), ...named(body), symbol: body.symbol } }),
    },
    update: {
      operation: "RestUpdateCurrency",
      body: z.object({ name: z.string().optional(), symbol: z.string().optional(), status: z.string().optional() }),
      variables: (code, body) => ({
        code,
        input: { name: body.name, symbol: body.symbol, active: isActive(body.status) },
      }),
    },
    remove: { operation: "RestDeleteReferenceData", entity: "CURRENCY" },
  },
  classificationEntity("product-types", "type de produit", "PRODUCT_TYPE"),
  classificationEntity("product-natures", "nature de produit", "PRODUCT_NATURE"),
  {
    slug: "products",
    label: "produit",
    list: connectionList("RestProducts"),
    shape: (row) => ({
      id: ctId(row.id),
      code: row.code,
      name: row.name,
      name_eng: row.nameEn,
      description: row.description ?? null,
      HS_code: row.hsCode,
      product_type_id: ctId(row.type?.id),
      productType: row.type ?? null,
      natures: ctNatures(row.natures, "product_nature_id"),
      status: activeStatus(row.active),
    }),
    create: {
      operation: "RestCreateProduct",
      body: z.object({
        code: z.string().optional(),
        name: text(),
        name_eng: optionalText,
        product_type_id: optionalId,
        description,
        natures: naturesOf("product_nature_id"),
      }),
      variables: (body) => ({
        input: {
          code: body.code,
          name: body.name,
          nameEn: body.name_eng || undefined,
          typeId: idText(body.product_type_id),
          description: body.description,
          natures: naturesInput(body.natures, "product_nature_id"),
        },
      }),
    },
    update: {
      operation: "RestUpdateProduct",
      body: z.object({
        name: z.string().optional(),
        name_eng: z.string().optional(),
        product_type_id: optionalId,
        description,
        natures: naturesOf("product_nature_id"),
        status: z.string().optional(),
      }),
      variables: (id, body) => ({
        id,
        input: {
          name: body.name,
          nameEn: body.name_eng,
          typeId: idText(body.product_type_id),
          description: body.description,
          natures: naturesInput(body.natures, "product_nature_id"),
          active: isActive(body.status),
        },
      }),
    },
    remove: { operation: "RestDeleteCatalogRecord", entity: "PRODUCT" },
  },
  {
    slug: "unities",
    label: "unité",
    list: wholeList("RestUnits"),
    shape: (row) => ({
      id: ctId(row.id),
      code: row.code,
      name: row.name,
      name_en: row.nameEn,
      description: row.description ?? null,
      symbol: row.symbol ?? row.code,
      dimension: lower(row.dimension),
      factor: row.factor,
      status: activeStatus(row.active),
    }),
    // CT's unit form has no dimension or factor: the supergraph records a mass unit of unknown factor.
    create: {
      operation: "RestCreateUnit",
      body: z.object({ name: text(), description, symbol: optionalText, name_en: optionalText }),
      variables: (body) => ({
        input: { name: body.name, nameEn: body.name_en, description: body.description, symbol: body.symbol },
      }),
    },
    update: {
      operation: "RestUpdateUnit",
      body: z.object({ name: z.string().optional(), description, symbol: optionalText, status: z.string().optional() }),
      variables: (id, body) => ({
        id,
        input: { name: body.name, description: body.description, symbol: body.symbol, active: isActive(body.status) },
      }),
    },
    remove: { operation: "RestDeleteCatalogRecord", entity: "UNIT" },
  },
  {
    slug: "animals",
    label: "animal",
    plural: "animaux",
    list: connectionList("RestAnimals"),
    shape: (row) => ({
      id: ctId(row.id),
      code: row.code,
      name: row.name,
      name_en: row.nameEn ?? null,
      description: row.description ?? null,
      animal_type_id: ctId(row.species?.id),
      animalType: row.species ? ctAnimalType(row.species) : null,
      natures: ctNatures(row.natures, "animal_nature_id"),
      status: activeStatus(row.active),
    }),
    create: {
      operation: "RestCreateAnimal",
      body: z.object({
        code: z.string().optional(),
        name: text(),
        animal_type_id: z.union([z.number().int(), z.string().regex(/^\d+$/)], {
          error: "animal_type_id : le type d'animal est requis",
        }),
        description,
        natures: naturesOf("animal_nature_id"),
      }),
      variables: (body) => ({
        input: {
          code: body.code,
          name: body.name,
          speciesId: String(body.animal_type_id),
          description: body.description,
          natures: naturesInput(body.natures, "animal_nature_id"),
        },
      }),
    },
    update: {
      operation: "RestUpdateAnimal",
      body: z.object({
        name: z.string().optional(),
        animal_type_id: optionalId,
        description,
        natures: naturesOf("animal_nature_id"),
        status: z.string().optional(),
      }),
      variables: (id, body) => ({
        id,
        input: {
          name: body.name,
          speciesId: idText(body.animal_type_id),
          description: body.description,
          natures: naturesInput(body.natures, "animal_nature_id"),
          active: isActive(body.status),
        },
      }),
    },
    remove: { operation: "RestDeleteCatalogRecord", entity: "ANIMAL" },
  },
  {
    // CT's animal types (cattle, sheep, …) are the supergraph's animal species.
    slug: "animal-types",
    label: "type d'animal",
    plural: "types d'animaux",
    list: wholeList("RestAnimalSpecies", { activeOnly: false }),
    shape: ctAnimalType,
    create: {
      operation: "RestCreateAnimalSpecies",
      body: z.object({ code: z.string().optional(), name: text(), name_en: optionalText, description }),
      variables: (body) => ({ input: { code: body.code, ...named(body) } }),
    },
    update: {
      operation: "RestUpdateAnimalSpecies",
      body: z.object({ name: z.string().optional(), name_en: z.string().optional(), status: z.string().optional() }),
      variables: (id, body) => ({
        id,
        input: { name: body.name, nameEn: body.name_en, active: isActive(body.status) },
      }),
    },
    remove: { operation: "RestDeleteCatalogRecord", entity: "ANIMAL_SPECIES" },
  },
  { ...classificationEntity("animal-natures", "nature d'animal", "ANIMAL_NATURE"), plural: "natures d'animaux" },
  referenceCodeEntity("services", "service de contrôle", "CONTROL_SERVICE"),
  referenceCodeEntity("transport-methods", "méthode de transport", "TRANSPORT_METHOD"),
  referenceCodeEntity("transport-modes", "mode de transport", "TRANSPORT_MODE"),
  referenceCodeEntity("organizations", "organisation", "ORGANISATION"),
];

export const adminReferenceDataRoutes: RestRoute[] = ENTITIES.flatMap(entityRoutes);
