/** Parent types of the model subgraph's resolvers: Prisma rows (see codegen.ts). */
import type { Animal, Product, Unit, WorkflowDefinition } from "#shared/db/client.js";
import type { Connection } from "#shared/graphql/pagination.js";
import type { DecimalOutput } from "#shared/graphql/scalars.js";

export type {
  Product as ProductRow,
  Classification as ClassificationRow,
  AnimalSpecies as AnimalSpeciesRow,
  AnimalType as AnimalTypeRow,
  Unit as UnitRow,
  ProductUnit as ProductUnitRow,
  FormDefinition as FormDefinitionRow,
  WorkflowDefinition as WorkflowDefinitionRow,
  Animal as AnimalRow,
} from "#shared/db/client.js";

/** A product's or an animal's nature with its HS code (model_product_nature, model_animal_nature). */
export interface NatureLinkRow {
  natureId: number;
  hsCode: string | null;
}

export interface EnumValueLabelResult {
  value: string;
  labelFr: string;
  labelEn: string;
}

export type ProductConnectionResult = Connection<Product>;
export type AnimalConnectionResult = Connection<Animal>;

export interface QuantityConversionResult {
  product: Product;
  unit: string;
  quantity: DecimalOutput;
  baseUnit: Unit;
  baseQuantity: DecimalOutput;
}

export interface MetadataResult {
  version: string;
  unchanged: boolean;
  enums: { name: string; values: EnumValueLabelResult[] }[] | null;
  products: Product[] | null;
  units: Unit[] | null;
  productUnits: import("#shared/db/client.js").ProductUnit[] | null;
  classifications: import("#shared/db/client.js").Classification[] | null;
  animalSpecies: import("#shared/db/client.js").AnimalSpecies[] | null;
  forms: import("#shared/db/client.js").FormDefinition[] | null;
  workflow: WorkflowDefinition | null;
}
export type { DeleteOutcome } from "#shared/graphql/delete-result.js";
