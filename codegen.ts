import { readFileSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { Kind, parse, printSchema } from "graphql";
import { apiSchemaOf } from "./scripts/schema/composition.js";
import { ROLES } from "./shared/src/auth/claims.js";
import * as prismaEnums from "./shared/src/db/generated/enums.js";

/**
 * Resolver types for every subgraph, from schema/<subgraph>.graphql (the single source of each SDL).
 * Parent types are mapped to Prisma rows (src/mappers.ts), the context to each subgraph's context.
 * Output is committed; `npm run codegen:check` (in CI) fails when it is stale.
 */
const mappers: Record<string, Record<string, string>> = {
  auth: {
    LoginPayload: "../mappers.js#LoginResult",
    Session: "../mappers.js#SessionRow",
    User: "../mappers.js#UserReference",
  },
  admin: {
    User: "../mappers.js#UserRow",
    Team: "../mappers.js#TeamRow",
    Region: "../mappers.js#RegionRow",
    Country: "../mappers.js#CountryRow",
    City: "../mappers.js#CityRow",
    Corridor: "../mappers.js#CorridorRow",
    CollectionPoint: "../mappers.js#CollectionPointRow",
    Currency: "../mappers.js#CurrencyRow",
    ExchangeRate: "../mappers.js#ExchangeRateRow",
    ReferenceCode: "../mappers.js#ReferenceCodeRow",
    CommercialActor: "../mappers.js#CommercialActorRow",
    ReferenceData: "../mappers.js#ReferenceDataResult",
    TaxType: "../mappers.js#TaxTypeRow",
    DeleteResult: "../mappers.js#DeleteOutcome",
    AuditEntry: "../mappers.js#AuditEntryRow",
    CollectionAudit: "../mappers.js#CollectionAuditReference",
    AuditEntryConnection: "../mappers.js#AuditEntryConnectionResult",
    Notification: "../mappers.js#NotificationRow",
    NotificationConnection: "../mappers.js#NotificationConnectionResult",
    // Connections carry a lazy totalCount (shared/src/graphql/pagination.ts).
    UserConnection: "../mappers.js#UserConnectionResult",
    TeamConnection: "../mappers.js#TeamConnectionResult",
    RegionConnection: "../mappers.js#RegionConnectionResult",
    CountryConnection: "../mappers.js#CountryConnectionResult",
    CityConnection: "../mappers.js#CityConnectionResult",
    CorridorConnection: "../mappers.js#CorridorConnectionResult",
    CollectionPointConnection: "../mappers.js#CollectionPointConnectionResult",
    ExchangeRateConnection: "../mappers.js#ExchangeRateConnectionResult",
    CommercialActorConnection: "../mappers.js#CommercialActorConnectionResult",
    ReferenceCodeConnection: "../mappers.js#ReferenceCodeConnectionResult",
    TaxTypeConnection: "../mappers.js#TaxTypeConnectionResult",
  },
  model: {
    Product: "../mappers.js#ProductRow",
    Classification: "../mappers.js#ClassificationRow",
    AnimalSpecies: "../mappers.js#AnimalSpeciesRow",
    AnimalType: "../mappers.js#AnimalTypeRow",
    Unit: "../mappers.js#UnitRow",
    ProductUnit: "../mappers.js#ProductUnitRow",
    FormDefinition: "../mappers.js#FormDefinitionRow",
    WorkflowDefinition: "../mappers.js#WorkflowDefinitionRow",
    QuantityConversion: "../mappers.js#QuantityConversionResult",
    Metadata: "../mappers.js#MetadataResult",
    Animal: "../mappers.js#AnimalRow",
    ProductNature: "../mappers.js#NatureLinkRow",
    EnumValueLabel: "../mappers.js#EnumValueLabelResult",
    DeleteResult: "../mappers.js#DeleteOutcome",
    ProductConnection: "../mappers.js#ProductConnectionResult",
    AnimalConnection: "../mappers.js#AnimalConnectionResult",
  },
  tradeflow: {
    Collection: "../mappers.js#CollectionRow",
    CollectionItem: "../mappers.js#CollectionItemRow",
    CollectionControl: "../mappers.js#CollectionControlRow",
    CollectionValidation: "../mappers.js#CollectionValidationRow",
    CollectionWorkflow: "../mappers.js#CollectionWorkflowView",
    WorkflowLevelState: "../mappers.js#WorkflowLevelStateView",
    BulkActionResult: "../mappers.js#BulkActionResultView",
    SyncResult: "../mappers.js#SyncResultView",
    CollectionConnection: "../mappers.js#CollectionConnectionResult",
    StaffActivity: "../mappers.js#StaffActivityView",
    Report: "../mappers.js#ReportRow",
    User: "../mappers.js#UserReference",
    Product: "../mappers.js#EntityReference",
    CollectionPoint: "../mappers.js#EntityReference",
    Country: "../mappers.js#EntityReference",
    City: "../mappers.js#EntityReference",
    Corridor: "../mappers.js#EntityReference",
    ReferenceCode: "../mappers.js#EntityReference",
    CommercialActor: "../mappers.js#EntityReference",
    TaxType: "../mappers.js#EntityReference",
    Animal: "../mappers.js#EntityReference",
    Team: "../mappers.js#EntityReference",
    Region: "../mappers.js#EntityReference",
    AnimalSpecies: "../mappers.js#EntityReference",
    Unit: "../mappers.js#UnitReference",
    ProductUnit: "../mappers.js#ProductUnitReference",
  },
};

/**
 * Typed client documents for the web and mobile apps, from schema/operations against the API schema of the
 * committed supergraph, with the persisted-document hashes (sha256 of each document's body) the gateway's
 * manifest is built from (scripts/schema/persisted-manifest.ts, run by `npm run codegen`).
 */
const clientOperations: CodegenConfig["generates"] = {
  "schema/operations/generated/": {
    schema: printSchema(apiSchemaOf(readFileSync("schema/supergraph.graphql", "utf8"))),
    documents: "schema/operations/*.graphql",
    preset: "client",
    presetConfig: {
      // Plain TypedDocumentNodes: the apps read fragments' fields directly.
      fragmentMasking: false,
      persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
    },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      // ESM imports with .js extensions, as the rest of the tree (NodeNext).
      emitLegacyCommonJSImports: false,
      scalars: { DateTime: "string", Date: "string", Decimal: "string", JSON: "unknown" },
    },
  },
};

