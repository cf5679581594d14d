import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { createDb } from "#shared/db/client.js";
import { connectNats, type NatsHandle } from "#shared/events/nats.js";
import { createLogger } from "#shared/logger.js";
import { DEMO_REPORTS_URL_SECRET } from "#shared/env.js";
import { signedDownloadUrl } from "#shared/reports/files.js";
import { subgraphNatsSettings } from "#shared/service/subgraph-env.js";
import { loadTradeflowEnv } from "../../subgraphs/tradeflow/src/env.js";
import {
  startReportWorker,
  type RunningReportWorker,
  type ReportWorkerOptions,
} from "../../subgraphs/tradeflow/src/workers/report-worker.js";
import { startStack, type Stack } from "../support/stack.js";
import { serviceEnvironment, testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createTeamFixture } from "../support/fixtures.js";
import { connectTestNats, waitFor } from "../support/nats.js";
import { rollupsSettled } from "../support/statistics.js";

/**
 * Reports end to end: requested through the gateway, written by the report worker from the
 * REPORT_JOBS work queue, downloaded from the gateway with a signed URL, parsed back and compared with
 * a fixture whose figures are known. The stack runs without its own worker so that this file decides
 * which worker takes a job (and can stop one mid-job); the workers are the very ones tradeflow starts.
 */
let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
const reportsDir = mkdtempSync(path.join(tmpdir(), "ct-reports-"));
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
const handles: NatsHandle[] = [];
let worker: RunningReportWorker;
/** Workers a test left hung mid-job: released and stopped at the end, so their streamed reads close. */
const hungWorkers: { release: () => void; worker: RunningReportWorker }[] = [];
let gatewayOrigin: string;
let corridorId: number;

// Three validated collections of the fixture team, each 12 × 100 kg maize at 22 500 and 20 × 50 kg
// onions at 15 000 XOF, with one control (fees 5 000, illegal 2 000, 15–30 min) on OUAGA-NIAMEY (529 km).
const VALIDATED = 3;
const ROWS = VALIDATED * 2;

async function workerNats(): Promise<NatsHandle> {
  const env = loadTradeflowEnv(serviceEnvironment());
  const handle = await connectNats(
    subgraphNatsSettings("tradeflow", env),
    "report-worker-test",
    createLogger("test", "silent"),
  );
  handles.push(handle);
  return handle;
}

async function newWorker(overrides: Partial<ReportWorkerOptions> = {}): Promise<RunningReportWorker> {
  return startReportWorker({
    db,
    databaseUrl: testEnv.DATABASE_URL,
    nats: await workerNats(),
    logger: createLogger("report-worker", "silent"),
    reportsDir,
    retentionHours: 1,
    ackWaitMs: 2_000,
    // Three pages for six rows: "mid-job" exists.
    pageSize: 2,
    ...overrides,
  });
}

interface Body {
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function as(who: string, query: string, variables?: Record<string, unknown>): Promise<Body> {
  return (await stack.gateway.request(query, variables, { token: tokens[who] })).body as Body;
}

const REQUEST = `mutation R($input: RequestReportInput!) {
  requestReport(input: $input) { id status progress format }
}`;
const REPORT = `query($id: ID!) {
  report(id: $id) { id status progress rowCount format sizeBytes downloadUrl expiresAt error }
}`;

async function requestReport(who: string, input: Record<string, unknown>): Promise<string> {
  const body = await as(who, REQUEST, { input });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data.requestReport.status, "QUEUED", "requestReport returns the job at once");
  return body.data.requestReport.id;
}

async function readyReport(who: string, id: string) {
  return waitFor(
    async () => {
      const report = (await as(who, REPORT, { id })).data.report;
      assert.notEqual(report.status, "FAILED", report.error);
      return report.status === "READY" ? report : null;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: `report ${id} to be READY` },
  );
}

