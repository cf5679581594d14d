import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb, Prisma } from "#shared/db/client.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { rebuildRollups } from "../../subgraphs/tradeflow/src/modules/statistics/rollups.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { connectTestNats } from "../support/nats.js";
import { rollupsSettled, statisticsOrganisation } from "../support/statistics.js";

/**
 * Issue 11's statistics through the gateway, on a region of its own whose collections are all known:
 *
 * | # | agent | day (2026) | state | product | kg | value | gender | direction | corridor |
 * |---|---|---|---|---|---|---|---|---|---|
 * | C1 | A1 | 03-10 | validated | maize | 1000 | 200 000 XOF | F | export | Ouaga–Niamey |
 * | C2 | A1 | 03-20 | validated | onion | 1000 | 300 000 XOF | M | import | Ouaga–Niamey |
 * | C3 | A2 | 04-05 | validated | 5 cattle | 1500 | 2 000 EUR (1 311 914 XOF) | FEMALE | export | Lomé–Ouaga |
 * | C4 | B1 | 04-10 | validated | maize | 500 | 100 000 XOF | F | export | Ouaga–Niamey |
 * | C5 | A1 | 04-12 | pending level 2 | maize | 200 | 40 000 | | | |
 * | C6 | A2 | 04-15 | pending level 1 | onion | 200 | 60 000 | | | |
 * | C7 | A1 | 04-16 | draft | maize | 10 000 | | | | |
 * | C8 | A2 | 04-18 | rejected at level 1 | maize | 100 | | | | |
 * | C9 | A1 | 03-25 | validated, then reopened | maize | 300 | 60 000 | | | |
 * | C10 | B1 | 04-20 | returned at level 1 | maize | 100 | | | | |
 *
 * Controls: C1 customs fees 5 000 (15–30 min) and police illegal 2 000 (< 5 min); C2 police fees 1 000 +
 * illegal 3 000 (30–60 min); C4 customs fees 2 000 + illegal 1 000 (1–3 h).
 * Teams: A (A1, A2, lead LA), B (B1, lead LB), one supervisor for the region.
 */
let stack: Stack;
let nats: NatsHandle;
const db = createDb(testEnv.DATABASE_URL);
let org: Awaited<ReturnType<typeof statisticsOrganisation>>;
const demo: Record<string, string> = {};
const ids: Record<string, string> = {};
let adminBaseline: any;
let corridorOuagaNiamey: number;
let corridorLomeOuaga: number;

