import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { ROLES, type RoleCode } from "#shared/auth/claims.js";
import { DEMO_USERS } from "../../scripts/db/demo-data.js";
import { startStack, type Stack } from "../support/stack.js";

/**
 * The permission matrix of docs/permissions.md, executed: every operation × every role (and anonymous)
 * through the gateway. "allowed" means the permission layer let the call through — it may still end in
 * a domain error (NOT_FOUND, BAD_USER_INPUT) because the inputs are deliberately harmless.
 */
type Caller = RoleCode | "ANONYMOUS";
type Outcome = "allowed" | "FORBIDDEN" | "UNAUTHENTICATED";

const everyone = (outcome: Outcome, anonymous: Outcome = "UNAUTHENTICATED"): Record<Caller, Outcome> =>
  ({ ...Object.fromEntries(ROLES.map((role) => [role, outcome])), ANONYMOUS: anonymous }) as Record<Caller, Outcome>;
const administratorsOnly: Record<Caller, Outcome> = {
  SUPER_ADMIN: "allowed",
  ADMIN: "allowed",
  AGENT: "FORBIDDEN",
  TEAM_LEAD: "FORBIDDEN",
  SUPERVISOR: "FORBIDDEN",
  ANALYST: "FORBIDDEN",
  ANONYMOUS: "UNAUTHENTICATED",
};

const agentsOnly: Record<Caller, Outcome> = {
  SUPER_ADMIN: "FORBIDDEN",
  ADMIN: "FORBIDDEN",
  AGENT: "allowed",
  TEAM_LEAD: "FORBIDDEN",
  SUPERVISOR: "FORBIDDEN",
  ANALYST: "FORBIDDEN",
  ANONYMOUS: "UNAUTHENTICATED",
};
const validatorsOnly: Record<Caller, Outcome> = { ...agentsOnly, AGENT: "FORBIDDEN", TEAM_LEAD: "allowed", SUPERVISOR: "allowed" };

interface Operation {
  name: string;
  query: string | ((helpers: { refreshToken: () => Promise<string> }) => Promise<string>);
  /** Operations that end the caller's session get a fresh login. */
  freshToken?: boolean;
  /** Ends every session of the caller: the shared token is renewed afterwards. */
  endsAllSessions?: boolean;
  expected: Record<Caller, Outcome>;
}

const NO_ID = "999999";
const NO_UUID = "00000000-0000-0000-0000-000000000000";