function download(url: string, token: string | undefined) {
  return fetch(new URL(url, gatewayOrigin), { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const sum = (values: (string | number)[]) => values.reduce<number>((total, value) => total + Number(value), 0);
const cents = (value: number) => Math.round(value * 100) / 100;

async function parseWorkbook(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The data rows of a workbook's first sheet, as objects keyed by header. */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index] ?? null])));
  });
  return rows;
}

before(async () => {
  stack = await startStack({ REPORTS_WORKER_ENABLED: "false", REPORTS_DIR: reportsDir });
  gatewayOrigin = new URL(stack.gatewayUrl).origin;
  const fixture = await createTeamFixture(db, "reports");
  for (const role of ["agent", "lead", "supervisor"] as const) {
    const login = await stack.gateway.login(fixture[role].email, fixture[role].password);
    tokens[role] = login.accessToken;
    userIds[role] = login.userId;
  }
  tokens.analyst = (await stack.gateway.login("analyst@demo.ct")).accessToken;
  corridorId = (await db.corridor.findUniqueOrThrow({ where: { code: "OUAGA-NIAMEY" } })).id;

  const create = `mutation($i: CollectionInput!) { createCollection(input: $i, submit: true) { id version } }`;
  const approve = `mutation($id: ID!, $v: Int!) {
    approveCollection(id: $id, version: $v, input: { score: 90 }) { version status }
  }`;
  for (let day = 1; day <= VALIDATED + 1; day += 1) {
    const input = await collectionInput(db, {
      collectedAt: `2026-10-0${day}T08:00:00Z`,
      corridorId: String(corridorId),
      // None of the form's extra fields: other tests publish new versions of the AGRICULTURAL form.
      extraFields: {},
    });
    const result = await as("agent", create, { i: input });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const created = result.data.createCollection;
    if (day > VALIDATED) break; // the last one stays pending at level 1
    const level1 = (await as("lead", approve, { id: created.id, v: created.version })).data.approveCollection;
    const level2 = (await as("supervisor", approve, { id: created.id, v: level1.version })).data.approveCollection;
    assert.equal(level2.status, "VALIDATED");
  }
  // A draft: never in a report.
  const draft = `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`;
  const draftInput = await collectionInput(db, { corridorId: String(corridorId), extraFields: {} });
  assert.ok((await as("agent", draft, { i: draftInput })).data.createCollection.id);
  worker = await newWorker();
});

after(async () => {
  for (const hung of hungWorkers) hung.release();
  await Promise.all(hungWorkers.map((hung) => hung.worker.stop()));
  await worker?.stop();
  await Promise.allSettled(handles.map((handle) => handle.nc.close()));
  await stack?.close();
  await db.$disconnect();
  rmSync(reportsDir, { recursive: true, force: true });
});

test("CSV: written by the worker, downloaded through the gateway, the fixture's figures", async () => {
  const id = await requestReport("supervisor", { kind: "COLLECTION_ITEMS", format: "CSV" });
  const report = await readyReport("supervisor", id);
  assert.equal(report.rowCount, ROWS);
  assert.equal(report.progress, 100);
  assert.ok(report.expiresAt, "a READY report says when its file goes");
  assert.match(report.downloadUrl, new RegExp(`^/reports/${id}/download\\?expires=\\d+&signature=[\\w-]+$`));

  const response = await download(report.downloadUrl, tokens.supervisor);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8");
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.equal(bytes.length, report.sizeBytes);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a UTF-8 byte-order mark for Excel");
  const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
  assert.equal(rows.length, ROWS, "validated collections only: no draft, no pending");
  assert.equal(cents(sum(rows.map((row) => row["Valeur initiale"]!))), VALIDATED * 570_000);
  assert.equal(cents(sum(rows.map((row) => row["Volume (kg)"]!))), VALIDATED * 2_200);
  assert.equal(cents(sum(rows.map((row) => row["Valeur (devise de référence)"]!))), VALIDATED * 570_000);
  const maize = rows.filter((row) => row["Produit"] === "Maïs");
  assert.equal(maize.length, VALIDATED);
  assert.deepEqual(
    { ...maize[0], "Identifiant de la collecte": "(id)" },
    {
      "Identifiant de la collecte": "(id)",
      Année: "2026",
      Mois: "10",
      "Date de collecte": "2026-10-01",
      "Type de collecte": "Produits agricoles",
      "Sens du flux": "Exportation",
      Produit: "Maïs",
      "Code SH": "1005.90",
      "Moyen de transport": (
        await db.lookupValue.findFirstOrThrow({ where: { kind: "TRANSPORT_MODE", code: "TRUCK" } })
      ).name,
      "Identifiant du transport": "11 GH 4567",
      "Pays d'origine": "Burkina Faso",
      "Pays de destination": "Niger",
      "Point de collecte": "Poste frontière de Kantchari",
      Corridor: "Ouagadougou – Niamey",
      "Point de chargement": "",
      "Point de déchargement": "",
      "Quantité (volume initial)": "12",
      Unité: "SACK_100KG",
      "Prix unitaire": "22500",
      "Valeur initiale": "270000",
      Devise: "XOF",
      "Volume (kg)": "1200",
      "Valeur (devise de référence)": "270000",
      "Devise de référence": "XOF",
    },
  );
  assert.deepEqual(
    rows.map((row) => row["Date de collecte"]),
    ["2026-10-01", "2026-10-01", "2026-10-02", "2026-10-02", "2026-10-03", "2026-10-03"],
    "in collection order",
  );

  // The requester hears of it: tradeflow.report.ready, relayed from the outbox.
  await waitFor(
    async () => {
      const [event] = await db.$queryRaw<{ published_at: Date | null }[]>`
        SELECT published_at FROM tradeflow_outbox_event
        WHERE type = 'tradeflow.report.ready' AND JSON_VALUE(envelope, '$.payload.reportId') = ${id}`;
      return event?.published_at;
    },
    { what: "tradeflow.report.ready to be published" },
  );
});

test("XLSX in English: typed numeric cells, frozen header, a filter sheet; parsed back with exceljs", async () => {
  const id = await requestReport("supervisor", {
    kind: "COLLECTION_ITEMS",
    format: "XLSX",
    language: "EN",
    filter: { from: "2026-10-01T00:00:00Z", to: "2026-10-31T23:59:59Z", corridorIds: [String(corridorId)] },
  });
  const report = await readyReport("supervisor", id);
  const response = await download(report.downloadUrl, tokens.supervisor);
  assert.equal(response.status, 200);
  assert.equal(
    response.headers.get("content-type"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  const workbook = await parseWorkbook(response);
  assert.deepEqual(
    workbook.worksheets.map((sheet) => sheet.name),
    ["Data", "Filter"],
  );
  const data = workbook.worksheets[0]!;
  assert.equal(data.views[0]?.state, "frozen");
  assert.equal((data.views[0] as { ySplit?: number }).ySplit, 1);
  const rows = sheetRows(data);
  assert.equal(rows.length, ROWS);
  for (const row of rows) {
    assert.equal(typeof row["Initial value"], "number", "values are numeric cells");
    assert.equal(typeof row["Volume (kg)"], "number");
    assert.equal(typeof row["Year"], "number");
    assert.ok(row["Collection date"] instanceof Date, "dates are date cells");
  }
  assert.equal(cents(sum(rows.map((row) => row["Initial value"] as number))), VALIDATED * 570_000);
  assert.equal(cents(sum(rows.map((row) => row["Volume (kg)"] as number))), VALIDATED * 2_200);
  assert.deepEqual([...new Set(rows.map((row) => row["Product"]))].sort(), ["Maize", "Onion"]);
  assert.deepEqual([...new Set(rows.map((row) => row["Collection type"]))], ["Agricultural products"]);

  const about = Object.fromEntries(
    workbook.worksheets[1]!.getSheetValues()
      .slice(1)
      .map((values) => (values as ExcelJS.CellValue[]).slice(1, 3)),
  );
  assert.equal(about["Report"], "Validated collections and their items");
  assert.equal(about["Rows"], ROWS);
  assert.equal(about["Collected from"], "2026-10-01T00:00:00.000Z");
  assert.equal(about["Corridors (ids)"], String(corridorId));
  assert.ok(!Number.isNaN(Date.parse(String(about["Generated at (UTC)"]))), "the generation date");
});

test("road governance per corridor, computed from the raw rows", async () => {
  const id = await requestReport("supervisor", { kind: "ROAD_GOVERNANCE_BY_CORRIDOR", format: "CSV", language: "EN" });
  const report = await readyReport("supervisor", id);
  assert.equal(report.rowCount, 1);
  const rows = parse(Buffer.from(await (await download(report.downloadUrl, tokens.supervisor)).arrayBuffer()), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  // 3 trips of 529 km, one control each: 5 000 official fees, 2 000 illegal, 22.5 min (15–30 min).
  assert.deepEqual(rows, [
    {
      Corridor: "Ouagadougou – Niamey",
      Currency: "XOF",
      "Distance (km)": "529",
      Trips: "3",
      Controls: "3",
      "Controls per trip": "1.00",
      "Controls per 100 km": "0.19",
      "Official fees": "15000.00",
      "Official fees per trip": "5000.00",
      "Official fees per 100 km": "945.18",
      "Illegal payments": "6000.00",
      "Illegal payments per trip": "2000.00",
      "Illegal payments per 100 km": "378.07",
      "Time lost (min, estimated)": "67.5",
      "Time lost per trip (min)": "22.50",
    },
  ]);
});

test("a validator may include pending collections; an analyst may not", async () => {
  const id = await requestReport("lead", { kind: "COLLECTION_ITEMS", format: "CSV", filter: { includePending: true } });
  const report = await readyReport("lead", id);
  assert.equal(report.rowCount, ROWS + 2, "the pending collection's two items, still no draft");
  const refused = await as("analyst", REQUEST, {
    input: { kind: "COLLECTION_ITEMS", format: "CSV", filter: { includePending: true } },
  });
  assert.equal(refused.errors?.[0]?.extensions?.code, "FORBIDDEN");
});

test("statistics reports in CSV and XLSX hold the statistics query's figures, in the requester's scope", async () => {
  const nats = await connectTestNats();
  handles.push(nats);
  await rollupsSettled(db, nats);
  const filter = { from: "2026-10-01T00:00:00Z", to: "2026-10-31T23:59:59Z", corridorIds: [String(corridorId)] };
  const statistics = (
    await as(
      "supervisor",
      `query($f: StatisticsFilter) { tradeStatistics(filter: $f, groupBy: [PRODUCT], timeBucket: MONTH) {
        groups { period { label } keys { labelEn product { id } }
          measures { collections items weightKg weightTonnes headCount valueReference } shareOfCollections } } }`,
      { f: { from: "2026-10-01", to: "2026-10-31", corridorIds: [String(corridorId)] } },
    )
  ).data.tradeStatistics.groups as {
    period: { label: string };
    measures: Record<string, string | number>;
    shareOfCollections: string;
  }[];
  assert.equal(statistics.length, 2, "maize and onion in October");
  const expected = statistics.map((group) => ({
    period: group.period.label,
    collections: group.measures.collections,
    items: group.measures.items,
    weightKg: Number(group.measures.weightKg),
    tonnes: Number(group.measures.weightTonnes),
    value: Number(group.measures.valueReference),
    share: Number(group.shareOfCollections),
  }));
  assert.deepEqual(
    expected.map((row) => row.collections),
    [VALIDATED, VALIDATED],
  );

  const csvId = await requestReport("supervisor", {
    kind: "STATISTICS_BY_MONTH_AND_PRODUCT",
    format: "CSV",
    language: "EN",
    filter,
  });
  const csvReport = await readyReport("supervisor", csvId);
  assert.equal(csvReport.rowCount, 2);
  const csvRows = parse(Buffer.from(await (await download(csvReport.downloadUrl, tokens.supervisor)).arrayBuffer()), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  assert.deepEqual(
    csvRows.map((row) => ({
      period: row["Period"],
      collections: Number(row["Collections"]),
      items: Number(row["Items"]),
      weightKg: Number(row["Weight (kg)"]),
      tonnes: Number(row["Weight (t)"]),
      value: Number(row["Value (reference currency)"]),
      share: Number(row["Share of collections"]),
    })),
    expected,
  );
  assert.deepEqual(csvRows.map((row) => row["Product"]).sort(), ["Maize", "Onion"]);

  const xlsxId = await requestReport("supervisor", { kind: "STATISTICS_BY_MONTH_AND_PRODUCT", format: "XLSX", filter });
  const workbook = await parseWorkbook(
    await download((await readyReport("supervisor", xlsxId)).downloadUrl, tokens.supervisor),
  );
  const sheet = sheetRows(workbook.worksheets[0]!);
  assert.deepEqual(
    sheet.map((row) => ({
      period: row["Période"],
      collections: row["Collectes"],
      items: row["Lignes de produits"],
      weightKg: row["Poids (kg)"],
      tonnes: row["Poids (t)"],
      value: row["Valeur (devise de référence)"],
      share: row["Part des collectes"],
    })),
    expected,
    "French headers, numeric cells, the same figures",
  );
  assert.deepEqual(sheet.map((row) => row["Produit"]).sort(), ["Maïs", "Oignon"]);

  // An agent's file holds the decisions on their own collections (the fixture's agent recorded all of
  // them); decisions are dated the day they were taken, so no period here.
  const agentId = await requestReport("agent", { kind: "WORKFLOW_QUALITY", format: "CSV", language: "EN" });
  const agentRows = parse(
    Buffer.from(await (await download((await readyReport("agent", agentId)).downloadUrl, tokens.agent)).arrayBuffer()),
    { bom: true, columns: true },
  ) as Record<string, string>[];
  const workflow = (
    await as(
      "agent",
      `{ workflowStatistics(groupBy: [LEVEL, COLLECTION_TYPE]) {
        groups { keys { labelEn } measures { decisions approvals rejections returns approvalRate } } } }`,
    )
  ).data.workflowStatistics.groups as { keys: { labelEn: string }[]; measures: Record<string, number | string> }[];
  assert.deepEqual(
    agentRows.map((row) => [
      row["Level"],
      row["Collection type"],
      row["Decisions"],
      row["Approvals"],
      row["Approval rate"],
    ]),
    workflow.map((group) => [
      group.keys[0]!.labelEn,
      group.keys[1]!.labelEn,
      String(group.measures.decisions),
      String(group.measures.approvals),
      String(group.measures.approvalRate),
    ]),
  );
  assert.equal(agentRows.length, 2, "levels 1 and 2, agricultural products");
});

test("bad requests: an unknown kind, a reversed period, a bad id", async () => {
  const unknown = await as("analyst", REQUEST, { input: { kind: "EVERYTHING", format: "CSV" } });
  assert.equal(unknown.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  const reversed = await as("analyst", REQUEST, {
    input: {
      kind: "COLLECTION_ITEMS",
      format: "CSV",
      filter: { from: "2026-10-02T00:00:00Z", to: "2026-10-01T00:00:00Z" },
    },
  });
  assert.equal(reversed.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  assert.equal(reversed.errors?.[0]?.extensions?.field, "filter.from");
  const badId = await as("analyst", REQUEST, {
    input: { kind: "COLLECTION_ITEMS", format: "CSV", filter: { productIds: ["../1"] } },
  });
  assert.equal(badId.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
});

test("downloads need the requester's token and a genuine, fresh URL; else a JSON error", async () => {
  const id = await requestReport("supervisor", { kind: "COLLECTION_ITEMS", format: "CSV" });
  const { downloadUrl } = await readyReport("supervisor", id);
  const code = async (response: Response) =>
    ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

  // The web dashboard downloads with fetch() from its own origin.
  const preflight = await fetch(new URL(downloadUrl, gatewayOrigin), {
    method: "OPTIONS",
    headers: { origin: "https://dashboard.example.org", "access-control-request-headers": "authorization" },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get("access-control-allow-origin"), "https://dashboard.example.org");
  const anonymous = await download(downloadUrl, undefined);
  assert.equal(anonymous.status, 401);
  assert.equal(await code(anonymous), "UNAUTHENTICATED");
  // Someone else's URL (here the team lead holding the supervisor's link) is foreign.
  const foreign = await download(downloadUrl, tokens.lead);
  assert.equal(foreign.status, 403);
  assert.equal(await code(foreign), "FORBIDDEN");
  const stretched = downloadUrl.replace(/expires=(\d+)/, (_m: string, s: string) => `expires=${Number(s) + 3600}`);
  assert.equal((await download(stretched, tokens.supervisor)).status, 403, "an edited deadline breaks the signature");
  const expired = signedDownloadUrl(DEMO_REPORTS_URL_SECRET, id, userIds.supervisor!, -60).url;
  const gone = await download(expired, tokens.supervisor);
  assert.equal(gone.status, 410);
  assert.equal(await code(gone), "GONE");
  const traversal = await download(
    `/reports/..%2F..%2Fetc%2Fpasswd/download?expires=9999999999&signature=x`,
    tokens.supervisor,
  );
  assert.equal(traversal.status, 403, "only report ids name files");
  // Another user does not even see the report.
  assert.equal((await as("lead", REPORT, { id })).data.report, null);
  assert.deepEqual(
    (await as("supervisor", `{ myReports(first: 100) { id } }`)).data.myReports.some(
      (r: { id: string }) => r.id === id,
    ),
    true,
  );

  // Housekeeping removes files past their retention: the report says EXPIRED and its URL is gone.
  await db.report.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
  assert.equal(await worker.removeExpiredFiles(), 1);
  const expiredReport = (await as("supervisor", REPORT, { id })).data.report;
  assert.equal(expiredReport.status, "EXPIRED");
  assert.equal(expiredReport.downloadUrl, null);
  assert.equal((await download(downloadUrl, tokens.supervisor)).status, 410);
});

test("a worker stopped mid-job: the job goes to another worker, which writes the complete file", async () => {
  await worker.stop();
  let tookIt: (rows: number) => void = () => undefined;
  let release: () => void = () => undefined;
  const firstPageWritten = new Promise<number>((resolve) => (tookIt = resolve));
  const doomedNats = await workerNats();
  const doomed = await startReportWorker({
    db,
    databaseUrl: testEnv.DATABASE_URL,
    nats: doomedNats,
    logger: createLogger("report-worker", "silent"),
    reportsDir,
    retentionHours: 1,
    ackWaitMs: 2_000,
    pageSize: 2,
    // After its first page this worker never moves again, like a process that hangs or dies.
    afterPage: async (_id, rows) => {
      tookIt(rows);
      await new Promise<void>((_, reject) => (release = () => reject(new Error("released after the tests"))));
    },
  });
  hungWorkers.push({ release: () => release(), worker: doomed });
  const id = await requestReport("supervisor", { kind: "COLLECTION_ITEMS", format: "XLSX" });
  assert.equal(await firstPageWritten, 2, "the first worker took the job and wrote one page");
  const running = (await as("supervisor", REPORT, { id })).data.report;
  assert.equal(running.status, "RUNNING");
  assert.equal(running.progress, 33);

  // Killed: its connection goes without acknowledging the job, so JetStream hands it out again.
  await doomedNats.nc.close();
  worker = await newWorker();
  const report = await readyReport("supervisor", id);
  assert.equal(report.rowCount, ROWS);
  assert.equal((await db.report.findUniqueOrThrow({ where: { id } })).attempts, 2, "the second attempt wrote it");
  const rows = sheetRows((await parseWorkbook(await download(report.downloadUrl, tokens.supervisor))).worksheets[0]!);
  assert.equal(rows.length, ROWS, "a complete file, not the first worker's page");
  assert.equal(cents(sum(rows.map((row) => row["Valeur initiale"] as number))), VALIDATED * 570_000);
});

test("a failed job is retried once, then reported FAILED with its error", async () => {
  await worker.stop();
  // Here a CSV fails on its first attempt only, an XLSX on every attempt.
  worker = await newWorker({
    afterPage: async (id) => {
      const report = await db.report.findUniqueOrThrow({ where: { id } });
      if (report.format === "XLSX" || report.attempts === 1) throw new Error("disk full (simulated)");
    },
  });
  const once = await requestReport("supervisor", { kind: "COLLECTION_ITEMS", format: "CSV" });
  const recovered = await readyReport("supervisor", once);
  assert.equal(recovered.rowCount, ROWS);
  assert.equal((await db.report.findUniqueOrThrow({ where: { id: once } })).attempts, 2);

  const always = await requestReport("supervisor", { kind: "COLLECTION_ITEMS", format: "XLSX" });
  const failed = await waitFor(
    async () => {
      const report = (await as("supervisor", REPORT, { id: always })).data.report;
      return report.status === "FAILED" ? report : null;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: "the report to fail" },
  );
  assert.equal(failed.error, "disk full (simulated)");
  assert.equal(failed.downloadUrl, null);
  assert.equal((await db.report.findUniqueOrThrow({ where: { id: always } })).attempts, 2, "two attempts, no third");
});
