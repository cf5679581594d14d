import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLField } from "graphql";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createTeamFixture } from "../support/fixtures.js";

// Issue 10: every field of Commerce Tracking's collection detail screen (PWACommerceTracking
// src/pages/Collections/CollectionDetails.tsx) is recorded through the gateway and read back unchanged
// with the client's own operation (schema/operations/collections.graphql), after create, sync and a
// return → correction → resubmission; validators' records carry CT's review fields.

let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
const tokens: Record<string, string> = {};
const OPERATIONS = readFileSync("schema/operations/collections.graphql", "utf8");

before(async () => {
  stack = await startStack();
  const fixture = await createTeamFixture(db, "fields");
  for (const role of ["agent", "lead", "supervisor"] as const) {
    tokens[role] = (await stack.gateway.login(fixture[role].email, fixture[role].password)).accessToken;
  }
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

interface Body {
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One of the client operations, by name, as the web and mobile apps send them. */
async function operation(who: string, name: string, variables: Record<string, unknown>): Promise<Body> {
  const result = await stack.gateway.raw(JSON.stringify({ query: OPERATIONS, operationName: name, variables }), {
    token: tokens[who],
  });
  return result.body as Body;
}

async function ok(who: string, name: string, variables: Record<string, unknown>) {
  const body = await operation(who, name, variables);
  assert.equal(body.errors, undefined, `${name}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const read = async (id: string) => (await ok("lead", "Collection", { id })).collection;

/** A collection with every field of the real detail screen, from the seeded reference data. */
async function everyField() {
  const byCode = async (code: string) => String((await db.product.findUniqueOrThrow({ where: { code } })).id);
  const country = async (code: string) => String((await db.country.findUniqueOrThrow({ where: { code } })).id);
  const city = async (name: string) => String((await db.city.findFirstOrThrow({ where: { name } })).id);
  const lookup = async (kind: "TRANSPORT_MODE" | "CONTROL_SERVICE", code: string) =>
    String((await db.lookupValue.findUniqueOrThrow({ where: { kind_code: { kind, code } } })).id);
  const point = async (code: string) => String((await db.collectionPoint.findUniqueOrThrow({ where: { code } })).id);
  const corridor = String((await db.corridor.findUniqueOrThrow({ where: { code: "OUAGA-NIAMEY" } })).id);
  const [bf, ne, ci, ouaga, niamey, kantchari, torodi] = await Promise.all([
    country("BF"),
    country("NE"),
    country("CI"),
    city("Ouagadougou"),
    city("Niamey"),
    point("BF-KANTCHARI"),
    point("NE-TORODI"),
  ]);
  return {
    collectedAt: "2026-11-20T09:30:00.000Z",
    type: "MIXED",
    collectionPointId: kantchari,
    transportBatchId: "convoy-2026-11-20-A",
    context: "FORMAL_BORDER",
    direction: "EXPORT",
    originCountryId: bf,
    originCityId: ouaga,
    destinationCountryId: ne,
    destinationCityId: niamey,
    intermediateDestination: "Fada N'Gourma",
    corridorId: corridor,
    transportModeId: await lookup("TRANSPORT_MODE", "TRUCK"),
    vehicleRegistration: "11 GH 4567",
    transportCost: "350000",
    loadingCost: "25000",
    unloadingCost: "20000",
    currencyCode: "XOF",
    paymentMethod: "CASH",
    season: "DRY",
    marketConditions: "Offre abondante après la récolte",
    priceVariation: "DOWN",
    marketDay: 4,
    nearbyMarkets: "Fada N'Gourma, Kantchari",
    taxesFees: "Taxe communale, frais de convoi",
    taxDetails: "Taxe communale 5 000 F, convoi 10 000 F",
    taxesPaid: true,
    taxAmount: "15000",
    hasControlPosts: true,
    controlPostsCount: 2,
    controlLocations: "Kantchari, Torodi",
    controlDurationType: "HOURS_2",
    controlDurationValue: "1 h 45",
    illegalFeesPaid: true,
    illegalFeesLocations: "Torodi",
    illegalFeesAmount: "3500.5",
    operatorType: "TRADER",
    operatorGender: "F",
    ownerGender: "M",
    ownerAgeCategory: "ADULT",
    ownerHasDisability: false,
    respondentNature: "OTHER",
    otherRespondentNature: "Convoyeuse",
    latitude: "12.4775",
    longitude: "1.5147",
    knowsCommunityRules: true,
    knowsNationalRules: false,
    driverHasLicence: true,
    driverVehicleInspectionUpToDate: true,
    driverRegistrationCardUpToDate: false,
    driverInsuranceUpToDate: true,
    driverOtherDocumentsUpToDate: false,
    driverOtherDocuments: "Laissez-passer sanitaire",
    otherDifficulties: "Route dégradée après Torodi",
    extraFields: { convoyVehicles: 2 },
    notes: "Collecte complète",
    items: [
      {
        productId: await byCode("MAIZE"),
        quantity: "12",
        unit: "SACK_100KG",
        unitPrice: "22500",
        quality: "GOOD",
        variety: "Jaune",
        processingLevel: "RAW",
        packaging: "Sac",
        losses: "0.5",
        lossesValue: "11250",
        lossReasons: "Sac déchiré",
        specialPermitsRequired: true,
        specialPermits: "Certificat phytosanitaire",
        loadingCost: "6000",
        unloadingCost: "5000",
        transportCost: "120000",
        specificFees: "2500",
        specificOrigin: "Coopérative de Koupéla",
        specificDestination: "Marché de Katako",
        originCountryId: bf,
        loadingCityId: ouaga,
        unloadingCityId: niamey,
        productOriginCountryId: ci,
        productDestinationCountryId: ne,
        seasonalProduct: true,
        harvestPeriod: "Octobre – novembre",
        customsRegistered: true,
        customsRegistrationNumber: "BF-2026-000981",
        notes: "Maïs de la dernière récolte",
      },
      {
        // A heap of yams: a local unit the catalogue does not list, weighed by the agent.
        productId: await byCode("YAM"),
        quantity: "40",
        unit: "TAS",
        unitPrice: "2000",
        localUnitWeightKg: "12.5",
        productOriginCountryId: null,
        productDestinationCountryId: null,
      },
      {
        productId: await byCode("CATTLE"),
        animalId: "7",
        quantity: "5",
        unit: "head",
        animalCount: 5,
        animalCategory: "ADULT",
        animalCategories: [
          { category: "small", quantity: 2, price: "150000" },
          { category: "large", quantity: 3, price: "320000" },
        ],
        animalAge: "ADULT",
        animalSex: "MALE",
        animalCondition: "Bonne santé",
        breed: "Zébu peul",
        averageWeightKg: "300",
      },
    ],
    controls: [
      {
        checkpointId: kantchari,
        controlServiceId: await lookup("CONTROL_SERVICE", "CUSTOMS"),
        location: "Kantchari",
        durationBucket: "MIN_40",
        durationValue: "40 min",
        stopTimePerPost: "MIN_45",
        borderCrossingTime: "HOURS_2",
        controlResult: "Conforme",
        controlIssues: "Attente du chef de poste",
        feesWerePaid: true,
        feesPaid: "10000",
        paymentAmount: "10000",
        feesPaymentPost: "Bureau des douanes de Kantchari",
        feesPaymentAmount: "10000",
        hasReceipt: true,
        taxTypeIds: ["3", "5"],
        otherTaxType: "Taxe de stationnement",
        illegalFeesPaid: false,
        otherDifficulties: "Aucune",
        notes: "Contrôle documentaire",
      },
      {
        checkpointId: torodi,
        otherControlBody: "Comité de vigilance villageois",
        location: "Torodi",
        durationBucket: "OVER_1_HOUR",
        stopTimePerPost: "MIN_15",
        feesWerePaid: false,
        hasReceipt: false,
        taxTypeIds: [],
        illegalFeesPaid: true,
        illegalFeesPost: "Barrière de Torodi",
        illegalFees: "3500.5",
      },
    ],
  };
}

type Json = Record<string, any>;

/**
 * Every field sent reads back unchanged: a scalar as itself, a reference `xId` as `x { id }`
 * (`taxTypeIds` as `taxTypeRefs`), lists and objects field by field.
 */
function assertReadsBack(sent: Json, stored: Json, path = "collection") {
  for (const [key, value] of Object.entries(sent)) {
    const where = `${path}.${key}`;
    if (key === "taxTypeIds") {
      assert.deepEqual(
        stored.taxTypeRefs.map((ref: Json) => ref.id),
        value,
        where,
      );
    } else if (key in stored) {
      if (Array.isArray(value) && value.some((entry) => typeof entry === "object")) {
        assert.equal(stored[key].length, value.length, where);
        value.forEach((entry: Json, index: number) => assertReadsBack(entry, stored[key][index], `${where}.${index}`));
      } else {
        assert.deepEqual(stored[key], value, where);
      }
    } else {
      assert.ok(key.endsWith("Id"), `${where} is not read by the Collection operation`);
      assert.equal(stored[key.slice(0, -2)]?.id ?? null, value, where);
    }
  }
}

/** What the server computes from the fields above. */
function assertComputed(stored: Json) {
  assert.match(stored.publicId, /^CT-26-[0-9A-HJKMNP-TV-Z]{6}$/);
  assert.deepEqual(
    stored.items.map((item: Json) => [item.weightSource, item.unitWeightKg, item.totalWeightKg, item.totalValue]),
    [
      ["CATALOGUE", "100", "1200", "270000"],
      ["AGENT", "12.5", "500", "80000"],
      // No unit price: the categories' heads at their prices, 2 × 150 000 + 3 × 320 000.
      ["AVERAGE_WEIGHT", "300", "1500", "1260000"],
    ],
  );
  assert.equal(stored.totalWeightKg, "3200");
  assert.equal(stored.totalValue, "1610000");
  assert.deepEqual(
    stored.controls.map((control: Json) => control.duration),
    ["FROM_30_TO_60_MIN", "FROM_1_TO_3_H"],
    "the duration range follows the bucket",
  );
  assert.equal(stored.collectionPoint.name, "Poste frontière de Kantchari");
}

test("a collection with every field of CT's detail screen reads back unchanged, created and synced", async () => {
  const input = await everyField();
  const created = (await ok("agent", "CreateCollection", { input, submit: false })).createCollection;
  const stored = await read(created.id);
  assert.equal(stored.publicId, created.publicId);
  assertReadsBack(input, stored);
  assertComputed(stored);

  const clientId = randomUUID();
  const [synced] = (await ok("agent", "SyncCollections", { input: [{ id: clientId, collection: input }] }))
    .syncCollections;
  assert.equal(synced.outcome, "CREATED");
  const fromSync = await read(clientId);
  assertReadsBack(input, fromSync);
  assertComputed(fromSync);
  assert.notEqual(fromSync.publicId, stored.publicId, "each collection has its own public id");

  // People quote the public id: the search finds the collection by it, typed loosely.
  const found = (await ok("agent", "Collections", { filter: { search: stored.publicId.toLowerCase() }, first: 5 }))
    .collections.nodes;
  assert.deepEqual(
    found.map((node: Json) => node.id),
    [created.id],
  );
});

test("returned, corrected and resubmitted, then approved: the fields and the validators' records survive", async () => {
  const input = await everyField();
  const created = (await ok("agent", "CreateCollection", { input, submit: true })).createCollection;
  const returned = (
    await ok("lead", "ReturnCollection", {
      id: created.id,
      version: created.version,
      input: {
        instructions: "Préciser la destination du maïs",
        fieldComments: [{ field: "items.0.specificDestination", comment: "Quel marché ?" }],
        qualityIssues: ["INCOMPLETE_DATA"],
        priorityLevel: "HIGH",
        requiresFieldVerification: false,
        requiresDataCorrection: true,
        requiresAdditionalDocumentation: true,
        validationDeadline: "2026-11-25T18:00:00.000Z",
      },
    })
  ).returnCollection;
  assert.equal(returned.status, "RETURNED");

  const corrected = structuredClone(input);
  corrected.items[0]!.specificDestination = "Marché de Katako, Niamey";
  const updated = (
    await ok("agent", "UpdateCollection", { id: created.id, version: returned.version, input: corrected })
  ).updateCollection;
  assert.equal(updated.publicId, created.publicId, "the public id never changes");
  const resubmitted = (await ok("agent", "SubmitCollection", { id: created.id, version: updated.version }))
    .submitCollection;
  assert.equal(resubmitted.revision, 2);

  // CT's team leads may approve without a score; its supervisors record how they checked.
  const level1 = (
    await ok("lead", "ApproveCollection", { id: created.id, version: resubmitted.version, input: { notes: "OK" } })
  ).approveCollection;
  const level2 = (
    await ok("supervisor", "ApproveCollection", {
      id: created.id,
      version: level1.version,
      input: {
        score: 92,
        metadata: { method: "field_verification", verifiedAt: "2026-11-26T10:15:00.000Z", place: "Kantchari" },
        priorityLevel: "NORMAL",
        requiresFieldVerification: false,
        requiresDataCorrection: false,
        requiresAdditionalDocumentation: false,
      },
    })
  ).approveCollection;
  assert.equal(level2.status, "VALIDATED");

  const stored = await read(created.id);
  assertReadsBack(corrected, stored);
  assertComputed(stored);
  assert.deepEqual(
    stored.history.map((entry: Json) => [entry.action, entry.level, entry.revision, entry.score]),
    [
      ["SUBMIT", null, 1, null],
      ["RETURN", 1, 1, null],
      ["RESUBMIT", null, 2, null],
      ["APPROVE", 1, 2, null],
      ["APPROVE", 2, 2, 92],
    ],
  );
  const [, returnEntry, , level1Entry, level2Entry] = stored.history;
  assert.deepEqual(
    {
      priorityLevel: returnEntry.priorityLevel,
      requiresFieldVerification: returnEntry.requiresFieldVerification,
      requiresDataCorrection: returnEntry.requiresDataCorrection,
      requiresAdditionalDocumentation: returnEntry.requiresAdditionalDocumentation,
      validationDeadline: returnEntry.validationDeadline,
      metadata: returnEntry.metadata,
      fieldComments: returnEntry.fieldComments,
    },
    {
      priorityLevel: "HIGH",
      requiresFieldVerification: false,
      requiresDataCorrection: true,
      requiresAdditionalDocumentation: true,
      validationDeadline: "2026-11-25T18:00:00.000Z",
      metadata: null,
      fieldComments: [{ field: "items.0.specificDestination", comment: "Quel marché ?" }],
    },
  );
  assert.equal(level1Entry.metadata, null);
  assert.equal(level1Entry.notes, "OK");
  assert.deepEqual(
    [level2Entry.metadata, level2Entry.priorityLevel, level2Entry.requiresDataCorrection],
    [{ method: "field_verification", verifiedAt: "2026-11-26T10:15:00.000Z", place: "Kantchari" }, "NORMAL", false],
  );
});

test("a flow seen between posts has no collection point; an update clears what it no longer sends", async () => {
  const input = await everyField();
  const { collectionPointId: _point, ...between } = input;
  const created = (await ok("agent", "CreateCollection", { input: between, submit: false })).createCollection;
  const stored = await read(created.id);
  assert.equal(stored.collectionPoint, null);

  const { marketDay: _day, taxesPaid: _paid, otherDifficulties: _other, ...fewer } = between;
  const updated = (await ok("agent", "UpdateCollection", { id: created.id, version: created.version, input: fewer }))
    .updateCollection;
  const after = await read(updated.id);
  assert.deepEqual([after.marketDay, after.taxesPaid, after.otherDifficulties], [null, null, null]);
  assertReadsBack(fewer, after);
});

test("a bad field is BAD_USER_INPUT naming it", async () => {
  const input = await everyField();
  const [maize, yam] = input.items;
  const cases: [string, Json, string, RegExp][] = [
    ["market day", { ...input, marketDay: 8 }, "marketDay", /1 \(Monday\) to 7/],
    [
      "a range contradicting the bucket",
      { ...input, controls: [{ ...input.controls[0], duration: "OVER_24_H" }] },
      "controls.0.duration",
      /not the range of MIN_40 \(FROM_30_TO_60_MIN\)/,
    ],
    [
      "a tax type twice",
      { ...input, controls: [{ ...input.controls[0], taxTypeIds: ["3", "3"] }] },
      "controls.0.taxTypeIds",
      /twice/,
    ],
    [
      "an animal category without heads",
      { ...input, items: [{ ...input.items[2], animalCategories: [{ category: "small", quantity: -1 }] }] },
      "items.0.animalCategories.0.quantity",
      /./,
    ],
    [
      "an unknown local unit without the agent's weight",
      { ...input, items: [maize, { ...yam, localUnitWeightKg: null }] },
      "items.1.unit",
      /TAS is not a unit of .*or give its weight in localUnitWeightKg/,
    ],
  ];
  for (const [name, bad, field, message] of cases) {
    const body = await operation("agent", "CreateCollection", { input: bad, submit: false });
    const error = body.errors?.[0];
    assert.equal(body.data?.createCollection ?? null, null, name);
    assert.equal(error?.extensions?.code, "BAD_USER_INPUT", `${name}: ${JSON.stringify(body.errors)}`);
    assert.equal(error?.extensions?.field, field, name);
    assert.match(String(error?.message), message, name);
  }
  // A bucket that is not one of the enum's is refused by GraphQL itself, naming the variable's path.
  const body = await operation("agent", "CreateCollection", { input: { ...input, controlDurationType: "HOURS_7" } });
  assert.equal(body.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.match(String(body.errors?.[0]?.message), /controlDurationType/);
});

/** The client's view of the schema: the supergraph's types, as the gateway serves them. */
const supergraph = buildSchema(readFileSync("schema/supergraph.graphql", "utf8"), { assumeValidSDL: true });

function fieldsOf(name: string): GraphQLField<unknown, unknown>[] {
  const type = supergraph.getType(name);
  assert.ok(isObjectType(type), name);
  return Object.values(type.getFields()).filter((field) => field.args.length === 0);
}

/** `field`, with a selection of its own when it is an object: its id, or else its leaf fields. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return field.name;
  const leaves = fieldsOf(type.name).filter((inner) => isLeafType(getNamedType(inner.type)));
  const chosen = leaves.some((inner) => inner.name === "id") ? ["id"] : leaves.map((inner) => inner.name);
  return `${field.name} { __typename ${chosen.join(" ")} }`;
}

test("pages and sync results read only the columns their fields need: each field alone reads as from the whole row", async () => {
  // A page of collections reads the columns of the fields selected (subgraphs/tradeflow/src/modules/
  // collections/columns.ts), a single collection its whole row: they must agree for every field.
  const input = await everyField();
  const id = randomUUID();
  const sync = (selection: string) =>
    stack.gateway.request(
      `mutation S($input: [SyncCollectionInput!]!) { syncCollections(input: $input) { outcome collection { id ${selection} } } }`,
      { input: [{ id, collection: input }] },
      { token: tokens.agent },
    );
  assert.equal((await sync("")).body.data?.syncCollections[0].outcome, "CREATED");
  const compare = async (selection: string, label: string) => {
    const page = await stack.gateway.request(
      `query P($id: String!) { collections(first: 1, filter: { search: $id }) { nodes { id ${selection} } edges { node { id ${selection} } } } }`,
      { id },
      { token: tokens.agent },
    );
    const whole = await stack.gateway.request(
      `query W($id: ID!) { collection(id: $id) { id ${selection} } }`,
      { id },
      {
        token: tokens.agent,
      },
    );
    assert.equal(page.body.errors, undefined, `${label}: ${JSON.stringify(page.body.errors)}`);
    assert.equal(whole.body.errors, undefined, `${label}: ${JSON.stringify(whole.body.errors)}`);
    assert.deepEqual(page.body.data!.collections.nodes, [whole.body.data!.collection], label);
    assert.deepEqual(page.body.data!.collections.edges, [{ node: whole.body.data!.collection }], label);
    // A replayed sync answers with the stored row too, read with the columns of its selection.
    const replay = await sync(selection);
    assert.equal(replay.body.errors, undefined, `${label}: ${JSON.stringify(replay.body.errors)}`);
    assert.deepEqual(
      replay.body.data!.syncCollections,
      [{ outcome: "DUPLICATE", collection: whole.body.data!.collection }],
      label,
    );
  };
  const collectionFields = fieldsOf("Collection");
  const itemFields = fieldsOf("CollectionItem");
  assert.deepEqual([collectionFields.length, itemFields.length], [85, 47], "every field is compared");
  for (const field of collectionFields) await compare(selectionOf(field), `Collection.${field.name}`);
  for (const field of itemFields) await compare(`items { ${selectionOf(field)} }`, `CollectionItem.${field.name}`);
});