const operations: Operation[] = [
  // auth
  { name: "Query.me", query: "{ me { id } }", expected: everyone("allowed", "allowed") },
  { name: "Query.mySessions", query: "{ mySessions { id } }", expected: everyone("allowed") },
  { name: "Mutation.login", query: `mutation { login(input: { login: "analyst@demo.ct", password: "Demo!2026pass" }) { expiresIn } }`, expected: everyone("allowed", "allowed") },
  {
    name: "Mutation.refreshSession",
    query: async ({ refreshToken }) => `mutation { refreshSession(refreshToken: "${await refreshToken()}") { expiresIn } }`,
    expected: everyone("allowed", "allowed"),
  },
  { name: "Mutation.logout", query: "mutation { logout }", freshToken: true, expected: everyone("allowed") },
  { name: "Mutation.logoutAll", query: "mutation { logoutAll }", freshToken: true, endsAllSessions: true, expected: everyone("allowed") },
  { name: "Mutation.revokeSession", query: `mutation { revokeSession(id: "${NO_UUID}") }`, expected: everyone("allowed") },
  {
    name: "Mutation.changePassword",
    query: `mutation { changePassword(input: { currentPassword: "not-my-password", newPassword: "Whatever-2026-pass" }) }`,
    expected: everyone("allowed"),
  },
  {
    name: "Mutation.setTemporaryPassword",
    query: `mutation { setTemporaryPassword(input: { userId: "${NO_ID}", temporaryPassword: "Temporary-2026-pass" }) }`,
    expected: administratorsOnly,
  },
  // admin
  { name: "Query.user", query: `{ user(id: "3") { id } }`, expected: everyone("allowed") },
  { name: "Query.users", query: "{ users { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.roles", query: "{ roles { code permissions } }", expected: everyone("allowed") },
  { name: "Query.team", query: `{ team(id: "1") { id } }`, expected: everyone("allowed") },
  { name: "Query.teams", query: "{ teams { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.region", query: `{ region(id: "1") { id } }`, expected: everyone("allowed") },
  { name: "Query.regions", query: "{ regions { nodes { id } } }", expected: everyone("allowed") },
  {
    name: "Query.assignedStaff",
    query: "{ assignedStaff { totalCount nodes { id } } }",
    expected: { ...validatorsOnly, SUPER_ADMIN: "allowed", ADMIN: "allowed", ANALYST: "allowed" },
  },
  {
    name: "Mutation.createStaff",
    query: `mutation { createStaff(input: { firstName: "x", lastName: "y", role: AGENT, password: "x" }) { passwordSet } }`,
    expected: administratorsOnly,
  },
  { name: "Mutation.deleteUser", query: `mutation { deleteUser(id: "${NO_ID}") { deleted } }`, expected: administratorsOnly },
  { name: "Mutation.createUser", query: `mutation { createUser(input: { fullName: "x", role: AGENT }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateUser", query: `mutation { updateUser(id: "${NO_ID}", input: { fullName: "Nobody Here" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.deactivateUser", query: `mutation { deactivateUser(id: "${NO_ID}") { id } }`, expected: administratorsOnly },
  { name: "Mutation.reactivateUser", query: `mutation { reactivateUser(id: "${NO_ID}") { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateMyProfile", query: `mutation { updateMyProfile(input: { email: "not-an-email" }) { id } }`, expected: everyone("allowed") },
  { name: "Mutation.createTeam", query: `mutation { createTeam(input: { code: "?", name: "x", regionId: "1" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateTeam", query: `mutation { updateTeam(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createRegion", query: `mutation { createRegion(input: { code: "?", name: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateRegion", query: `mutation { updateRegion(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.setRegionSupervisors", query: `mutation { setRegionSupervisors(regionId: "${NO_ID}", supervisorIds: []) { id } }`, expected: administratorsOnly },
  { name: "Query.countries", query: "{ countries { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.country", query: `{ country(code: "BF") { id } }`, expected: everyone("allowed") },
  { name: "Query.cities", query: "{ cities { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.city", query: `{ city(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.corridors", query: "{ corridors { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.corridor", query: `{ corridor(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.collectionPoints", query: "{ collectionPoints { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.collectionPoint", query: `{ collectionPoint(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.currencies", query: "{ currencies { code } }", expected: everyone("allowed") },
  { name: "Query.currency", query: `{ currency(code: "XOF") { code } }`, expected: everyone("allowed") },
  { name: "Query.exchangeRates", query: `{ exchangeRates(currencyCode: "EUR") { nodes { rate } } }`, expected: everyone("allowed") },
  { name: "Query.convertAmount", query: `{ convertAmount(amount: "1", from: "EUR") { converted } }`, expected: everyone("allowed") },
  { name: "Query.referenceCodes", query: "{ referenceCodes(kind: TRANSPORT_MODE) { code } }", expected: everyone("allowed") },
  { name: "Query.referenceCodeList", query: "{ referenceCodeList(kind: SEASON) { totalCount } }", expected: everyone("allowed") },
  { name: "Query.referenceCode", query: `{ referenceCode(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.taxTypes", query: "{ taxTypes { totalCount } }", expected: everyone("allowed") },
  { name: "Query.taxType", query: `{ taxType(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.commercialActors", query: "{ commercialActors { nodes { id } } }", expected: everyone("allowed") },
  { name: "Query.commercialActor", query: `{ commercialActor(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.systemSettings", query: "{ systemSettings { key } }", expected: administratorsOnly },
  { name: "Query.referenceData", query: `{ referenceData(knownVersion: "x") { version } }`, expected: everyone("allowed") },
  { name: "Mutation.createCountry", query: `mutation { createCountry(input: { code: "?", iso3: "?", name: "x", nameEn: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateCountry", query: `mutation { updateCountry(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createCity", query: `mutation { createCity(input: { countryId: "${NO_ID}", name: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateCity", query: `mutation { updateCity(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createCorridor", query: `mutation { createCorridor(input: { code: "?", name: "x", startCountryId: "1", endCountryId: "1" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateCorridor", query: `mutation { updateCorridor(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createCollectionPoint", query: `mutation { createCollectionPoint(input: { code: "?", name: "x", type: MARKET, countryId: "1" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateCollectionPoint", query: `mutation { updateCollectionPoint(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createCurrency", query: `mutation { createCurrency(input: { code: "?", name: "x", nameEn: "x" }) { code } }`, expected: administratorsOnly },
  { name: "Mutation.updateCurrency", query: `mutation { updateCurrency(code: "QQQ", input: {}) { code } }`, expected: administratorsOnly },
  { name: "Mutation.setExchangeRate", query: `mutation { setExchangeRate(input: { currencyCode: "QQQ", rate: "1", validFrom: "2026-01-01" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createReferenceCode", query: `mutation { createReferenceCode(input: { kind: TRANSPORT_MODE, code: "?", name: "x", nameEn: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateReferenceCode", query: `mutation { updateReferenceCode(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createTaxType", query: `mutation { createTaxType(input: { code: "?", name: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateTaxType", query: `mutation { updateTaxType(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  {
    name: "Mutation.deleteReferenceData",
    query: `mutation { deleteReferenceData(entity: CORRIDOR, id: "${NO_ID}") { deleted } }`,
    expected: administratorsOnly,
  },
  {
    name: "Mutation.createCommercialActor",
    query: `mutation { createCommercialActor(input: { type: TRADER, name: "x" }) { created } }`,
    expected: { ...administratorsOnly, AGENT: "allowed" },
  },
  { name: "Mutation.updateCommercialActor", query: `mutation { updateCommercialActor(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateSystemSetting", query: `mutation { updateSystemSetting(key: "NO_SUCH_KEY", value: 1) { key } }`, expected: administratorsOnly },
  // model
  { name: "Query.classifications", query: "{ classifications(kind: PRODUCT_CATEGORY) { code } }", expected: everyone("allowed") },
  { name: "Query.animalSpecies", query: "{ animalSpecies { code } }", expected: everyone("allowed") },
  { name: "Query.units", query: "{ units { code } }", expected: everyone("allowed") },
  { name: "Query.animals", query: "{ animals { totalCount } }", expected: everyone("allowed") },
  { name: "Query.animal", query: `{ animal(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Mutation.createAnimal", query: `mutation { createAnimal(input: { name: "x", speciesId: "${NO_ID}" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateAnimal", query: `mutation { updateAnimal(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  {
    name: "Mutation.deleteCatalogRecord",
    query: `mutation { deleteCatalogRecord(entity: PRODUCT, id: "${NO_ID}") { deleted } }`,
    expected: administratorsOnly,
  },
  { name: "Query.convertQuantity", query: `{ convertQuantity(productId: "${NO_ID}", unit: "kg", quantity: "1") { baseQuantity } }`, expected: everyone("allowed") },
  { name: "Query.formDefinition", query: "{ formDefinition(collectionType: AGRICULTURAL) { version } }", expected: everyone("allowed") },
  { name: "Query.formDefinitions", query: "{ formDefinitions(collectionType: AGRICULTURAL) { version } }", expected: administratorsOnly },
  { name: "Query.workflowDefinition", query: "{ workflowDefinition { version } }", expected: everyone("allowed") },
  { name: "Query.workflowDefinitions", query: "{ workflowDefinitions { version } }", expected: administratorsOnly },
  { name: "Query.metadata", query: `{ metadata(knownVersion: "x") { version } }`, expected: everyone("allowed") },
  { name: "Mutation.createProduct", query: `mutation { createProduct(input: { code: "?", name: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateProduct", query: `mutation { updateProduct(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createProductUnit", query: `mutation { createProductUnit(input: { productId: "${NO_ID}", code: "?", name: "x", nameEn: "x", baseQuantity: "1" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateProductUnit", query: `mutation { updateProductUnit(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createUnit", query: `mutation { createUnit(input: { code: "?", name: "x", nameEn: "x", dimension: MASS, factor: "0" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateUnit", query: `mutation { updateUnit(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createClassification", query: `mutation { createClassification(input: { kind: PRODUCT_CATEGORY, code: "?", name: "x", nameEn: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateClassification", query: `mutation { updateClassification(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createAnimalSpecies", query: `mutation { createAnimalSpecies(input: { code: "?", name: "x", nameEn: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createAnimalType", query: `mutation { createAnimalType(input: { speciesId: "${NO_ID}", code: "?", name: "x", nameEn: "x" }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.createFormDefinitionDraft", query: `mutation { createFormDefinitionDraft(input: { collectionType: MIXED, title: "x", jsonSchema: {} }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.updateFormDefinitionDraft", query: `mutation { updateFormDefinitionDraft(id: "${NO_ID}", input: {}) { id } }`, expected: administratorsOnly },
  { name: "Mutation.publishFormDefinition", query: `mutation { publishFormDefinition(id: "${NO_ID}") { id } }`, expected: administratorsOnly },
  { name: "Mutation.createWorkflowDefinitionDraft", query: `mutation { createWorkflowDefinitionDraft(input: { levels: [] }) { id } }`, expected: administratorsOnly },
  { name: "Mutation.publishWorkflowDefinition", query: `mutation { publishWorkflowDefinition(id: "${NO_ID}") { id } }`, expected: administratorsOnly },
  // model
  { name: "Query.product", query: `{ product(id: "${NO_ID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.products", query: "{ products { nodes { id } } }", expected: everyone("allowed") },
  // tradeflow
  { name: "Query.myValidationQueue", query: "{ myValidationQueue { nodes { id } } }", expected: { ...administratorsOnly, SUPER_ADMIN: "FORBIDDEN", ADMIN: "FORBIDDEN", TEAM_LEAD: "allowed", SUPERVISOR: "allowed" } },
  { name: "Query.collectionCounts", query: "{ collectionCounts { total } }", expected: everyone("allowed") },
  { name: "Query.collectionHistory", query: `{ collectionHistory(id: "${NO_UUID}") { id } }`, expected: everyone("allowed") },
  { name: "Mutation.createCollection", query: `mutation { createCollection(input: { collectedAt: "2026-11-01T08:00:00Z", type: AGRICULTURAL, collectionPointId: "${NO_ID}", items: [] }) { id } }`, expected: agentsOnly },
  { name: "Mutation.updateCollection", query: `mutation { updateCollection(id: "${NO_UUID}", version: 1, input: { collectedAt: "2026-11-01T08:00:00Z", type: AGRICULTURAL, collectionPointId: "1", items: [] }) { id } }`, expected: agentsOnly },
  { name: "Mutation.deleteCollection", query: `mutation { deleteCollection(id: "${NO_UUID}", version: 1) }`, expected: agentsOnly },
  { name: "Mutation.submitCollection", query: `mutation { submitCollection(id: "${NO_UUID}", version: 1) { id } }`, expected: agentsOnly },
  { name: "Mutation.syncCollections", query: `mutation { syncCollections(input: []) { clientId } }`, expected: agentsOnly },
  { name: "Mutation.approveCollection", query: `mutation { approveCollection(id: "${NO_UUID}", version: 1, input: { score: 50 }) { id } }`, expected: validatorsOnly },
  { name: "Mutation.rejectCollection", query: `mutation { rejectCollection(id: "${NO_UUID}", version: 1, input: { reason: "because" }) { id } }`, expected: validatorsOnly },
  { name: "Mutation.returnCollection", query: `mutation { returnCollection(id: "${NO_UUID}", version: 1, input: { instructions: "fix it" }) { id } }`, expected: validatorsOnly },
  { name: "Mutation.reopenCollection", query: `mutation { reopenCollection(id: "${NO_UUID}", version: 1, reason: "because") { id } }`, expected: { ...validatorsOnly, TEAM_LEAD: "FORBIDDEN" } },
  { name: "Mutation.bulkApproveCollections", query: `mutation { bulkApproveCollections(items: [], input: { score: 50 }) { id } }`, expected: validatorsOnly },
  { name: "Mutation.bulkRejectCollections", query: `mutation { bulkRejectCollections(items: [], input: { reason: "because" }) { id } }`, expected: validatorsOnly },
  { name: "Query.collection", query: `{ collection(id: "${NO_UUID}") { id } }`, expected: everyone("allowed") },
  { name: "Query.collections", query: "{ collections { nodes { id } } }", expected: everyone("allowed") },
];

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

test("every operation × role gives the documented outcome", async () => {
  const mismatches: string[] = [];
  const helpers = {
    refreshToken: async () => (await stack.gateway.login("analyst@demo.ct")).refreshToken,
  };
  for (const operation of operations) {
    for (const caller of [...ROLES, "ANONYMOUS"] as Caller[]) {
      const query = typeof operation.query === "string" ? operation.query : await operation.query(helpers);
      let token: string | undefined;
      if (caller !== "ANONYMOUS") {
        token = operation.freshToken ? (await stack.gateway.login(emailOf(caller))).accessToken : tokens.get(caller);
      }
      const result = await stack.gateway.request(query, undefined, { token, headers: { "x-request-id": `matrix-${randomUUID()}` } });
      const outcome = outcomeOf(result);
      if (operation.endsAllSessions && caller !== "ANONYMOUS") {
        tokens.set(caller, (await stack.gateway.login(emailOf(caller))).accessToken);
      }
      if (outcome !== operation.expected[caller]) {
        mismatches.push(`${operation.name} as ${caller}: expected ${operation.expected[caller]}, got ${outcome} ${JSON.stringify(result.body.errors?.[0]?.message ?? "")}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test("the matrix covers every root field of the supergraph", async () => {
  const result = await stack.gateway.request(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`, undefined, {
    token: tokens.get("ADMIN"),
  });
  const schema = result.body.data?.__schema;
  const rootFields = [
    ...schema.queryType.fields.map((field: { name: string }) => `Query.${field.name}`),
    ...schema.mutationType.fields.map((field: { name: string }) => `Mutation.${field.name}`),
  ].sort();
  assert.deepEqual(rootFields, operations.map((operation) => operation.name).sort());
});
