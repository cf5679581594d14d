import { numericId } from "#shared/graphql/input.js";
import { referenceById } from "#shared/graphql/loaders.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import type { Context } from "../../context.js";
import type { ProductUnitRow } from "../../mappers.js";
import { deleteCatalogRecord } from "./delete.service.js";
import {
  createAnimal,
  findAnimal,
  listAnimals,
  updateAnimal,
  createAnimalType,
  createClassification,
  createProduct,
  createProductUnit,
  createSpecies,
  findProduct,
  listClassifications,
  listProducts,
  listSpecies,
  updateClassification,
  updateProduct,
  updateProductUnit,
  updateSpecies,
} from "./catalog.service.js";

const present = <T>(row: T | null, what: string): T => {
  if (!row) throw new Error(`dangling reference to ${what}`);
  return row;
};

export const catalogResolvers: Resolvers = {
  Query: {
    product: (_p, { id }, context) => findProduct(context, id),
    products: (_p, args, context) => listProducts(context, args),
    classifications: (_p, { kind, activeOnly }, context) => listClassifications(context, kind, activeOnly ?? true),
    animalSpecies: (_p, { activeOnly }, context) => listSpecies(context, activeOnly ?? true),
    animals: (_p, args, context) => listAnimals(context, args),
    animal: (_p, { id }, context) => findAnimal(context, id),
  },
  Mutation: {
    createProduct: (_p, { input }, context) => createProduct(context, input),
    updateProduct: (_p, { id, input }, context) => updateProduct(context, id, input),
    createProductUnit: (_p, { input }, context) => createProductUnit(context, input),
    updateProductUnit: (_p, { id, input }, context) => updateProductUnit(context, id, input),
    createClassification: (_p, { input }, context) => createClassification(context, input),
    updateClassification: (_p, { id, input }, context) => updateClassification(context, id, input),
    createAnimalSpecies: (_p, { input }, context) => createSpecies(context, input),
    updateAnimalSpecies: (_p, { id, input }, context) => updateSpecies(context, id, input),
    createAnimalType: (_p, { input }, context) => createAnimalType(context, input),
    createAnimal: (_p, { input }, context) => createAnimal(context, input),
    updateAnimal: (_p, { id, input }, context) => updateAnimal(context, id, input),
    deleteCatalogRecord: (_p, { entity, id }, context) => deleteCatalogRecord(context, entity, id),
  },
  Product: {
    __resolveReference: referenceById((context) => context.loaders.productById),
    id: (product) => String(product.id),
    category: (p, _a, context) =>
      p.categoryId === null ? null : context.loaders.classificationById.load(p.categoryId),
    type: (p, _a, context) => (p.typeId === null ? null : context.loaders.classificationById.load(p.typeId)),
    nature: (p, _a, context) => (p.natureId === null ? null : context.loaders.classificationById.load(p.natureId)),
    species: (p, _a, context) => (p.speciesId === null ? null : context.loaders.speciesById.load(p.speciesId)),
    baseUnit: async (p, _a, context) =>
      present(await context.loaders.baseUnitByDimension.load(p.dimension), "base unit"),
    localUnits: (p, _a, context) => context.loaders.localUnitsByProduct.load(p.id),
    natures: (p, _a, context) => context.loaders.naturesByProduct.load(p.id),
  },
  ProductNature: {
    nature: async (link, _a, context) =>
      present(await context.loaders.classificationById.load(link.natureId), "nature"),
  },
  Animal: {
    __resolveReference: referenceById((context) => context.loaders.animalById),
    id: (row) => String(row.id),
    species: async (row, _a, context) => present(await context.loaders.speciesById.load(row.speciesId), "species"),
    natures: (row, _a, context) => context.loaders.naturesByAnimal.load(row.id),
  },
  Classification: {
    id: (row) => String(row.id),
  },
  AnimalSpecies: {
    __resolveReference: referenceById((context) => context.loaders.speciesById),
    id: (row) => String(row.id),
    types: (row, _a, context) => context.loaders.typesBySpecies.load(row.id),
  },
  AnimalType: {
    id: (row) => String(row.id),
    species: async (row, _a, context) => present(await context.loaders.speciesById.load(row.speciesId), "species"),
  },
  ProductUnit: {
    __resolveReference: (reference, context) =>
      "id" in reference
        ? referenceById<Context, ProductUnitRow>((ctx) => ctx.loaders.productUnitById)(reference, context)
        : numericId(String(reference.productId)) !== null
          ? context.loaders.productUnitByProductAndCode.load(`${String(reference.productId)}|${String(reference.code)}`)
          : null,
    productId: (row) => String(row.productId),
    id: (row) => String(row.id),
    product: async (row, _a, context) => present(await context.loaders.productById.load(row.productId), "product"),
    baseQuantity: (row) => row.baseQuantity.toString(),
  },
};