interface Body {
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function as(who: string, query: string, variables?: Record<string, unknown>): Promise<Body> {
  const token = (org.tokens as Record<string, string>)[who] ?? demo[who];
  return (await stack.gateway.request(query, variables, { token })).body as Body;
}

async function data(who: string, query: string, variables?: Record<string, unknown>) {
  const body = await as(who, query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const ADMIN_STATS = `{ administrationStatistics(year: 2026) { totalCollections acceptedBySupervisor rejected pending
  rejectedByLevel { level count } pendingByLevel { level count } collectionsPerMonth { month label nameFr count }
  acceptedPerMonth { month count } rejectedPerMonth { month count } } }`;

before(async () => {
  stack = await startStack();
  nats = await connectTestNats();
  for (const login of ["admin", "analyst"]) demo[login] = (await stack.gateway.login(`${login}@demo.ct`)).accessToken;
  org = await statisticsOrganisation(db, stack, "stats");
  // Rollups that hold every collection before the baseline: earlier test files wrote some whose events
  // went to a NATS of their own (the outage test).
  await rollupsSettled(db, nats);
  await rebuildRollups(db);
  adminBaseline = (await data("admin", ADMIN_STATS)).administrationStatistics;

  const [maize, onion, cattle, ouagaNiamey, lomeOuaga, customs, police] = await Promise.all([
    db.product.findUniqueOrThrow({ where: { code: "MAIZE" } }),
    db.product.findUniqueOrThrow({ where: { code: "ONION" } }),
    db.product.findUniqueOrThrow({ where: { code: "CATTLE" } }),
    db.corridor.findUniqueOrThrow({ where: { code: "OUAGA-NIAMEY" } }),
    db.corridor.findUniqueOrThrow({ where: { code: "LOME-OUAGA" } }),
    db.lookupValue.findUniqueOrThrow({ where: { kind_code: { kind: "CONTROL_SERVICE", code: "CUSTOMS" } } }),
    db.lookupValue.findUniqueOrThrow({ where: { kind_code: { kind: "CONTROL_SERVICE", code: "POLICE" } } }),
  ]);
  corridorOuagaNiamey = ouagaNiamey.id;
  corridorLomeOuaga = lomeOuaga.id;
  const maizeSacks = (n: number) => [
    { productId: String(maize.id), quantity: String(n), unit: "SACK_100KG", unitPrice: "20000" },
  ];
  const onionSacks = (n: number) => [
    { productId: String(onion.id), quantity: String(n), unit: "SACK_50KG", unitPrice: "15000" },
  ];
  // No extra fields: another test file publishes its own forms, and these figures do not depend on them.
  const base = {
    extraFields: null,
    context: "FORMAL_BORDER",
    direction: "EXPORT",
    operatorGender: "F",
    corridorId: String(ouagaNiamey.id),
    controls: [],
  };
  const specs: Record<string, { agent: string; day: string; input: Record<string, unknown> }> = {
    C1: {
      agent: "agentA1",
      day: "03-10",
      input: {
        items: maizeSacks(10),
        knowsCommunityRules: true,
        knowsNationalRules: false,
        driverHasLicence: true,
        controls: [
          { controlServiceId: String(customs.id), feesPaid: "5000", duration: "FROM_15_TO_30_MIN" },
          { controlServiceId: String(police.id), illegalFees: "2000", duration: "UNDER_5_MIN" },
        ],
      },
    },
    C2: {
      agent: "agentA1",
      day: "03-20",
      input: {
        items: onionSacks(20),
        context: "INFORMAL_BORDER",
        direction: "IMPORT",
        operatorGender: "M",
        knowsCommunityRules: false,
        controls: [
          { controlServiceId: String(police.id), feesPaid: "1000", illegalFees: "3000", duration: "FROM_30_TO_60_MIN" },
        ],
      },
    },
    C3: {
      agent: "agentA2",
      day: "04-05",
      input: {
        type: "LIVESTOCK",
        currencyCode: "EUR",
        operatorGender: "FEMALE",
        corridorId: String(lomeOuaga.id),
        // Control posts and an illegal payment told in the header, with no control recorded.
        hasControlPosts: true,
        controlPostsCount: 2,
        illegalFeesPaid: true,
        driverVehicleInspectionUpToDate: true,
        driverRegistrationCardUpToDate: false,
        driverInsuranceUpToDate: true,
        driverOtherDocumentsUpToDate: false,
        items: [
          { productId: String(cattle.id), quantity: "5", unit: "head", unitPrice: "400", averageWeightKg: "300" },
        ],
      },
    },
    C4: {
      agent: "agentB1",
      day: "04-10",
      input: {
        items: maizeSacks(5),
        driverVehicleInspectionUpToDate: false,
        driverInsuranceUpToDate: true,
        controls: [
          { controlServiceId: String(customs.id), feesPaid: "2000", illegalFees: "1000", duration: "FROM_1_TO_3_H" },
        ],
      },
    },
    C5: { agent: "agentA1", day: "04-12", input: { items: maizeSacks(2) } },
    C6: { agent: "agentA2", day: "04-15", input: { items: onionSacks(4), direction: "IMPORT", operatorGender: "M" } },
    C7: { agent: "agentA1", day: "04-16", input: { items: maizeSacks(100) } },
    C8: { agent: "agentA2", day: "04-18", input: { items: maizeSacks(1) } },
    C9: { agent: "agentA1", day: "03-25", input: { items: maizeSacks(3) } },
    C10: { agent: "agentB1", day: "04-20", input: { items: maizeSacks(1) } },
  };
  const versions: Record<string, number> = {};
  const step = async (who: string, name: string, mutation: string, extra = "") => {
    const result = await data(
      who,
      `mutation($id: ID!, $v: Int!) { ${mutation.replace("$$", `id: $id, version: $v${extra}`)} { version } }`,
      {
        id: ids[name],
        v: versions[name],
      },
    );
    versions[name] = (Object.values(result)[0] as { version: number }).version;
  };
  const approve = (who: string, name: string, score: number) =>
    step(who, name, `approveCollection($$, input: { score: ${score} })`);
  for (const [name, spec] of Object.entries(specs)) {
    const input = {
      ...(await collectionInput(db, { ...base, collectedAt: `2026-${spec.day}T09:00:00Z` })),
      ...spec.input,
    };
    const created = (
      await data(
        spec.agent,
        `mutation($i: CollectionInput!, $s: Boolean) { createCollection(input: $i, submit: $s) { id version } }`,
        {
          i: input,
          s: name !== "C7",
        },
      )
    ).createCollection;
    ids[name] = created.id;
    versions[name] = created.version;
  }
  for (const name of ["C1", "C2", "C3", "C5", "C9"]) await approve("leadA", name, name === "C3" ? 70 : 80);
  await approve("leadB", "C4", 80);
  for (const name of ["C1", "C2", "C3", "C4", "C9"]) await approve("supervisor", name, 90);
  await step("leadA", "C8", `rejectCollection($$, input: { reason: "Doublon" })`);
  await step("leadB", "C10", `returnCollection($$, input: { instructions: "Préciser le poids" })`);
  await step("supervisor", "C9", `reopenCollection($$, reason: "Contrôle a posteriori")`);
  await rollupsSettled(db, nats);
});
after(async () => {
  await stack?.close();
  await nats?.nc.drain();
  await db.$disconnect();
});

const TOTALS = `totals { collections items weightKg weightTonnes headCount declaredValues { currency amount }
  valueReference value collectionsWithoutReferenceValue }`;

test("measures count validated collections: never drafts; pending only when asked", async () => {
  const result = (
    await data("supervisor", `{ tradeStatistics { basis referenceCurrency currency exchangeRate rateDate ${TOTALS} } }`)
  ).tradeStatistics;
  assert.deepEqual(result, {
    basis: "VALIDATED",
    referenceCurrency: "XOF",
    currency: "XOF",
    exchangeRate: "1",
    rateDate: null,
    totals: {
      collections: 4,
      items: 4,
      weightKg: "4000",
      weightTonnes: "4",
      headCount: 5,
      declaredValues: [
        { currency: "EUR", amount: "2000" },
        { currency: "XOF", amount: "600000" },
      ],
      valueReference: "1911914",
      value: "1911914",
      collectionsWithoutReferenceValue: 0,
    },
  });
  const withPending = (
    await data("supervisor", `{ tradeStatistics(basis: VALIDATED_AND_PENDING) { totals { collections weightKg } } }`)
  ).tradeStatistics;
  // + C5, C6 (pending) and C9 (reopened: pending again); never C7 (draft, 10 t), C8 (rejected), C10 (returned).
  assert.deepEqual(withPending.totals, { collections: 7, weightKg: "4700" });
});

test("each role sees its own scope; an agent only their own figures, whatever they filter", async () => {
  const totals = async (who: string, filter: Record<string, unknown> = {}) =>
    (
      await data(
        who,
        `query($f: StatisticsFilter) { tradeStatistics(filter: $f) { totals { collections weightKg } } }`,
        { f: filter },
      )
    ).tradeStatistics.totals;
  assert.deepEqual(await totals("agentA1"), { collections: 2, weightKg: "2000" });
  assert.deepEqual(await totals("agentA1", { collectorIds: [org.users.agentA2.id] }), {
    collections: 0,
    weightKg: "0",
  });
  assert.deepEqual(await totals("agentA2"), { collections: 1, weightKg: "1500" });
  assert.deepEqual(await totals("leadA"), { collections: 3, weightKg: "3500" });
  assert.deepEqual(await totals("leadB"), { collections: 1, weightKg: "500" });
  assert.deepEqual(await totals("leadA", { teamIds: [String(org.teamB.id)] }), { collections: 0, weightKg: "0" });
  assert.deepEqual(await totals("supervisor"), { collections: 4, weightKg: "4000" });
  assert.deepEqual(await totals("analyst", { regionIds: [String(org.region.id)] }), {
    collections: 4,
    weightKg: "4000",
  });
  assert.deepEqual(await totals("admin", { teamIds: [String(org.teamA.id)] }), { collections: 3, weightKg: "3500" });
  assert.deepEqual(await totals("admin", { teamIds: [String(org.teamA.id)], from: "2026-04-01", to: "2026-04-30" }), {
    collections: 1,
    weightKg: "1500",
  });

  const pendingAsAnalyst = await as(
    "analyst",
    `{ tradeStatistics(basis: VALIDATED_AND_PENDING) { totals { collections } } }`,
  );
  assert.equal(pendingAsAnalyst.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const pendingAsAgent = await as(
    "agentA1",
    `{ tradeStatistics(basis: VALIDATED_AND_PENDING) { totals { collections } } }`,
  );
  assert.equal(pendingAsAgent.errors?.[0]?.extensions?.code, "FORBIDDEN");
  assert.deepEqual(
    (await data("leadA", `{ tradeStatistics(basis: VALIDATED_AND_PENDING) { totals { collections } } }`))
      .tradeStatistics.totals,
    { collections: 6 }, // C1, C2, C3, C5, C6, C9
  );
});

test("grouping by gender gives shares of collections, weight and value, with French and English labels", async () => {
  const groups = (
    await data(
      "supervisor",
      `{ tradeStatistics(groupBy: [GENDER]) { groups { keys { dimension key labelFr labelEn } measures { collections
        weightKg valueReference }
      shareOfCollections shareOfWeight shareOfValue } } }`,
    )
  ).tradeStatistics.groups;
  assert.deepEqual(groups, [
    {
      keys: [{ dimension: "GENDER", key: "FEMALE", labelFr: "Femme", labelEn: "Female" }],
      measures: { collections: 3, weightKg: "3000", valueReference: "1611914" },
      shareOfCollections: "0.75",
      shareOfWeight: "0.75",
      shareOfValue: "0.8431",
    },
    {
      keys: [{ dimension: "GENDER", key: "MALE", labelFr: "Homme", labelEn: "Male" }],
      measures: { collections: 1, weightKg: "1000", valueReference: "300000" },
      shareOfCollections: "0.25",
      shareOfWeight: "0.25",
      shareOfValue: "0.1569",
    },
  ]);
});

test("grouping by product category (model's classification) and by product, with heads of livestock", async () => {
  const byCategory = (
    await data(
      "supervisor",
      `{ tradeStatistics(groupBy: [PRODUCT_CATEGORY]) { groups { keys { key labelFr labelEn } measures { collections
        weightKg headCount valueReference } shareOfValue } } }`,
    )
  ).tradeStatistics.groups;
  const category = async (code: string) =>
    String(
      (await db.classification.findUniqueOrThrow({ where: { kind_code: { kind: "PRODUCT_CATEGORY", code } } })).id,
    );
  assert.deepEqual(byCategory, [
    {
      keys: [{ key: await category("CEREALS"), labelFr: "Céréales", labelEn: "Cereals" }],
      measures: { collections: 2, weightKg: "1500", headCount: 0, valueReference: "300000" },
      shareOfValue: "0.1569",
    },
    {
      keys: [{ key: await category("VEGETABLES"), labelFr: "Légumes", labelEn: "Vegetables" }],
      measures: { collections: 1, weightKg: "1000", headCount: 0, valueReference: "300000" },
      shareOfValue: "0.1569",
    },
    {
      keys: [{ key: await category("LIVESTOCK"), labelFr: "Bétail", labelEn: "Livestock" }],
      measures: { collections: 1, weightKg: "1500", headCount: 5, valueReference: "1311914" },
      shareOfValue: "0.6862",
    },
  ]);
  const cattle = await db.product.findUniqueOrThrow({ where: { code: "CATTLE" } });
  const bySpecies = (
    await data(
      "supervisor",
      `{ tradeStatistics(groupBy: [ANIMAL_SPECIES]) { groups { keys { key labelEn animalSpecies { code } } measures {
        headCount } } } }`,
    )
  ).tradeStatistics.groups;
  assert.deepEqual(bySpecies, [
    {
      keys: [{ key: String(cattle.speciesId), labelEn: "Cattle", animalSpecies: { code: "CATTLE" } }],
      measures: { headCount: 5 },
    },
    { keys: [{ key: null, labelEn: null, animalSpecies: null }], measures: { headCount: 0 } },
  ]);
  const maize = await db.product.findUniqueOrThrow({ where: { code: "MAIZE" } });
  const onlyMaize = (
    await data(
      "leadA",
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f, groupBy: [PRODUCT]) { groups { keys { product { code
        } } measures { collections weightKg } } } }`,
      {
        f: { productIds: [String(maize.id)] },
      },
    )
  ).tradeStatistics.groups;
  assert.deepEqual(onlyMaize, [
    { keys: [{ product: { code: "MAIZE" } }], measures: { collections: 1, weightKg: "1000" } },
  ]);
});

test("grouping by month and direction, by ISO week, and two dimensions with resolved references", async () => {
  const byMonth = (
    await data(
      "supervisor",
      `{ tradeStatistics(groupBy: [DIRECTION], timeBucket: MONTH) { timeBucket groups { period { start end label }
        keys { key labelFr } measures { collections weightKg } } } }`,
    )
  ).tradeStatistics;
  assert.equal(byMonth.timeBucket, "MONTH");
  assert.deepEqual(byMonth.groups, [
    {
      period: { start: "2026-03-01", end: "2026-03-31", label: "2026-03" },
      keys: [{ key: "EXPORT", labelFr: "Exportation" }],
      measures: { collections: 1, weightKg: "1000" },
    },
    {
      period: { start: "2026-03-01", end: "2026-03-31", label: "2026-03" },
      keys: [{ key: "IMPORT", labelFr: "Importation" }],
      measures: { collections: 1, weightKg: "1000" },
    },
    {
      period: { start: "2026-04-01", end: "2026-04-30", label: "2026-04" },
      keys: [{ key: "EXPORT", labelFr: "Exportation" }],
      measures: { collections: 2, weightKg: "2000" },
    },
  ]);
  const byWeek = (
    await data(
      "agentA1",
      `{ tradeStatistics(timeBucket: WEEK) { groups { period { start end label } measures { collections } } } }`,
    )
  ).tradeStatistics.groups;
  assert.deepEqual(byWeek, [
    { period: { start: "2026-03-09", end: "2026-03-15", label: "2026-W11" }, measures: { collections: 1 } },
    { period: { start: "2026-03-16", end: "2026-03-22", label: "2026-W12" }, measures: { collections: 1 } },
  ]);
  const byQuarter = (
    await data(
      "supervisor",
      `{ tradeStatistics(timeBucket: QUARTER) { groups { period { label end } measures { collections } } } }`,
    )
  ).tradeStatistics.groups;
  assert.deepEqual(byQuarter, [
    { period: { label: "2026-Q1", end: "2026-03-31" }, measures: { collections: 2 } },
    { period: { label: "2026-Q2", end: "2026-06-30" }, measures: { collections: 2 } },
  ]);
  const twoDimensions = (
    await data(
      "supervisor",
      `{ tradeStatistics(groupBy: [CORRIDOR, TEAM]) { groupBy groups { keys { corridor { code } team { code } }
        measures { collections } } } }`,
    )
  ).tradeStatistics;
  assert.deepEqual(twoDimensions.groupBy, ["CORRIDOR", "TEAM"]);
  const expected = [
    {
      keys: [
        { corridor: { code: "LOME-OUAGA" }, team: null },
        { corridor: null, team: { code: org.teamA.code } },
      ],
      measures: { collections: 1 },
    },
    {
      keys: [
        { corridor: { code: "OUAGA-NIAMEY" }, team: null },
        { corridor: null, team: { code: org.teamA.code } },
      ],
      measures: { collections: 2 },
    },
    {
      keys: [
        { corridor: { code: "OUAGA-NIAMEY" }, team: null },
        { corridor: null, team: { code: org.teamB.code } },
      ],
      measures: { collections: 1 },
    },
  ];
  if (corridorLomeOuaga > corridorOuagaNiamey) expected.push(expected.shift()!);
  assert.deepEqual(twoDimensions.groups, expected);
});

test("values in another currency use admin's dated rate", async () => {
  const result = (
    await data(
      "supervisor",
      `{ tradeStatistics(currency: "EUR", filter: { to: "2026-04-30" }) { currency exchangeRate rateDate totals {
        valueReference value } } }`,
    )
  ).tradeStatistics;
  assert.equal(result.currency, "EUR");
  assert.equal(result.rateDate, "2026-01-01");
  const expected = new Prisma.Decimal("1911914")
    .mul(result.exchangeRate)
    .toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
  assert.equal(
    result.totals.value,
    expected
      .toFixed()
      .replace(/(\.\d*?)0+$/, "$1")
      .replace(/\.$/, ""),
  );
  assert.equal(
    new Prisma.Decimal(result.totals.value).toDecimalPlaces(0).toString(),
    "2915",
    "1 911 914 XOF ≈ 2 915 EUR at 655.957",
  );
});

const ROAD = `totals { trips tripsWithControls controls controlsPerTrip feesPaid feesPaidPerTrip illegalPayments
  illegalFees illegalFeesPerTrip timeLostMinutes timeLostMinutesPerTrip distanceKm }
  groups { keys { key corridor { code } referenceCode { code } } measures { trips tripsWithControls controls
  controlsPerTrip feesPaid feesPaidPerTrip illegalPayments illegalFees illegalFeesPerTrip timeLostMinutes
  timeLostMinutesPerTrip distanceKm
  controlsPer100Km feesPaidPer100Km illegalFeesPer100Km } }`;

test("road governance per corridor: controls, fees, illegal payments per trip and 100 km, time lost", async () => {
  const result = (await data("supervisor", `{ roadGovernance { groupBy referenceCurrency ${ROAD} } }`)).roadGovernance;
  assert.deepEqual(result.groupBy, ["CORRIDOR"]);
  assert.equal(result.referenceCurrency, "XOF");
  assert.deepEqual(result.totals, {
    trips: 4,
    tripsWithControls: 3,
    controls: 4,
    controlsPerTrip: "1",
    feesPaid: "8000",
    feesPaidPerTrip: "2000",
    illegalPayments: 3,
    illegalFees: "6000",
    illegalFeesPerTrip: "1500",
    timeLostMinutes: "190",
    timeLostMinutesPerTrip: "47.5",
    distanceKm: null,
  });
  const ouagaNiamey = {
    keys: [{ key: String(corridorOuagaNiamey), corridor: { code: "OUAGA-NIAMEY" }, referenceCode: null }],
    measures: {
      trips: 3,
      tripsWithControls: 3,
      controls: 4,
      controlsPerTrip: "1.33",
      feesPaid: "8000",
      feesPaidPerTrip: "2666.67",
      illegalPayments: 3,
      illegalFees: "6000",
      illegalFeesPerTrip: "2000",
      timeLostMinutes: "190",
      timeLostMinutesPerTrip: "63.33",
      distanceKm: "529",
      controlsPer100Km: "0.25",
      feesPaidPer100Km: "504.1",
      illegalFeesPer100Km: "378.07",
    },
  };
  const lomeOuaga = {
    keys: [{ key: String(corridorLomeOuaga), corridor: { code: "LOME-OUAGA" }, referenceCode: null }],
    measures: {
      trips: 1,
      tripsWithControls: 0,
      controls: 0,
      controlsPerTrip: "0",
      feesPaid: "0",
      feesPaidPerTrip: "0",
      illegalPayments: 0,
      illegalFees: "0",
      illegalFeesPerTrip: "0",
      timeLostMinutes: "0",
      timeLostMinutesPerTrip: "0",
      distanceKm: "990",
      controlsPer100Km: "0",
      feesPaidPer100Km: "0",
      illegalFeesPer100Km: "0",
    },
  };
  assert.deepEqual(
    result.groups,
    corridorLomeOuaga < corridorOuagaNiamey ? [lomeOuaga, ouagaNiamey] : [ouagaNiamey, lomeOuaga],
  );
});

test("road governance per corridor and control service: each service over the corridor's trips", async () => {
  const groups = (
    await data(
      "supervisor",
      `{ roadGovernance(groupBy: [CORRIDOR, CONTROL_SERVICE]) { groups { keys { referenceCode { code } } measures {
        trips tripsWithControls controls controlsPerTrip feesPaid illegalPayments illegalFees timeLostMinutes } } } }`,
    )
  ).roadGovernance.groups;
  assert.deepEqual(groups, [
    {
      keys: [{ referenceCode: null }, { referenceCode: { code: "CUSTOMS" } }],
      measures: {
        trips: 3,
        tripsWithControls: 2,
        controls: 2,
        controlsPerTrip: "0.67",
        feesPaid: "7000",
        illegalPayments: 1,
        illegalFees: "1000",
        timeLostMinutes: "142.5",
      },
    },
    {
      keys: [{ referenceCode: null }, { referenceCode: { code: "POLICE" } }],
      measures: {
        trips: 3,
        tripsWithControls: 2,
        controls: 2,
        controlsPerTrip: "0.67",
        feesPaid: "1000",
        illegalPayments: 2,
        illegalFees: "5000",
        timeLostMinutes: "47.5",
      },
    },
  ]);
});

test("compliance rates with their denominators, header flags and the four driver documents included", async () => {
  const rates = (
    await data(
      "supervisor",
      `{ complianceRates { collections withControlPosts { count answered rate } withIllegalFees { count answered rate }
      knowsCommunityRules { count answered rate } knowsNationalRules { count answered rate }
      driverLicenceUpToDate { count answered rate } vehicleDocumentsUpToDate { count answered rate }
      vehicleInspectionUpToDate { count answered rate } registrationCardUpToDate { count answered rate }
      vehicleInsuranceUpToDate { count answered rate } otherDocumentsUpToDate { count answered rate } } }`,
    )
  ).complianceRates;
  assert.deepEqual(rates, {
    collections: 4,
    // C1, C2 and C4 by their controls, C3 by its header.
    withControlPosts: { count: 4, answered: 4, rate: "1" },
    withIllegalFees: { count: 4, answered: 4, rate: "1" },
    knowsCommunityRules: { count: 1, answered: 2, rate: "0.5" },
    knowsNationalRules: { count: 0, answered: 1, rate: "0" },
    driverLicenceUpToDate: { count: 1, answered: 1, rate: "1" },
    vehicleDocumentsUpToDate: { count: 0, answered: 0, rate: null },
    vehicleInspectionUpToDate: { count: 1, answered: 2, rate: "0.5" },
    registrationCardUpToDate: { count: 0, answered: 1, rate: "0" },
    vehicleInsuranceUpToDate: { count: 2, answered: 2, rate: "1" },
    otherDocumentsUpToDate: { count: 0, answered: 1, rate: "0" },
  });
});

test("workflow per level: rates, mean score, median and p90 time to decide, pending per level", async () => {
  // Known durations instead of the test's own timing, then `npm run stats:rebuild`'s recomputation.
  const decisions = await db.collectionValidation.findMany({
    where: { collectionId: { in: Object.values(ids) }, action: { in: ["APPROVE", "REJECT", "RETURN"] } },
    orderBy: { id: "asc" },
  });
  const levelOne = [30, 120, 600, 1_000, 4_000, 90_000, 100, 200];
  let index = 0;
  for (const decision of decisions) {
    await db.collectionValidation.update({
      where: { id: decision.id },
      data: { durationSeconds: decision.level === 1 ? levelOne[index++]! : 3_600 },
    });
  }
  assert.equal(index, 8);
  await rebuildRollups(db);

  const result = (
    await data(
      "supervisor",
      `{ workflowStatistics { groupBy totals { decisions approvals }
      groups { keys { dimension key labelFr labelEn } measures { decisions approvals rejections returns
      approvalRate rejectionRate returnRate meanQualityScore
      meanSecondsToDecide medianSecondsToDecideAtMost p90SecondsToDecideAtMost } } pendingByLevel { level count } } }`,
    )
  ).workflowStatistics;
  assert.deepEqual(result.groupBy, ["LEVEL"]);
  assert.deepEqual(result.totals, { decisions: 13, approvals: 11 });
  assert.deepEqual(result.groups, [
    {
      keys: [{ dimension: "LEVEL", key: "1", labelFr: "Niveau 1", labelEn: "Level 1" }],
      measures: {
        decisions: 8,
        approvals: 6,
        rejections: 1,
        returns: 1,
        approvalRate: "0.75",
        rejectionRate: "0.125",
        returnRate: "0.125",
        meanQualityScore: "78.33",
        meanSecondsToDecide: "12006",
        medianSecondsToDecideAtMost: 300,
        p90SecondsToDecideAtMost: 172_800,
      },
    },
    {
      keys: [{ dimension: "LEVEL", key: "2", labelFr: "Niveau 2", labelEn: "Level 2" }],
      measures: {
        decisions: 5,
        approvals: 5,
        rejections: 0,
        returns: 0,
        approvalRate: "1",
        rejectionRate: "0",
        returnRate: "0",
        meanQualityScore: "90",
        meanSecondsToDecide: "3600",
        medianSecondsToDecideAtMost: 3_600,
        p90SecondsToDecideAtMost: 3_600,
      },
    },
  ]);
  assert.deepEqual(result.pendingByLevel, [
    { level: 1, count: 1 },
    { level: 2, count: 2 },
  ]);
  const perCollector = (
    await data(
      "leadA",
      `{ workflowStatistics(groupBy: [COLLECTOR], filter: { levels: [1] }) { groups { keys { user { id } } measures {
        decisions rejectionRate returnRate } } } }`,
    )
  ).workflowStatistics.groups;
  assert.deepEqual(perCollector, [
    { keys: [{ user: { id: org.users.agentA1.id } }], measures: { decisions: 4, rejectionRate: "0", returnRate: "0" } },
    {
      keys: [{ user: { id: org.users.agentA2.id } }],
      measures: { decisions: 2, rejectionRate: "0.5", returnRate: "0" },
    },
  ]);
});

test("dashboards: the role's board, the validator's decisions per month, the supervisor's team breakdown", async () => {
  const board = `{ validationBoard { role levels pending validated rejected total pendingLevel1 pendingLevel2 } }`;
  assert.deepEqual((await data("leadA", board)).validationBoard, {
    role: "TEAM_LEAD",
    levels: [1],
    pending: 1,
    validated: 5,
    rejected: 1,
    total: 8,
    pendingLevel1: 1,
    pendingLevel2: 2,
  });
  assert.deepEqual((await data("supervisor", board)).validationBoard, {
    role: "SUPERVISOR",
    levels: [2],
    pending: 2,
    validated: 4,
    rejected: 0,
    total: 10,
    pendingLevel1: 1,
    pendingLevel2: 2,
  });
  assert.deepEqual((await data("agentA1", board)).validationBoard, {
    role: "AGENT",
    levels: [],
    pending: 2,
    validated: 2,
    rejected: 0,
    total: 5,
    pendingLevel1: 0,
    pendingLevel2: 2,
  });

  const month = new Date().toISOString().slice(0, 7);
  assert.deepEqual(
    (await data("leadA", `{ myDecisionsByMonth { month collectionType decision count } }`)).myDecisionsByMonth,
    [
      { month, collectionType: "AGRICULTURAL", decision: "VALIDATED", count: 4 },
      { month, collectionType: "AGRICULTURAL", decision: "REJECTED", count: 1 },
      { month, collectionType: "LIVESTOCK", decision: "VALIDATED", count: 1 },
    ],
  );
  assert.deepEqual(
    (await data("leadB", `{ myDecisionsByMonth(months: 1) { month collectionType decision count } }`))
      .myDecisionsByMonth,
    [
      { month, collectionType: "AGRICULTURAL", decision: "VALIDATED", count: 1 },
      { month, collectionType: "AGRICULTURAL", decision: "RETURNED", count: 1 },
    ],
  );
  assert.equal((await as("agentA1", `{ myDecisionsByMonth { count } }`)).errors?.[0]?.extensions?.code, "FORBIDDEN");

  const breakdown = (
    await data(
      "supervisor",
      `{ teamValidationBreakdown { teams { team { code lead { id } } counts { pendingLevel1 rejectedLevel1
        pendingLevel2 validatedLevel2 rejectedLevel2 } }
      totals { pendingLevel1 rejectedLevel1 pendingLevel2 validatedLevel2 rejectedLevel2 } } }`,
    )
  ).teamValidationBreakdown;
  assert.deepEqual(breakdown, {
    teams: [
      {
        team: { code: org.teamA.code, lead: { id: org.users.leadA.id } },
        counts: { pendingLevel1: 1, rejectedLevel1: 1, pendingLevel2: 2, validatedLevel2: 3, rejectedLevel2: 0 },
      },
      {
        team: { code: org.teamB.code, lead: { id: org.users.leadB.id } },
        counts: { pendingLevel1: 0, rejectedLevel1: 0, pendingLevel2: 0, validatedLevel2: 1, rejectedLevel2: 0 },
      },
    ],
    totals: { pendingLevel1: 1, rejectedLevel1: 1, pendingLevel2: 2, validatedLevel2: 4, rejectedLevel2: 0 },
  });
  assert.equal(
    (await as("leadA", `{ teamValidationBreakdown { totals { pendingLevel1 } } }`)).errors?.[0]?.extensions?.code,
    "FORBIDDEN",
  );
});

test("the admin dashboard's figures grow by exactly this region's collections", async () => {
  const now = (await data("admin", ADMIN_STATS)).administrationStatistics;
  const delta = (field: string) => now[field] - adminBaseline[field];
  assert.deepEqual(
    {
      total: delta("totalCollections"),
      accepted: delta("acceptedBySupervisor"),
      rejected: delta("rejected"),
      pending: delta("pending"),
    },
    { total: 8, accepted: 4, rejected: 1, pending: 3 },
  );
  const levelDelta = (field: string, level: number) =>
    (now[field].find((row: { level: number }) => row.level === level)?.count ?? 0) -
    (adminBaseline[field].find((row: { level: number }) => row.level === level)?.count ?? 0);
  assert.deepEqual(
    [
      levelDelta("rejectedByLevel", 1),
      levelDelta("rejectedByLevel", 2),
      levelDelta("pendingByLevel", 1),
      levelDelta("pendingByLevel", 2),
    ],
    [1, 0, 1, 2],
  );
  const monthDelta = (field: string) =>
    now[field].map((row: { count: number }, i: number) => row.count - adminBaseline[field][i].count);
  const thisMonth = new Date().getUTCMonth();
  const only = (index: number, count: number) => Array.from({ length: 12 }, (_, i) => (i === index ? count : 0));
  assert.deepEqual(
    monthDelta("collectionsPerMonth"),
    only(2, 3).map((value, i) => (i === 3 ? 5 : value)),
  );
  assert.deepEqual(monthDelta("acceptedPerMonth"), only(thisMonth, 5), "C1–C4 and C9's first validation");
  assert.deepEqual(monthDelta("rejectedPerMonth"), only(thisMonth, 1));
  assert.deepEqual(now.collectionsPerMonth[2], {
    month: 3,
    label: "2026-03",
    nameFr: "mars",
    count: now.collectionsPerMonth[2].count,
  });
  assert.equal((await as("supervisor", ADMIN_STATS)).errors?.[0]?.extensions?.code, "FORBIDDEN");
});

test("bad input is BAD_USER_INPUT: too many dimensions, non-numeric ids, backwards periods, …", async () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f, groupBy: [GENDER, DIRECTION, CORRIDOR]) { totals {
        collections } } }`,
      {},
    ],
    [
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f) { totals { collections } } }`,
      { f: { collectorIds: ["1) OR (1=1"] } },
    ],
    [
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f) { totals { collections } } }`,
      { f: { from: "2026-05-01", to: "2026-04-01" } },
    ],
    [
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f, groupBy: [GENDER, GENDER]) { totals { collections }
        } }`,
      {},
    ],
    [
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f, groupBy: [CONTROL_SERVICE]) { totals { collections }
        } }`,
      {},
    ],
    [`query($f: StatisticsFilter) { tradeStatistics(filter: $f, currency: "EURO") { totals { collections } } }`, {}],
    [`query($f: StatisticsFilter) { roadGovernance(filter: $f, groupBy: [PRODUCT]) { totals { trips } } }`, {}],
    [`query($f: StatisticsFilter) { complianceRates(filter: $f) { collections } }`, { f: { productIds: ["1"] } }],
    [`{ workflowStatistics(filter: { validatorIds: ["x"] }) { totals { decisions } } }`, {}],
    [`{ myDecisionsByMonth(months: 99) { count } }`, {}],
  ];
  for (const [query, variables] of cases) {
    const body = await as("leadA", query, variables);
    assert.equal(
      body.errors?.[0]?.extensions?.code,
      "BAD_USER_INPUT",
      `${query} ${JSON.stringify(variables)}: ${JSON.stringify(body.errors)}`,
    );
  }
});

test("a reopened collection leaves the figures until it is validated again", async () => {
  const validated = async () =>
    (await data("supervisor", `{ tradeStatistics { totals { collections weightKg } } }`)).tradeStatistics.totals;
  assert.deepEqual(await validated(), { collections: 4, weightKg: "4000" }, "C9 reopened: not counted");
  const { version } = await db.collection.findUniqueOrThrow({ where: { id: ids.C9 } });
  await data(
    "supervisor",
    `mutation($id: ID!, $v: Int!) { approveCollection(id: $id, version: $v, input: { score: 95 }) { status } }`,
    { id: ids.C9, v: version },
  );
  await rollupsSettled(db, nats);
  assert.deepEqual(await validated(), { collections: 5, weightKg: "4300" }, "C9 validated again: counted again");
});
