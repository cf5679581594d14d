import type { Resolvers } from "../../generated/resolvers-types.js";
import { findProduct, listProducts, numericId } from "./products.service.js";

export const productResolvers: Resolvers = {
  Query: {
    product: (_parent, { id }, context) => findProduct(context, id),
    products: (_parent, args, context) => listProducts(context, args),
  },
  Product: {
    __resolveReference: async (reference, context) => {
      const id = numericId(String(reference.id));
      return id === null ? null : context.loaders.productById.load(id);
    },
    id: (product) => String(product.id),
  },
};
