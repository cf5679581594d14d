import { ENUM_LABELS } from "#shared/i18n/enum-labels.js";
import type { Context } from "../../context.js";
import type { MetadataResult } from "../../mappers.js";
import { metadataVersion } from "../catalog/revision.js";
import { DEFAULT_WORKFLOW } from "../definitions/definitions.service.js";

const ENUMS = Object.entries(ENUM_LABELS).map(([name, values]) => ({
  name,
  values: Object.entries(values).map(([value, [labelFr, labelEn]]) => ({ value, labelFr, labelEn })),
}));

/**
 * What an offline client caches from this subgraph, behind the catalog revision: a client holding
 * the current version gets `unchanged` and no payload. The enums and labels ship with the code, so
 * the version also carries the code's label set.
 */
export async function clientMetadata(
  context: Context,
  knownVersion: string | null | undefined,
): Promise<MetadataResult> {
  const revision = (await context.db.modelCatalogRevision.findUnique({ where: { id: 1 } }))?.revision ?? 0;
  const version = `${metadataVersion(revision)}.e${ENUMS.length}`;
  if (knownVersion === version) {
    return {
      version,
      unchanged: true,
      enums: null,
      products: null,
      units: null,
      productUnits: null,
      classifications: null,
      animalSpecies: null,
      forms: null,
      workflow: null,
    };
  }
  const active = { where: { active: true } } as const;
  const [products, units, productUnits, classifications, animalSpecies, forms, workflow] = await Promise.all([
    context.db.product.findMany({ ...active, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    context.db.unit.findMany({ ...active, orderBy: [{ dimension: "asc" }, { factor: "asc" }] }),
    context.db.productUnit.findMany({ ...active, orderBy: [{ productId: "asc" }, { name: "asc" }] }),
    context.db.classification.findMany({ ...active, orderBy: [{ kind: "asc" }, { name: "asc" }] }),
    context.db.animalSpecies.findMany({ ...active, orderBy: { name: "asc" } }),
    // The latest published version of each collection type's form.
    context.db.formDefinition.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ collectionType: "asc" }, { version: "desc" }],
    }),
    context.db.workflowDefinition.findFirst({
      where: { code: DEFAULT_WORKFLOW, status: "PUBLISHED" },
      orderBy: { version: "desc" },
    }),
  ]);
  for (const product of products) context.loaders.productById.prime(product.id, product);
  for (const unit of units) context.loaders.unitById.prime(unit.id, unit);
  for (const row of classifications) context.loaders.classificationById.prime(row.id, row);
  for (const species of animalSpecies) context.loaders.speciesById.prime(species.id, species);
  return {
    version,
    unchanged: false,
    enums: ENUMS,
    products,
    units,
    productUnits,
    classifications,
    animalSpecies,
    forms: forms.filter((form, index) => index === 0 || forms[index - 1]!.collectionType !== form.collectionType),
    workflow,
  };
}
