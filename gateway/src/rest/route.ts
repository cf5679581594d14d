import { z } from "zod";
import type { UserClaims } from "#shared/auth/claims.js";
import type { RunOperation } from "./execute.js";
import type { Json } from "./shapes.js";

export interface RouteInput<Params = unknown, Query = unknown, Body = unknown> {
  params: Params;
  query: Query;
  body: Body;
  /** Who the bearer token says is calling (null when anonymous); the subgraphs decide what they may do. */
  viewer: UserClaims | null;
  settings: RestSettings;
}

/** What the facade's routes may be tuned by (the gateway's env). */
export interface RestSettings {
  /** How long POST /admin/export-csv waits for the report worker before answering 503. */
  exportWaitMs: number;
}

/** A `file` route's result: a report file the caller may download, streamed as the answer. */
export interface ReportDownload {
  /** `report(id) { downloadUrl }`: signed for this report and this caller. */
  downloadUrl: string;
  filename: string;
  headers: Record<string, string>;
}

/**
 * One REST route of the original CT gateway: its contract (method, path, parameters and body as zod
 * schemas, which also generate the OpenAPI document) and what it runs through the gateway (`run`:
 * arguments → operation(s) → the shape the apps read).
 */
type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

export interface RestRoute<
  Params extends z.ZodObject | undefined = z.ZodObject | undefined,
  Query extends z.ZodObject | undefined = z.ZodObject | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "get" | "post" | "put" | "delete";
  /** Express path, e.g. /trade-flow/collections/:id/workflow. */
  path: string;
  tag: string;
  summary: string;
  params?: Params;
  query?: Query;
  body?: Body;
  /** No bearer token needed (login, refresh). */
  public?: boolean;
  /** The French message of a success. */
  message: string;
  /** French messages of this route's failures by GraphQL code, where the generic one would mislead. */
  failures?: Record<string, string>;
  /**
   * `bare`: the result is the whole JSON answer (POST /auth/refresh), outside the envelope; `file`: the
   * result is a ReportDownload, streamed as the answer (POST /admin/export-csv).
   */
  reply?: "envelope" | "bare" | "file";
  // Method syntax: a route's typed input stays assignable to the table's RestRoute.
  run(operation: RunOperation, input: RouteInput<Parsed<Params>, Parsed<Query>, Parsed<Body>>): Promise<unknown>;
}

/** Declares a route; its parameters, query and body are typed from its zod schemas. */
export function route<
  Params extends z.ZodObject | undefined = undefined,
  Query extends z.ZodObject | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
>(definition: RestRoute<Params, Query, Body>): RestRoute {
  return definition as RestRoute;
}

/** Query-string values arrive as strings; ids in paths too. */
export const numberText = z.coerce.number().int();
export const idParam = z.object({ id: z.string().regex(/^[\w-]{1,64}$/, "identifiant invalide") });
export const numericIdParam = z.object({ id: z.string().regex(/^\d{1,12}$/, "identifiant numérique attendu") });

/** Page/limit as the apps send them; the supergraph's offset pages hold at most MAX_PAGE_SIZE rows. */
export const MAX_PAGE_SIZE = 200;
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  // The PWA asks for countries with limit=500: it gets the first MAX_PAGE_SIZE.
  limit: z.coerce.number().int().min(1).max(1000).default(10),
  search: z.string().trim().max(200).optional(),
});

/** The variables of an offset page (`page`, `pageSize`) for the page the app asked for. */
export function offsetPage(query: { page: number; limit: number }) {
  return { page: query.page, pageSize: Math.min(query.limit, MAX_PAGE_SIZE) };
}

export interface Page<Row> {
  rows: Row[];
  total: number;
}

type Row = Json;

export function pageOf(connection: { nodes: Row[]; totalCount: number }): Page<Row> {
  return { rows: connection.nodes, total: connection.totalCount };
}

/** A full list (currencies, units, code lists) cut into the page the app asked for, searched by name/code. */
export function pageOfList<Row extends { name?: string; code?: string }>(
  list: Row[],
  query: { page: number; limit: number; search?: string },
): Page<Row> {
  const needle = query.search?.toLowerCase();
  const matching = needle
    ? list.filter((row) => `${row.name ?? ""} ${row.code ?? ""}`.toLowerCase().includes(needle))
    : list;
  const start = (query.page - 1) * query.limit;
  return { rows: matching.slice(start, start + query.limit), total: matching.length };
}

/** The trade-flow lists' shape: `{data, total, page, limit}`. */
export const tradeFlowList = <Row>(page: Page<Row>, query: { page: number; limit: number }) => ({
  data: page.rows,
  total: page.total,
  page: query.page,
  limit: query.limit,
});

/** The admin lists' shape: `{data, pagination: {page, limit, total, totalPages}}`. */
export const adminList = <Row>(page: Page<Row>, query: { page: number; limit: number }) => ({
  data: page.rows,
  pagination: {
    page: query.page,
    limit: query.limit,
    total: page.total,
    totalPages: Math.max(1, Math.ceil(page.total / query.limit)),
  },
});
