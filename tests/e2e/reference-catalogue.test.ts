import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { collectionInput } from "../support/collections.js";
import { testEnv } from "../support/env.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
let admin: string;
let agent: string;
const db = createDb(testEnv.DATABASE_URL);
// Other test files publish stricter forms of the collection types; these tests are about staff and data.
const NO_EXTRAS = { extraFields: {} };
const tag = () => randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase();

before(async () => {
  stack = await startStack();
  admin = (await stack.gateway.login("admin@demo.ct")).accessToken;
  agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

async function as<T = any>(token: string, query: string, variables?: Record<string, unknown>) {
  return (await stack.gateway.request<T>(query, variables, { token })).body;
}

const errorOf = (body: any) => ({
  code: body.errors?.[0]?.extensions?.code,
  field: body.errors?.[0]?.extensions?.field,
});

test("a product carries two natures, each with its HS code, as CT's product form sends it, without a code", async () => {
  const t = tag();
  const natures = await db.classification.findMany({
    where: { kind: "PRODUCT_NATURE", code: { in: ["AGRICULTURAL", "FISHERY"] } },
    orderBy: { code: "asc" },
  });
  const created = await as(
    admin,
    `mutation($i: ProductInput!) { createProduct(input: $i) { id code name hsCode nature { code } natures { hsCode nature { code } } } }`,
    {
      i: {
        name: `Gombo séché ${t}`,
        natures: [
          { natureId: String(natures[0]!.id), hsCode: "0709.99" },
          { natureId: String(natures[1]!.id), hsCode: "0712.90" },
        ],
      },
    },
  );
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  assert.deepEqual(
    { ...created.data.createProduct, id: undefined },
    {
      id: undefined,
      code: `GOMBO_SECHE_${t}`,
      name: `Gombo séché ${t}`,
      hsCode: "0709.99",
      nature: { code: "AGRICULTURAL" },
      natures: [
        { hsCode: "0709.99", nature: { code: "AGRICULTURAL" } },
        { hsCode: "0712.90", nature: { code: "FISHERY" } },
      ],
    },
  );
  // A nature twice, or a category given as a nature, is refused and names the field.
  const twice = await as(admin, `mutation($i: ProductInput!) { createProduct(input: $i) { id } }`, {
    i: { name: `Doublon ${t}`, natures: [{ natureId: String(natures[0]!.id) }, { natureId: String(natures[0]!.id) }] },
  });
  assert.deepEqual(errorOf(twice), { code: "BAD_USER_INPUT", field: "natures" });
  const category = await db.classification.findFirstOrThrow({ where: { kind: "PRODUCT_CATEGORY" } });
  const wrongKind = await as(admin, `mutation($i: ProductInput!) { createProduct(input: $i) { id } }`, {
    i: { name: `Mauvais ${t}`, natures: [{ natureId: String(category.id) }] },
  });
  assert.deepEqual(errorOf(wrongKind), { code: "BAD_USER_INPUT", field: "natures" });
});

test("codes are generated when a form gives none, and a given code must be unique (CONFLICT naming the field)", async () => {
  const t = tag();
  const [bf, ne] = await Promise.all([
    db.country.findUniqueOrThrow({ where: { code: "BF" } }),
    db.country.findUniqueOrThrow({ where: { code: "NE" } }),
  ]);
  const CORRIDOR = `mutation($i: CorridorInput!) { createCorridor(input: $i) { id code name } }`;
  const input = { name: `Fada – Niamey ${t}`, startCountryId: String(bf.id), endCountryId: String(ne.id) };
  const first = await as(admin, CORRIDOR, { i: input });
  const second = await as(admin, CORRIDOR, { i: input });
  assert.deepEqual(
    [first.data.createCorridor.code, second.data.createCorridor.code],
    [`FADA_NIAMEY_${t}`, `FADA_NIAMEY_${t}_2`],
  );
  const duplicate = await as(admin, CORRIDOR, { i: { ...input, code: `FADA_NIAMEY_${t}` } });
  assert.deepEqual(errorOf(duplicate), { code: "CONFLICT", field: "code" });

  const method = await as(
    admin,
    `mutation($i: ReferenceCodeInput!) { createReferenceCode(input: $i) { id code nameEn } }`,
    {
      i: { kind: "TRANSPORT_METHOD", name: `Aérien ${t}` },
    },
  );
  assert.deepEqual(
    { ...method.data.createReferenceCode, id: undefined },
    { id: undefined, code: `AERIEN_${t}`, nameEn: `Aérien ${t}` },
  );
  const mode = await as(
    admin,
    `mutation($i: ReferenceCodeInput!) { createReferenceCode(input: $i) { code parent { code } } }`,
    {
      i: { kind: "TRANSPORT_MODE", name: `Avion cargo ${t}`, parentId: method.data.createReferenceCode.id },
    },
  );
  assert.deepEqual(mode.data.createReferenceCode, { code: `AVION_CARGO_${t}`, parent: { code: `AERIEN_${t}` } });
  // Only a mode has a method; only an organisation has contact details.
  const misplaced = await as(admin, `mutation($i: ReferenceCodeInput!) { createReferenceCode(input: $i) { code } }`, {
    i: { kind: "SEASON", name: `Saison ${t}`, parentId: method.data.createReferenceCode.id },
  });
  assert.deepEqual(errorOf(misplaced), { code: "BAD_USER_INPUT", field: "parentId" });

  const organisation = await as(
    admin,
    `mutation($i: ReferenceCodeInput!) { createReferenceCode(input: $i) { code organisationType country { code } address phone email website } }`,
    {
      i: {
        kind: "ORGANISATION",
        name: `ONG Sahel ${t}`,
        organisationType: "PRIVATE",
        countryId: String(bf.id),
        address: "Ouagadougou",
        phone: "+226 25 00 00 00",
        email: "Contact@Sahel.org",
        website: "https://sahel.org",
      },
    },
  );
  assert.deepEqual(organisation.data.createReferenceCode, {
    code: `ONG_SAHEL_${t}`,
    organisationType: "PRIVATE",
    country: { code: "BF" },
    address: "Ouagadougou",
    phone: "+22625000000",
    email: "contact@sahel.org",
    website: "https://sahel.org",
  });
  const tax = await as(
    admin,
    `mutation { createTaxType(input: { name: "Taxe de transit ${t}" }) { code nameEn active } }`,
  );
  assert.deepEqual(tax.data.createTaxType, {
    code: `TAXE_DE_TRANSIT_${t}`,
    nameEn: `Taxe de transit ${t}`,
    active: true,
  });
});

test("a unit as CT has it (name, description, symbol) is valid without a factor; conversions in it ask for the item's weight", async () => {
  const t = tag();
  const unit = await as(
    admin,
    `mutation($i: UnitInput!) { createUnit(input: $i) { id code name nameEn description symbol dimension factor isBase } }`,
    { i: { name: `Tas ${t}`, description: "Un tas de produits au marché", symbol: `tas${t}` } },
  );
  assert.equal(unit.errors, undefined, JSON.stringify(unit.errors));
  assert.deepEqual(
    { ...unit.data.createUnit, id: undefined },
    {
      id: undefined,
      code: `tas${t}`.toLowerCase(),
      name: `Tas ${t}`,
      nameEn: `Tas ${t}`,
      description: "Un tas de produits au marché",
      symbol: `tas${t}`,
      dimension: "MASS",
      factor: null,
      isBase: false,
    },
  );
  const maize = await db.product.findUniqueOrThrow({ where: { code: "MAIZE" } });
  const conversion = await as(
    admin,
    `query($p: ID!, $u: String!) { convertQuantity(productId: $p, unit: $u, quantity: "3") { baseQuantity } }`,
    {
      p: String(maize.id),
      u: `tas${t}`.toLowerCase(),
    },
  );
  assert.deepEqual(errorOf(conversion), { code: "BAD_USER_INPUT", field: "unit" });

  // Nothing refers to it: deleted.
  const removed = await as(
    admin,
    `mutation($id: ID!) { deleteCatalogRecord(entity: UNIT, id: $id) { deleted deactivated references } }`,
    {
      id: unit.data.createUnit.id,
    },
  );
  assert.deepEqual(removed.data.deleteCatalogRecord, { deleted: true, deactivated: false, references: 0 });
  assert.equal(await db.unit.count({ where: { id: Number(unit.data.createUnit.id) } }), 0);
});

test("the animal catalogue: an animal of a species with natures and HS codes", async () => {
  const t = tag();
  const [cattle, live, breeding] = await Promise.all([
    db.animalSpecies.findUniqueOrThrow({ where: { code: "CATTLE" } }),
    db.classification.findUniqueOrThrow({ where: { kind_code: { kind: "ANIMAL_NATURE", code: "LIVE" } } }),
    db.classification.findUniqueOrThrow({ where: { kind_code: { kind: "ANIMAL_NATURE", code: "BREEDING" } } }),
  ]);
  const nature = await as(
    admin,
    `mutation { createClassification(input: { kind: ANIMAL_NATURE, name: "Embouche ${t}" }) { code kind } }`,
  );
  assert.deepEqual(nature.data.createClassification, { code: `EMBOUCHE_${t}`, kind: "ANIMAL_NATURE" });
  const animal = await as(
    admin,
    `mutation($i: AnimalInput!) { createAnimal(input: $i) { id code species { code } natures { hsCode nature { code } } } }`,
    {
      i: {
        name: `Zébu peul ${t}`,
        speciesId: String(cattle.id),
        natures: [
          { natureId: String(live.id), hsCode: "0102.29" },
          { natureId: String(breeding.id), hsCode: "0102.21" },
        ],
      },
    },
  );
  assert.equal(animal.errors, undefined, JSON.stringify(animal.errors));
  assert.deepEqual(
    { ...animal.data.createAnimal, id: undefined },
    {
      id: undefined,
      code: `ZEBU_PEUL_${t}`,
      species: { code: "CATTLE" },
      // In nature order (the seed creates LIVE before BREEDING).
      natures: [
        { hsCode: "0102.29", nature: { code: "LIVE" } },
        { hsCode: "0102.21", nature: { code: "BREEDING" } },
      ],
    },
  );
  const listed = await as(
    admin,
    `query($s: String) { animals(filter: { search: $s }) { totalCount nodes { code } } }`,
    { s: t },
  );
  assert.deepEqual(listed.data.animals, { totalCount: 1, nodes: [{ code: `ZEBU_PEUL_${t}` }] });
});

test("deleting an unused record deletes it; deleting one that collections use deactivates it, and the answer says so", async () => {
  const t = tag();
  const bf = await db.country.findUniqueOrThrow({ where: { code: "BF" } });
  const POINT = `mutation($i: CollectionPointInput!) { createCollectionPoint(input: $i) { id code } }`;
  const unused = (
    await as(admin, POINT, { i: { name: `Marché inutilisé ${t}`, type: "MARKET", countryId: String(bf.id) } })
  ).data.createCollectionPoint;
  const used = (await as(admin, POINT, { i: { name: `Marché de Pô ${t}`, type: "MARKET", countryId: String(bf.id) } }))
    .data.createCollectionPoint;
  const recorded = await as(agent, `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`, {
    i: await collectionInput(db, { ...NO_EXTRAS, collectionPointId: used.id }),
  });
  assert.equal(recorded.errors, undefined, JSON.stringify(recorded.errors));

  const DELETE = `mutation($id: ID!) { deleteReferenceData(entity: COLLECTION_POINT, id: $id) { id deleted deactivated references message } }`;
  const removed = await as(admin, DELETE, { id: unused.id });
  assert.deepEqual(removed.data.deleteReferenceData, {
    id: unused.id,
    deleted: true,
    deactivated: false,
    references: 0,
    message: "Supprimé.",
  });
  assert.equal(await db.collectionPoint.count({ where: { id: Number(unused.id) } }), 0);

  const kept = await stack.gateway.request(
    DELETE,
    { id: used.id },
    { token: admin, headers: { "accept-language": "en" } },
  );
  assert.deepEqual(kept.body.data!.deleteReferenceData, {
    id: used.id,
    deleted: false,
    deactivated: true,
    references: 1,
    message: "Deactivated instead of deleted: 1 record refers to it.",
  });
  const point = await as(admin, `query($id: ID!) { collectionPoint(id: $id) { code active } }`, { id: used.id });
  assert.deepEqual(point.data.collectionPoint, { code: used.code, active: false });

  // Gone or never there: NOT_FOUND; an agent may not delete (FORBIDDEN).
  assert.deepEqual(errorOf(await as(admin, DELETE, { id: unused.id })), { code: "NOT_FOUND", field: undefined });
  assert.deepEqual(errorOf(await as(agent, DELETE, { id: used.id })), { code: "FORBIDDEN", field: undefined });

  // A product a collection uses is deactivated, not deleted.
  const fonio = (await as(admin, `mutation { createProduct(input: { name: "Fonio ${t}" }) { id } }`)).data
    .createProduct;
  const withFonio = await as(agent, `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`, {
    i: await collectionInput(db, {
      ...NO_EXTRAS,
      items: [{ productId: fonio.id, quantity: "10", unit: "kg", unitPrice: "400" }],
    }),
  });
  assert.equal(withFonio.errors, undefined, JSON.stringify(withFonio.errors));
  const product = await as(
    admin,
    `mutation($id: ID!) { deleteCatalogRecord(entity: PRODUCT, id: $id) { deleted deactivated references } }`,
    { id: fonio.id },
  );
  assert.deepEqual(product.data.deleteCatalogRecord, { deleted: false, deactivated: true, references: 1 });
});
