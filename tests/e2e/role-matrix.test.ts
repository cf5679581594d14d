import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROLES, type RoleCode } from "#shared/auth/claims.js";
import { DEMO_USERS } from "../../scripts/db/demo-data.js";
import { startStack, type Stack } from "../support/stack.js";

/**
 * The permission matrix of docs/permissions.md, executed: the test reads the table from the document and
 * calls every operation it names as every role (and anonymously) through the gateway. "allowed" means the
 * permission layer let the call through — it may still end in a domain error (NOT_FOUND, BAD_USER_INPUT)
 * because the inputs below are deliberately harmless.
 */
type Caller = RoleCode | "ANONYMOUS";
type Outcome = "allowed" | "FORBIDDEN" | "UNAUTHENTICATED";
type Query = string | ((helpers: { refreshToken: () => Promise<string> }) => Promise<string>);

const PERMISSIONS_DOC = path.resolve(import.meta.dirname, "../../docs/permissions.md");
const OUTCOMES: Record<string, Outcome> = { "✅": "allowed", "⛔": "FORBIDDEN", "🔒": "UNAUTHENTICATED" };

/**
 * The matrix table: one row per operation or group of operations. A cell names its operations in
 * backquotes, `Query.x` or `Mutation.x`, and a bare name belongs to the type last named in the cell
 * ("`Mutation.logout`, `logoutAll`"). Federation's `_service`/`_entities` and fields of other types are
 * not root fields of the gateway's API. Each role cell starts with its outcome's mark.
 */
function readPermissionMatrix(markdown: string): Map<string, Record<Caller, Outcome>> {
  const legend = new Map([...markdown.matchAll(/\b([A-Z]{2}) = ([A-Z_]+)\b/g)].map((match) => [match[1]!, match[2]!]));
  const rows = markdown
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const header = rows.find((cells) => cells.includes("anonymous"));
  assert.ok(header, "docs/permissions.md has the matrix table (a header with an `anonymous` column)");
  const columns = header
    .map((label, index) => ({ caller: label === "anonymous" ? "ANONYMOUS" : legend.get(label), index }))
    .filter((column): column is { caller: Caller; index: number } => column.caller !== undefined);
  assert.deepEqual(columns.map((column) => column.caller).sort(), [...ROLES, "ANONYMOUS"].sort());
  const operationColumn = header.indexOf("operation");
  const matrix = new Map<string, Record<Caller, Outcome>>();
  for (const cells of rows.slice(rows.indexOf(header) + 2)) {
    if (cells.length !== header.length) break;
    let type: string | undefined;
    for (const [, name] of cells[operationColumn]!.matchAll(/`([A-Za-z_.]+)`/g)) {
      const [field, ofType] = name!.includes(".") ? [name!.split(".")[1]!, name!.split(".")[0]!] : [name!, type];
      type = ofType;
      if (field.startsWith("_") || (type !== "Query" && type !== "Mutation")) continue;
      const expected = Object.fromEntries(
        columns.map(({ caller, index }) => {
          const outcome = OUTCOMES[[...cells[index]!][0] ?? ""];
          assert.ok(outcome, `${type}.${field} as ${caller}: "${cells[index]}" starts with none of ✅ ⛔ 🔒`);
          return [caller, outcome];
        }),
      ) as Record<Caller, Outcome>;
      assert.ok(!matrix.has(`${type}.${field}`), `${type}.${field} has one row only`);
      matrix.set(`${type}.${field}`, expected);
    }
  }
  return matrix;
}

const NO_ID = "999999";
const NO_UUID = "00000000-0000-0000-0000-000000000000";
const collectionInput = (collectionPointId: string) =>
  `collectedAt: "2026-11-01T08:00:00Z", type: AGRICULTURAL, collectionPointId: "${collectionPointId}", items: []`;

