import { badUserInput } from "./errors.js";

/**
 * Every list takes either a cursor (`first` + `after`, keyset: stable while rows are added, what
 * infinite lists and sync use) or an offset page (`page` + `pageSize`, what tables with page numbers
 * use). Both answer with the same connection, whose `totalCount` is counted only when asked for.
 */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** 1-based page number; with it, `after` must be left out. */
  page?: number | null;
  /** Rows per page with `page` (default: `first`, else DEFAULT_PAGE_SIZE). */
  pageSize?: number | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * Rows matching the filter over every page. A function, so that GraphQL's default resolver calls it
   * only when a client selects `totalCount`: a list without it costs no COUNT query.
   */
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** Deep offsets make the database walk every skipped row; past this, clients must use cursors. */
export const MAX_OFFSET = 100_000;

export function encodeCursor(key: string | number): string {
  return Buffer.from(`c:${key}`).toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith("c:")) throw badUserInput("Invalid cursor", "after");
  return decoded.slice(2);
}

function checkedSize(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`${field} must be between 1 and ${MAX_PAGE_SIZE}`, field);
  }
  return value;
}

/** Validates `first`, returning how many rows a page holds. */
export function pageSize(args: PageArgs): number {
  return checkedSize(args.first ?? DEFAULT_PAGE_SIZE, "first");
}

/** The rows a request asks for: `skip` rows (offset pages) then `take`, or the rows after a cursor. */
export interface PageWindow {
  size: number;
  skip: number;
  after: string | null;
}

export function pageWindow(args: PageArgs): PageWindow {
  if (args.page === null || args.page === undefined) {
    if (args.pageSize !== null && args.pageSize !== undefined) {
      throw badUserInput("pageSize goes with page; use first with after", "pageSize");
    }
    return { size: pageSize(args), skip: 0, after: args.after ?? null };
  }
  if (args.after) throw badUserInput("Use either after or page, not both", "page");
  if (!Number.isInteger(args.page) || args.page < 1) throw badUserInput("page must be 1 or more", "page");
  const size = checkedSize(args.pageSize ?? args.first ?? DEFAULT_PAGE_SIZE, "pageSize");
  const skip = (args.page - 1) * size;
  if (skip > MAX_OFFSET) throw badUserInput(`Pages reach at most row ${MAX_OFFSET}; narrow the filter`, "page");
  return { size, skip, after: null };
}

/** Builds a connection from rows fetched with `take: size + 1`, ordered by a unique key. */
export function toConnection<Row>(
  rows: Row[],
  first: number,
  keyOf: (row: Row) => string | number,
  totalCount: () => Promise<number>,
): Connection<Row> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * One page of a list, by cursor or by page number. `where` holds the filter (also what `totalCount`
 * counts); `afterCursor` turns an `after` cursor into the keyset condition of the list's order.
 */
export async function paginate<Row, Where>(
  args: PageArgs,
  query: {
    where: Where[];
    afterCursor: (after: string) => Where | undefined;
    findMany: (where: Where[], window: { skip: number; take: number }) => Promise<Row[]>;
    count: (where: Where[]) => Promise<number>;
    cursorOf: (row: Row) => string | number;
  },
): Promise<Connection<Row>> {
  const window = pageWindow(args);
  const keyset = window.after === null ? undefined : query.afterCursor(window.after);
  const rows = await query.findMany(keyset === undefined ? query.where : [...query.where, keyset], {
    skip: window.skip,
    take: window.size + 1,
  });
  let counted: Promise<number> | undefined;
  return toConnection(rows, window.size, query.cursorOf, () => (counted ??= query.count(query.where)));
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

/** The usual reference list: a filter, in (name, id) order. */
export function paginateByName<Row extends { name: string; id: number }, Where>(
  args: PageArgs,
  where: Where[],
  model: {
    findMany(query: { where: { AND: Where[] }; orderBy: object[]; skip: number; take: number }): Promise<Row[]>;
    count(query: { where: { AND: Where[] } }): Promise<number>;
  },
): Promise<Connection<Row>> {
  return paginate<Row, Where>(args, {
    where,
    afterCursor: (after) => afterNameCursor(after) as Where,
    findMany: (conditions, window) =>
      model.findMany({ where: { AND: conditions }, orderBy: [{ name: "asc" }, { id: "asc" }], ...window }),
    count: (conditions) => model.count({ where: { AND: conditions } }),
    cursorOf: nameCursor,
  });
}

/** A list in id order (ascending: creation order; descending: newest first). */
export function paginateById<Row extends { id: number }, Where>(
  args: PageArgs,
  where: Where[],
  model: {
    findMany(query: { where: { AND: Where[] }; orderBy: object[]; skip: number; take: number }): Promise<Row[]>;
    count(query: { where: { AND: Where[] } }): Promise<number>;
  },
  direction: "asc" | "desc" = "asc",
): Promise<Connection<Row>> {
  return paginate<Row, Where>(args, {
    where,
    afterCursor: (after) => {
      const last = Number(decodeCursor(after));
      if (!Number.isInteger(last)) throw badUserInput("Invalid cursor", "after");
      return { id: direction === "asc" ? { gt: last } : { lt: last } } as Where;
    },
    findMany: (conditions, window) =>
      model.findMany({ where: { AND: conditions }, orderBy: [{ id: direction }], ...window }),
    count: (conditions) => model.count({ where: { AND: conditions } }),
    cursorOf: (row) => row.id,
  });
}