/**
 * Resolver scalars: inputs as the scalars' `parseValue` hands them over, outputs as Prisma reads the
 * columns (shared/src/graphql/scalars.ts), so rows go out as they are and `serialize` converts them:
 * no resolver per field that only calls `toString()` or `String(id)`.
 */
// Relative to subgraphs/<name>/src/generated/ (a `#shared/…` specifier would be read as `module#Type`).
const SCALARS_MODULE = "../../../../shared/src/graphql/scalars.js";
const resolverScalars = {
  ID: { input: "string", output: `${SCALARS_MODULE}#IdOutput` },
  DateTime: { input: "Date", output: `${SCALARS_MODULE}#DateTimeOutput` },
  Date: { input: "Date", output: `${SCALARS_MODULE}#DateTimeOutput` },
  Decimal: { input: "string", output: `${SCALARS_MODULE}#DecimalOutput` },
  JSON: "unknown",
};

/**
 * GraphQL enums whose values are those of a TypeScript definition: the Prisma enum of the column, or the
 * role codes of shared/src/auth/claims.ts. The resolver types name that definition (`enumValues`), so
 * each enum is written once in TypeScript and rows and claims go out as they are. As both types then
 * are one, the compiler cannot see them drift apart: codegen (and `npm run codegen:check` in CI) refuses
 * an enum whose values differ from its definition's.
 */
const ENUM_DEFINITIONS: Record<string, { module: string; type: string; values: readonly string[] }> = {
  ...Object.fromEntries(
    Object.entries(prismaEnums).map(([name, values]) => [
      name,
      { module: "../../../../shared/src/db/generated/enums.js", type: name, values: Object.values(values) },
    ]),
  ),
  Role: { module: "../../../../shared/src/auth/claims.js", type: "RoleCode", values: ROLES },
};

function enumValuesOf(subgraph: string): Record<string, string> {
  const sdl = parse(readFileSync(`schema/${subgraph}.graphql`, "utf8"));
  const mapped: Record<string, string> = {};
  for (const definition of sdl.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const name = definition.name.value;
    const source = ENUM_DEFINITIONS[name];
    if (!source) continue;
    const values = (definition.values ?? []).map((value) => value.name.value).sort();
    const expected = [...source.values].sort();
    if (values.join() !== expected.join()) {
      throw new Error(
        `schema/${subgraph}.graphql: enum ${name} is ${values.join("|")}, ${source.type} is ${expected.join("|")}`,
      );
    }
    mapped[name] = `${source.module}#${source.type}`;
  }
  return mapped;
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...clientOperations,
    ...Object.fromEntries(
      Object.entries(mappers).map(([subgraph, subgraphMappers]) => [
        `subgraphs/${subgraph}/src/generated/resolvers-types.ts`,
        {
          schema: `schema/${subgraph}.graphql`,
          plugins: [
            {
              add: {
                content:
                  "/* Generated by GraphQL Code Generator from schema/" +
                  subgraph +
                  ".graphql — do not edit; run `npm run codegen`. */",
              },
            },
            "typescript",
            "typescript-resolvers",
          ],
          config: {
            federation: true,
            useTypeImports: true,
            enumsAsTypes: true,
            useIndexSignature: true,
            contextType: "../context.js#Context",
            mappers: subgraphMappers,
            enumValues: enumValuesOf(subgraph),
            scalars: resolverScalars,
          },
        },
      ]),
    ),
  },
};

export default config;
