import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { waitFor } from "../support/nats.js";
import { propagationLimit } from "../support/propagation.js";

let stack: Stack;
let admin: string;
let agent: string;
const db = createDb(testEnv.DATABASE_URL);
const tag = () => randomUUID().slice(0, 6).toUpperCase();

before(async () => {
  stack = await startStack({ SQL_STATEMENT_COUNTING: "true" });
  admin = (await stack.gateway.login("admin@demo.ct")).accessToken;
  agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

async function as<T = any>(token: string, query: string, variables?: Record<string, unknown>) {
  const result = await stack.gateway.request<T>(query, variables, { token });
  return result.body;
}

test("an admin creates a collection point, a product with a local unit, a form and a workflow; an agent reads them and cannot write", async () => {
  const t = tag();
  const bf = (await as(admin, `{ country(code: "BF") { id } }`)).data?.country.id;
  const city = (
    await as(admin, `mutation($i: CityInput!) { createCity(input: $i) { id name } }`, {
      i: { countryId: bf, name: `Fada N'Gourma ${t}`, latitude: "12.0616", longitude: "0.3585" },
    })
  ).data?.createCity;
  const corridor = (await as(admin, `{ corridors(filter: { search: "Ouagadougou – Niamey" }) { nodes { id } } }`)).data
    ?.corridors.nodes[0];
  const point = await as(
    admin,
    `mutation($i: CollectionPointInput!) { createCollectionPoint(input: $i) { id code type isBorderCrossing isMarket } }`,
    {
      i: {
        code: `bf-fada-${t}`,
        name: `Marché de Fada ${t}`,
        type: "MARKET",
        countryId: bf,
        cityId: city.id,
        corridorId: corridor.id,
        latitude: "12.0616",
        longitude: "0.3585",
      },
    },
  );
  assert.equal(point.errors, undefined, JSON.stringify(point.errors));
  assert.deepEqual(
    { ...point.data.createCollectionPoint, id: undefined },
    { id: undefined, code: `BF-FADA-${t}`, type: "MARKET", isBorderCrossing: false, isMarket: true },
  );

  const product = await as(
    admin,
    `mutation($i: ProductInput!) { createProduct(input: $i) { id dimension baseUnit { code } } }`,
    {
      i: { code: `FONIO_${t}`, name: `Fonio ${t}`, nameEn: "Fonio", hsCode: "1008.60" },
    },
  );
  assert.equal(product.data?.createProduct.baseUnit.code, "kg");
  const unit = await as(admin, `mutation($i: ProductUnitInput!) { createProductUnit(input: $i) { id baseQuantity } }`, {
    i: { productId: product.data.createProduct.id, code: "TIA", name: "Tia", nameEn: "Tia bowl", baseQuantity: "2.5" },
  });
  assert.equal(unit.data?.createProductUnit.baseQuantity, "2.5");

  const draft = await as(
    admin,
    `mutation($i: FormDefinitionInput!) { createFormDefinitionDraft(input: $i) { id version status } }`,
    {
      i: {
        collectionType: "AGRICULTURAL",
        title: "Agricultural extras v2",
        jsonSchema: {
          type: "object",
          properties: { bagsDamaged: { type: "integer", minimum: 0 } },
          additionalProperties: false,
        },
      },
    },
  );
  const published = await as(
    admin,
    `mutation($id: ID!) { publishFormDefinition(id: $id) { version status publishedAt } }`,
    { id: draft.data.createFormDefinitionDraft.id },
  );
  assert.equal(published.data?.publishFormDefinition.status, "PUBLISHED");
  const workflowDraft = await as(
    admin,
    `mutation { createWorkflowDefinitionDraft(input: { levels: [{ level: 1, role: TEAM_LEAD, name: "Chef d'équipe" }, { level: 2, role: SUPERVISOR, name: "Superviseur" }] }) { id version } }`,
  );
  const workflow = await as(
    admin,
    `mutation($id: ID!) { publishWorkflowDefinition(id: $id) { version status levels { level role } } }`,
    { id: workflowDraft.data.createWorkflowDefinitionDraft.id },
  );
  assert.deepEqual(workflow.data?.publishWorkflowDefinition.levels, [
    { level: 1, role: "TEAM_LEAD" },
    { level: 2, role: "SUPERVISOR" },
  ]);
  const event = await db.modelOutboxEvent.findFirst({
    where: { type: "model.workflow.published" },
    orderBy: { seq: "desc" },
  });
  assert.equal(
    JSON.parse(event!.envelope).payload.version,
    workflow.data.publishWorkflowDefinition.version,
    "model.workflow.published emitted",
  );

  const read = await as(
    agent,
    `query($p: ID!, $pr: ID!) {
      collectionPoint(id: $p) { name city { name } country { code currency { code } } corridor { code } }
      product(id: $pr) { name localUnits { code baseQuantity } }
      formDefinition(collectionType: AGRICULTURAL) { version jsonSchema }
      workflowDefinition { version levels { role } }
    }`,
    { p: point.data.createCollectionPoint.id, pr: product.data.createProduct.id },
  );
  assert.equal(read.errors, undefined, JSON.stringify(read.errors));
  assert.deepEqual(read.data.collectionPoint, {
    name: `Marché de Fada ${t}`,
    city: { name: `Fada N'Gourma ${t}` },
    country: { code: "BF", currency: { code: "XOF" } },
    corridor: { code: "OUAGA-NIAMEY" },
  });
  assert.deepEqual(read.data.product.localUnits, [{ code: "TIA", baseQuantity: "2.5" }]);
  assert.equal(read.data.formDefinition.version, published.data.publishFormDefinition.version);
  assert.deepEqual(read.data.formDefinition.jsonSchema.properties, { bagsDamaged: { type: "integer", minimum: 0 } });
  assert.equal(read.data.workflowDefinition.version, workflow.data.publishWorkflowDefinition.version);

  const denied = await as(
    agent,
    `mutation { createCollectionPoint(input: { code: "NOPE", name: "Nope", type: MARKET, countryId: "${bf}" }) { id } }`,
  );
  assert.equal(denied.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const deniedProduct = await as(agent, `mutation { createProduct(input: { code: "NOPE", name: "Nope" }) { id } }`);
  assert.equal(deniedProduct.errors?.[0]?.extensions?.code, "FORBIDDEN");
});

test("12 × '100 kg sack' of maize is exactly 1200 kg; an unknown unit is BAD_USER_INPUT", async () => {
  const maize = (await as(agent, `{ products(search: "MAIZE") { nodes { id code } } }`)).data.products.nodes.find(
    (p: { code: string }) => p.code === "MAIZE",
  );
  const convert = (unit: string, quantity: string) =>
    as(
      agent,
      `query($p: ID!, $u: String!, $q: Decimal!) { convertQuantity(productId: $p, unit: $u, quantity: $q) { baseQuantity baseUnit { code } } }`,
      { p: maize.id, u: unit, q: quantity },
    );
  assert.deepEqual((await convert("SACK_100KG", "12")).data.convertQuantity, {
    baseQuantity: "1200",
    baseUnit: { code: "kg" },
  });
  assert.equal((await convert("TINE", "0.1")).data.convertQuantity.baseQuantity, "1.7", "exact decimals, not floats");
  assert.equal((await convert("t", "1.25")).data.convertQuantity.baseQuantity, "1250");
  const unknown = await convert("bottle", "1");
  assert.equal(unknown.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(unknown.errors?.[0]?.extensions?.field, "unit");
  const wrongDimension = await convert("head", "1");
  assert.equal(wrongDimension.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "a head of maize is not a unit");
});

test("an invalid JSON Schema is refused; a published version cannot change", async () => {
  const draft = await as(
    admin,
    `mutation { createFormDefinitionDraft(input: { collectionType: FISHERY, title: "Broken", jsonSchema: { type: "object", properties: { weight: { type: "nmber" } } } }) { id status } }`,
  );
  const refused = await as(admin, `mutation($id: ID!) { publishFormDefinition(id: $id) { id } }`, {
    id: draft.data.createFormDefinitionDraft.id,
  });
  assert.equal(refused.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(refused.errors?.[0]?.extensions?.field, "jsonSchema");
  const still = await db.formDefinition.findUniqueOrThrow({
    where: { id: Number(draft.data.createFormDefinitionDraft.id) },
  });
  assert.equal(still.status, "DRAFT");

  const fixed = await as(
    admin,
    `mutation($id: ID!) { updateFormDefinitionDraft(id: $id, input: { jsonSchema: { type: "object", properties: { weight: { type: "number" } } } }) { id } }`,
    { id: still.id },
  );
  assert.equal(fixed.errors, undefined);
  const published = await as(admin, `mutation($id: ID!) { publishFormDefinition(id: $id) { status } }`, {
    id: still.id,
  });
  assert.equal(published.data?.publishFormDefinition.status, "PUBLISHED");
  const change = await as(
    admin,
    `mutation($id: ID!) { updateFormDefinitionDraft(id: $id, input: { title: "Changed" }) { id } }`,
    { id: still.id },
  );
  assert.equal(change.errors?.[0]?.extensions?.code, "CONFLICT");
  const republish = await as(admin, `mutation($id: ID!) { publishFormDefinition(id: $id) { id } }`, { id: still.id });
  assert.equal(republish.errors?.[0]?.extensions?.code, "CONFLICT");
  assert.equal((await db.formDefinition.findUniqueOrThrow({ where: { id: still.id } })).title, "Broken");
});

test("a setting changed by an admin is applied by every running service within 1 s, without a restart", async () => {
  const current = stack.services.tradeflow.runtime.settings.get("SYNC_BATCH_LIMIT");
  const next = current === 250 ? 300 : 250;
  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  const changed = await as(
    admin,
    `mutation($v: JSON!) { updateSystemSetting(key: "SYNC_BATCH_LIMIT", value: $v) { key value } }`,
    { v: next },
  );
  assert.deepEqual(changed.data?.updateSystemSetting, { key: "SYNC_BATCH_LIMIT", value: next });
  const start = Date.now();
  await waitFor(
    async () =>
      Object.values(stack.services).every((service) => service.runtime.settings.get("SYNC_BATCH_LIMIT") === next),
    {
      timeoutMs: limit.ms + 3_000,
      intervalMs: 10,
      what: "every service to apply SYNC_BATCH_LIMIT",
    },
  );
  const elapsed = Date.now() - start;
  assert.ok(elapsed <= limit.ms, limit.describe("every service applied the setting", elapsed));
  const invalid = await as(admin, `mutation { updateSystemSetting(key: "SYNC_BATCH_LIMIT", value: -3) { key } }`);
  assert.equal(invalid.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(invalid.errors?.[0]?.extensions?.field, "value");
  const unknownCurrency = await as(
    admin,
    `mutation { updateSystemSetting(key: "REFERENCE_CURRENCY", value: "ZZZ") { key } }`,
  );
  assert.equal(unknownCurrency.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
});

test("metadata and reference data with an up-to-date version return 'unchanged' and no payload", async () => {
  const first = await as(
    agent,
    `{ metadata { version unchanged enums { name values { value labelFr labelEn } } products { code } workflow { version } } }`,
  );
  assert.equal(first.data.metadata.unchanged, false);
  assert.ok(first.data.metadata.enums.some((e: { name: string }) => e.name === "TradeDirection"));
  assert.ok(first.data.metadata.products.some((p: { code: string }) => p.code === "MAIZE"));
  const again = await as(
    agent,
    `query($v: String) { metadata(knownVersion: $v) { version unchanged enums { name } products { code } units { code } forms { version } workflow { version } } }`,
    { v: first.data.metadata.version },
  );
  assert.deepEqual(again.data.metadata, {
    version: first.data.metadata.version,
    unchanged: true,
    enums: null,
    products: null,
    units: null,
    forms: null,
    workflow: null,
  });

  const reference = await as(
    agent,
    `{ referenceData { version unchanged collectionPoints { code country { code } } exchangeRates { currency { code } rate } } }`,
  );
  assert.ok(reference.data.referenceData.collectionPoints.some((p: { code: string }) => p.code === "BF-KANTCHARI"));
  assert.ok(
    reference.data.referenceData.exchangeRates.some(
      (r: { currency: { code: string }; rate: string }) => r.currency.code === "EUR" && r.rate === "655.957",
    ),
  );
  const same = await as(
    agent,
    `query($v: String) { referenceData(knownVersion: $v) { unchanged countries { code } collectionPoints { code } } }`,
    { v: reference.data.referenceData.version },
  );
  assert.deepEqual(same.data.referenceData, { unchanged: true, countries: null, collectionPoints: null });

  await as(
    admin,
    `mutation { createReferenceCode(input: { kind: TRANSPORT_MODE, code: "DONKEY_${tag()}", name: "Âne", nameEn: "Donkey" }) { id } }`,
  );
  const after = await as(agent, `query($v: String) { referenceData(knownVersion: $v) { version unchanged } }`, {
    v: reference.data.referenceData.version,
  });
  assert.equal(after.data.referenceData.unchanged, false, "a change gives a new version");
  assert.notEqual(after.data.referenceData.version, reference.data.referenceData.version);
});

test("bad input names the field: duplicate code, factor ≤ 0, unknown references", async () => {
  const duplicate = await as(
    admin,
    `mutation { createCollectionPoint(input: { code: "BF-KANTCHARI", name: "Again", type: BORDER_POST, countryId: "1" }) { id } }`,
  );
  assert.equal(duplicate.errors?.[0]?.extensions?.code, "CONFLICT");
  assert.equal(duplicate.errors?.[0]?.extensions?.field, "code");
  const factor = await as(
    admin,
    `mutation { createUnit(input: { code: "bad${tag()}", name: "Bad", nameEn: "Bad", dimension: MASS, factor: "0" }) { id } }`,
  );
  assert.equal(factor.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(factor.errors?.[0]?.extensions?.field, "factor");
  const unknownCountry = await as(
    admin,
    `mutation { createCollectionPoint(input: { code: "X-${tag()}", name: "Nowhere", type: MARKET, countryId: "999999" }) { id } }`,
  );
  assert.equal(unknownCountry.errors?.[0]?.extensions?.field, "countryId");
  const unknownCurrency = await as(admin, `{ convertAmount(amount: "10", from: "ZZZ") { converted } }`);
  assert.equal(unknownCurrency.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  const converted = await as(
    admin,
    `{ convertAmount(amount: "10", from: "EUR", on: "2026-06-01") { converted to rate } }`,
  );
  assert.deepEqual(converted.data.convertAmount, { converted: "6559.57", to: "XOF", rate: "655.957" });
});

test("agents create actors in the field, deduplicated by phone or registration number", async () => {
  const phone = `+22676${Math.floor(100000 + Math.random() * 899999)}`;
  const first = await as(
    agent,
    `mutation($i: CommercialActorInput!) { createCommercialActor(input: $i) { created actor { id name gender } } }`,
    {
      i: { type: "TRADER", name: "Aminata Kaboré", gender: "FEMALE", phone },
    },
  );
  assert.equal(first.data.createCommercialActor.created, true);
  const again = await as(
    agent,
    `mutation($i: CommercialActorInput!) { createCommercialActor(input: $i) { created actor { id } } }`,
    {
      i: { type: "TRADER", name: "A. Kaboré", phone: phone.replace("+226", "+226 ") },
    },
  );
  assert.deepEqual(again.data.createCommercialActor, {
    created: false,
    actor: { id: first.data.createCommercialActor.actor.id },
  });
});

test("a page of collection points with nested references costs the same number of SQL statements for 10 or 100 rows", async () => {
  const country = await db.country.findUniqueOrThrow({ where: { code: "NE" } });
  const corridor = await db.corridor.findUniqueOrThrow({ where: { code: "COTONOU-NIAMEY" } });
  const cities = await db.city.findMany({ take: 10 });
  const t = tag();
  await db.collectionPoint.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      code: `LOAD-${t}-${i}`,
      name: `AAA Point ${t} ${String(i).padStart(3, "0")}`,
      type: "CHECKPOINT" as const,
      countryId: cities[i % cities.length]!.countryId,
      cityId: cities[i % cities.length]!.id,
      corridorId: corridor.id,
      crossesToCountryId: country.id,
      isCheckpoint: true,
    })),
  });
  const query = `query($n: Int) { collectionPoints(first: $n, filter: { search: "AAA Point ${t}" }) {
    nodes { code country { name currency { code } } city { name country { code } } crossesToCountry { code }
            corridor { name startCountry { name } endCountry { name } startCity { name } endCity { name } } } } }`;
  const statementsFor = async (n: number) => {
    const before = stack.services.admin.runtime.sqlStatements();
    const result = await as(admin, query, { n });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(result.data.collectionPoints.nodes.length, n);
    return stack.services.admin.runtime.sqlStatements() - before;
  };
  // Background work of the service (consumers, responders) may add a statement to one measurement:
  // the fewest over three runs is the request's own cost.
  const fewest = async (n: number) => Math.min(await statementsFor(n), await statementsFor(n), await statementsFor(n));
  const small = await fewest(10);
  const large = await fewest(100);
  assert.equal(large, small, `10 rows: ${small} statements, 100 rows: ${large}`);
  assert.ok(small <= 8, `a constant, small number of statements (${small})`);
});