/** A harmless call of each operation: valid GraphQL, inputs that change nothing that matters. */
const inputs: Record<string, Query> = {
  "Query.me": "{ me { id } }",
  "Query.mySessions": "{ mySessions { id } }",
  "Mutation.login": `mutation { login(input: { login: "analyst@demo.ct", password: "Demo!2026pass" }) { expiresIn } }`,
  "Mutation.refreshSession": async ({ refreshToken }) =>
    `mutation { refreshSession(refreshToken: "${await refreshToken()}") { expiresIn } }`,
  "Mutation.logout": "mutation { logout }",
  "Mutation.logoutAll": "mutation { logoutAll }",
  "Mutation.revokeSession": `mutation { revokeSession(id: "${NO_UUID}") }`,
  "Mutation.changePassword": `mutation {
    changePassword(input: { currentPassword: "not-my-password", newPassword: "Whatever-2026-pass" })
  }`,
  "Mutation.setTemporaryPassword": `mutation {
    setTemporaryPassword(input: { userId: "${NO_ID}", temporaryPassword: "Temporary-2026-pass" })
  }`,
  "Query.user": `{ user(id: "3") { id } }`,
  "Query.users": "{ users { nodes { id } } }",
  "Query.roles": "{ roles { code permissions } }",
  "Query.team": `{ team(id: "1") { id } }`,
  "Query.teams": "{ teams { nodes { id } } }",
  "Query.region": `{ region(id: "1") { id } }`,
  "Query.regions": "{ regions { nodes { id } } }",
  "Mutation.createUser": `mutation { createUser(input: { fullName: "x", role: AGENT }) { id } }`,
  "Mutation.updateUser": `mutation { updateUser(id: "${NO_ID}", input: { fullName: "Nobody Here" }) { id } }`,
  "Mutation.deactivateUser": `mutation { deactivateUser(id: "${NO_ID}") { id } }`,
  "Mutation.reactivateUser": `mutation { reactivateUser(id: "${NO_ID}") { id } }`,
  "Query.assignedStaff": "{ assignedStaff { totalCount nodes { id } } }",
  "Mutation.createStaff": `mutation {
    createStaff(input: { firstName: "x", lastName: "y", role: AGENT, password: "x" }) { passwordSet }
  }`,
  "Mutation.deleteUser": `mutation { deleteUser(id: "${NO_ID}") { deleted } }`,
  "Mutation.updateMyProfile": `mutation { updateMyProfile(input: { email: "not-an-email" }) { id } }`,
  "Mutation.createTeam": `mutation { createTeam(input: { code: "?", name: "x", regionId: "1" }) { id } }`,
  "Mutation.updateTeam": `mutation { updateTeam(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createRegion": `mutation { createRegion(input: { code: "?", name: "x" }) { id } }`,
  "Mutation.updateRegion": `mutation { updateRegion(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.setRegionSupervisors": `mutation { setRegionSupervisors(regionId: "${NO_ID}", supervisorIds: []) { id } }`,
  "Query.countries": "{ countries { nodes { id } } }",
  "Query.country": `{ country(code: "BF") { id } }`,
  "Query.cities": "{ cities { nodes { id } } }",
  "Query.city": `{ city(id: "${NO_ID}") { id } }`,
  "Query.corridors": "{ corridors { nodes { id } } }",
  "Query.corridor": `{ corridor(id: "${NO_ID}") { id } }`,
  "Query.collectionPoints": "{ collectionPoints { nodes { id } } }",
  "Query.collectionPoint": `{ collectionPoint(id: "${NO_ID}") { id } }`,
  "Query.currencies": "{ currencies { code } }",
  "Query.currency": `{ currency(code: "XOF") { code } }`,
  "Query.exchangeRates": `{ exchangeRates(currencyCode: "EUR") { nodes { rate } } }`,
  "Query.convertAmount": `{ convertAmount(amount: "1", from: "EUR") { converted } }`,
  "Query.referenceCodes": "{ referenceCodes(kind: TRANSPORT_MODE) { code } }",
  "Query.referenceCodeList": "{ referenceCodeList(kind: SEASON) { totalCount } }",
  "Query.referenceCode": `{ referenceCode(id: "${NO_ID}") { id } }`,
  "Query.taxTypes": "{ taxTypes { totalCount } }",
  "Query.taxType": `{ taxType(id: "${NO_ID}") { id } }`,
  "Query.commercialActors": "{ commercialActors { nodes { id } } }",
  "Query.commercialActor": `{ commercialActor(id: "${NO_ID}") { id } }`,
  "Query.systemSettings": "{ systemSettings { key } }",
  "Query.referenceData": `{ referenceData(knownVersion: "x") { version } }`,
  "Mutation.createCountry": `mutation {
    createCountry(input: { code: "?", iso3: "?", name: "x", nameEn: "x" }) { id }
  }`,
  "Mutation.updateCountry": `mutation { updateCountry(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createCity": `mutation { createCity(input: { countryId: "${NO_ID}", name: "x" }) { id } }`,
  "Mutation.updateCity": `mutation { updateCity(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createCorridor": `mutation {
    createCorridor(input: { code: "?", name: "x", startCountryId: "1", endCountryId: "1" }) { id }
  }`,
  "Mutation.updateCorridor": `mutation { updateCorridor(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createCollectionPoint": `mutation {
    createCollectionPoint(input: { code: "?", name: "x", type: MARKET, countryId: "1" }) { id }
  }`,
  "Mutation.updateCollectionPoint": `mutation { updateCollectionPoint(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createCurrency": `mutation { createCurrency(input: { code: "?", name: "x", nameEn: "x" }) { code } }`,
  "Mutation.updateCurrency": `mutation { updateCurrency(code: "QQQ", input: {}) { code } }`,
  "Mutation.setExchangeRate": `mutation {
    setExchangeRate(input: { currencyCode: "QQQ", rate: "1", validFrom: "2026-01-01" }) { id }
  }`,
  "Mutation.createReferenceCode": `mutation {
    createReferenceCode(input: { kind: TRANSPORT_MODE, code: "?", name: "x", nameEn: "x" }) { id }
  }`,
  "Mutation.updateReferenceCode": `mutation { updateReferenceCode(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createCommercialActor": `mutation {
    createCommercialActor(input: { type: TRADER, name: "x" }) { created }
  }`,
  "Mutation.updateCommercialActor": `mutation { updateCommercialActor(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createTaxType": `mutation { createTaxType(input: { code: "?", name: "x" }) { id } }`,
  "Mutation.updateTaxType": `mutation { updateTaxType(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.deleteReferenceData": `mutation { deleteReferenceData(entity: CORRIDOR, id: "${NO_ID}") { deleted } }`,
  "Mutation.updateSystemSetting": `mutation { updateSystemSetting(key: "NO_SUCH_KEY", value: 1) { key } }`,
  "Query.classifications": "{ classifications(kind: PRODUCT_CATEGORY) { code } }",
  "Query.animalSpecies": "{ animalSpecies { code } }",
  "Query.animals": "{ animals { totalCount } }",
  "Query.animal": `{ animal(id: "${NO_ID}") { id } }`,
  "Mutation.createAnimal": `mutation { createAnimal(input: { name: "x", speciesId: "${NO_ID}" }) { id } }`,
  "Mutation.updateAnimal": `mutation { updateAnimal(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.deleteCatalogRecord": `mutation { deleteCatalogRecord(entity: PRODUCT, id: "${NO_ID}") { deleted } }`,
  "Query.units": "{ units { code } }",
  "Query.convertQuantity": `{ convertQuantity(productId: "${NO_ID}", unit: "kg", quantity: "1") { baseQuantity } }`,
  "Query.formDefinition": "{ formDefinition(collectionType: AGRICULTURAL) { version } }",
  "Query.formDefinitions": "{ formDefinitions(collectionType: AGRICULTURAL) { version } }",
  "Query.workflowDefinition": "{ workflowDefinition { version } }",
  "Query.workflowDefinitions": "{ workflowDefinitions { version } }",
  "Query.metadata": `{ metadata(knownVersion: "x") { version } }`,
  "Mutation.createProduct": `mutation { createProduct(input: { code: "?", name: "x" }) { id } }`,
  "Mutation.updateProduct": `mutation { updateProduct(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createProductUnit": `mutation {
    createProductUnit(input: { productId: "${NO_ID}", code: "?", name: "x", nameEn: "x", baseQuantity: "1" }) { id }
  }`,
  "Mutation.updateProductUnit": `mutation { updateProductUnit(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createUnit": `mutation {
    createUnit(input: { code: "?", name: "x", nameEn: "x", dimension: MASS, factor: "0" }) { id }
  }`,
  "Mutation.updateUnit": `mutation { updateUnit(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createClassification": `mutation {
    createClassification(input: { kind: PRODUCT_CATEGORY, code: "?", name: "x", nameEn: "x" }) { id }
  }`,
  "Mutation.updateClassification": `mutation { updateClassification(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createAnimalSpecies": `mutation {
    createAnimalSpecies(input: { code: "?", name: "x", nameEn: "x" }) { id }
  }`,
  "Mutation.updateAnimalSpecies": `mutation { updateAnimalSpecies(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.createAnimalType": `mutation {
    createAnimalType(input: { speciesId: "${NO_ID}", code: "?", name: "x", nameEn: "x" }) { id }
  }`,
  "Mutation.createFormDefinitionDraft": `mutation {
    createFormDefinitionDraft(input: { collectionType: MIXED, title: "x", jsonSchema: {} }) { id }
  }`,
  "Mutation.updateFormDefinitionDraft": `mutation { updateFormDefinitionDraft(id: "${NO_ID}", input: {}) { id } }`,
  "Mutation.publishFormDefinition": `mutation { publishFormDefinition(id: "${NO_ID}") { id } }`,
  "Mutation.createWorkflowDefinitionDraft": `mutation { createWorkflowDefinitionDraft(input: { levels: [] }) { id } }`,
  "Mutation.publishWorkflowDefinition": `mutation { publishWorkflowDefinition(id: "${NO_ID}") { id } }`,
  "Query.product": `{ product(id: "${NO_ID}") { id } }`,
  "Query.products": "{ products { nodes { id } } }",
  "Query.myValidationQueue": "{ myValidationQueue { nodes { id } } }",
  "Query.collectionCounts": "{ collectionCounts { total } }",
  "Query.collectionHistory": `{ collectionHistory(id: "${NO_UUID}") { id } }`,
  "Mutation.createCollection": `mutation {
    createCollection(input: { ${collectionInput(NO_ID)} }) { id }
  }`,
  "Mutation.updateCollection": `mutation {
    updateCollection(id: "${NO_UUID}", version: 1, input: { ${collectionInput("1")} }) { id }
  }`,
  "Mutation.deleteCollection": `mutation { deleteCollection(id: "${NO_UUID}", version: 1) }`,
  "Mutation.submitCollection": `mutation { submitCollection(id: "${NO_UUID}", version: 1) { id } }`,
  "Mutation.syncCollections": `mutation { syncCollections(input: []) { clientId } }`,
  "Mutation.approveCollection": `mutation {
    approveCollection(id: "${NO_UUID}", version: 1, input: { score: 50 }) { id }
  }`,
  "Mutation.rejectCollection": `mutation {
    rejectCollection(id: "${NO_UUID}", version: 1, input: { reason: "because" }) { id }
  }`,
  "Mutation.returnCollection": `mutation {
    returnCollection(id: "${NO_UUID}", version: 1, input: { instructions: "fix it" }) { id }
  }`,
  "Mutation.reopenCollection": `mutation { reopenCollection(id: "${NO_UUID}", version: 1, reason: "because") { id } }`,
  "Mutation.bulkApproveCollections": `mutation { bulkApproveCollections(items: [], input: { score: 50 }) { id } }`,
  "Mutation.bulkRejectCollections": `mutation {
    bulkRejectCollections(items: [], input: { reason: "because" }) { id }
  }`,
  "Query.collection": `{ collection(id: "${NO_UUID}") { id } }`,
  "Query.collections": "{ collections { nodes { id } } }",
  "Query.tradeStatistics": "{ tradeStatistics { totals { collections } } }",
  "Query.roadGovernance": "{ roadGovernance { totals { trips } } }",
  "Query.complianceRates": "{ complianceRates { collections } }",
  "Query.workflowStatistics": "{ workflowStatistics { totals { decisions } } }",
  "Query.validationBoard": "{ validationBoard { pending } }",
  "Query.myDecisionsByMonth": "{ myDecisionsByMonth { count } }",
  "Query.teamValidationBreakdown": "{ teamValidationBreakdown { totals { pendingLevel1 } } }",
  "Query.administrationStatistics": "{ administrationStatistics { totalCollections } }",
  // reports: a reversed period is refused after the permission layer, so nothing is queued
  "Query.report": `{ report(id: "${NO_UUID}") { id } }`,
  "Query.myReports": "{ myReports { id } }",
  "Mutation.requestReport": `mutation { requestReport(input: { kind: WORKFLOW_QUALITY, format: CSV,
    filter: { from: "2026-10-02T00:00:00Z", to: "2026-10-01T00:00:00Z" } }) { id } }`,
};
/** Operations that end the caller's session get a fresh login. */
const endsSession = new Set(["Mutation.logout", "Mutation.logoutAll"]);
/** Ends every session of the caller: the shared token is renewed afterwards. */
const endsAllSessions = new Set(["Mutation.logoutAll"]);

const matrix = readPermissionMatrix(readFileSync(PERMISSIONS_DOC, "utf8"));

let stack: Stack;
const tokens = new Map<RoleCode, string>();
const emailOf = (role: RoleCode) => DEMO_USERS.find((user) => user.role === role)!.email;

before(async () => {
  stack = await startStack();
  for (const role of ROLES) tokens.set(role, (await stack.gateway.login(emailOf(role))).accessToken);
});
after(async () => {
  await stack?.close();
});

function outcomeOf(result: Awaited<ReturnType<Stack["gateway"]["request"]>>): Outcome {
  const code = result.body.errors?.[0]?.extensions?.code;
  if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") {
    // login/refresh answer UNAUTHENTICATED for bad credentials; the matrix inputs are valid there.
    return code;
  }
  assert.notEqual(code, "INTERNAL_SERVER_ERROR", JSON.stringify(result.body.errors));
  assert.notEqual(code, "GRAPHQL_VALIDATION_FAILED", JSON.stringify(result.body.errors));
  return "allowed";
}

test("the document's matrix is read whole: several operations per row, every caller's outcome", () => {
  assert.deepEqual(matrix.get("Mutation.logoutAll"), {
    ...Object.fromEntries(ROLES.map((role) => [role, "allowed"])),
    ANONYMOUS: "UNAUTHENTICATED",
  });
  assert.deepEqual(matrix.get("Mutation.updateSystemSetting"), {
    SUPER_ADMIN: "allowed",
    ADMIN: "allowed",
    AGENT: "FORBIDDEN",
    TEAM_LEAD: "FORBIDDEN",
    SUPERVISOR: "FORBIDDEN",
    ANALYST: "FORBIDDEN",
    ANONYMOUS: "UNAUTHENTICATED",
  });
  assert.equal(matrix.get("Query.me")?.ANONYMOUS, "allowed");
  // Each documented operation has a harmless call here, and no call is for an undocumented one.
  assert.deepEqual(Object.keys(inputs).sort(), [...matrix.keys()].sort());
});

test("every operation × role gives the documented outcome", async () => {
  const mismatches: string[] = [];
  const helpers = {
    refreshToken: async () => (await stack.gateway.login("analyst@demo.ct")).refreshToken,
  };
  for (const [operation, expected] of matrix) {
    const input = inputs[operation];
    assert.ok(input, `${operation} has a harmless call in this test`);
    for (const caller of [...ROLES, "ANONYMOUS"] as const) {
      const query = typeof input === "string" ? input : await input(helpers);
      let token: string | undefined;
      if (caller !== "ANONYMOUS") {
        token = endsSession.has(operation)
          ? (await stack.gateway.login(emailOf(caller))).accessToken
          : tokens.get(caller);
      }
      const headers = { "x-request-id": `matrix-${randomUUID()}` };
      const result = await stack.gateway.request(query, undefined, { token, headers });
      const outcome = outcomeOf(result);
      if (endsAllSessions.has(operation) && caller !== "ANONYMOUS") {
        tokens.set(caller, (await stack.gateway.login(emailOf(caller))).accessToken);
      }
      if (outcome !== expected[caller]) {
        const message = JSON.stringify(result.body.errors?.[0]?.message ?? "");
        mismatches.push(`${operation} as ${caller}: expected ${expected[caller]}, got ${outcome} ${message}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test("the matrix covers every root field of the supergraph", async () => {
  const result = await stack.gateway.request(
    `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    undefined,
    { token: tokens.get("ADMIN") },
  );
  const schema = result.body.data?.__schema;
  const rootFields = [
    ...schema.queryType.fields.map((field: { name: string }) => `Query.${field.name}`),
    ...schema.mutationType.fields.map((field: { name: string }) => `Mutation.${field.name}`),
  ].sort();
  assert.deepEqual(rootFields, [...matrix.keys()].sort());
});
