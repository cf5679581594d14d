import { notFound } from "#shared/graphql/errors.js";
import { decodeCursor, pageSize, toConnection, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";

export function numericId(id: string): number | null {
  return /^\d{1,10}$/.test(id) ? Number(id) : null;
}

export async function findProduct(context: Context, id: string) {
  const productId = numericId(id);
  const product = productId === null ? null : await context.loaders.productById.load(productId);
  if (!product) throw notFound("Product");
  return product;
}

/** Products in id order (stable under inserts), optionally matching a search on name or code. */
export async function listProducts(context: Context, args: PageArgs & { search?: string | null }) {
  const first = pageSize(args);
  const after = args.after ? numericId(decodeCursor(args.after)) : null;
  const search = args.search?.trim();
  const rows = await context.db.product.findMany({
    where: {
      ...(search ? { OR: [{ name: { contains: search } }, { code: { contains: search } }] } : {}),
      ...(after !== null ? { id: { gt: after } } : {}),
    },
    orderBy: { id: "asc" },
    take: first + 1,
  });
  return toConnection(rows, first, (row) => row.id);
}
