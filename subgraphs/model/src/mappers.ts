/** Parent types of the model subgraph's resolvers: Prisma rows (see codegen.ts). */
import type { Product, Unit, WorkflowDefinition } from "#shared/db/client.js";

export type {
  Product as ProductRow,
  Classification as ClassificationRow,
  AnimalSpecies as AnimalSpeciesRow,
  AnimalType as AnimalTypeRow,
  Unit as UnitRow,
  ProductUnit as ProductUnitRow,
  FormDefinition as FormDefinitionRow,
  WorkflowDefinition as WorkflowDefinitionRow,
} from "#shared/db/client.js";

export interface QuantityConversionResult {
  product: Product;
  unit: string;
  quantity: string;
  baseUnit: Unit;
  baseQuantity: string;
}

export interface MetadataResult {
  version: string;
  unchanged: boolean;
  enums: { name: string; values: { value: string; labelFr: string; labelEn: string }[] }[] | null;
  products: Product[] | null;
  units: Unit[] | null;
  productUnits: import("#shared/db/client.js").ProductUnit[] | null;
  classifications: import("#shared/db/client.js").Classification[] | null;
  animalSpecies: import("#shared/db/client.js").AnimalSpecies[] | null;
  forms: import("#shared/db/client.js").FormDefinition[] | null;
  workflow: WorkflowDefinition | null;
}
