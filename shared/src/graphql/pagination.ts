import { badUserInput } from "./errors.js";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

export function encodeCursor(key: string | number): string {
  return Buffer.from(`c:${key}`).toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith("c:")) throw badUserInput("Invalid cursor", "after");
  return decoded.slice(2);
}

/** Validates `first`, returning how many rows to fetch (one more than asked, to learn hasNextPage). */
export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
  }
  return first;
}

/** Builds a connection from rows fetched with `take: first + 1`, ordered by a unique key. */
export function toConnection<Row>(rows: Row[], first: number, keyOf: (row: Row) => string | number): Connection<Row> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * Keyset pagination in (name, id) order, the order people expect for reference lists; stable under
 * inserts. Returns the condition for rows after the cursor, usable on any model with `name` and `id`.
 */
export function afterNameCursor(after: string | null | undefined) {
  if (!after) return undefined;
  const cursor = decodeCursor(after);
  const separator = cursor.lastIndexOf("|");
  const id = Number(cursor.slice(separator + 1));
  if (separator < 0 || !Number.isInteger(id)) throw badUserInput("Invalid cursor", "after");
  const name = cursor.slice(0, separator);
  return { OR: [{ name: { gt: name } }, { name, id: { gt: id } }] };
}

export const nameCursor = (row: { name: string; id: number }) => `${row.name}|${row.id}`;
