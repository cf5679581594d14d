import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";
import { z } from "zod";
import { ConfigError } from "#shared/env.js";
import { SCHEMA_DIR } from "#shared/subgraphs.js";
import { authenticationOf } from "../authentication.js";
import { sendGraphqlError } from "../http/graphql-over-http.js";
import { isSchemaExplorer } from "./schema-explorers.js";

/** Written by `npm run codegen` from schema/operations (scripts/schema/persisted-manifest.ts). */
export const DEFAULT_MANIFEST_PATH = path.join(SCHEMA_DIR, "operations", "generated", "persisted-query-manifest.json");

export type PersistedDocumentsMode = "off" | "allow" | "require";

const manifestSchema = z.object({
  format: z.literal("apollo-persisted-query-manifest"),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/, "must be a lower-case sha256 hex digest"),
      name: z.string(),
      type: z.enum(["query", "mutation", "subscription"]),
      body: z.string(),
    }),
  ),
});

/** The client operations the gateway trusts, by id (sha256 of the body, as Apollo's manifest has it). */
export class PersistedDocuments {
  private constructor(private readonly bodies: ReadonlyMap<string, string>) {}

  static load(file: string): PersistedDocuments {
    if (!existsSync(file)) {
      throw new ConfigError("gateway", [`PERSISTED_DOCUMENTS_MANIFEST: ${file} does not exist (npm run codegen)`]);
    }
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) {
      throw new ConfigError("gateway", [
        `PERSISTED_DOCUMENTS_MANIFEST: ${file} is not an Apollo persisted query manifest`,
      ]);
    }
    for (const { id, body, name } of parsed.data.operations) {
      if (sha256(body) !== id)
        throw new ConfigError("gateway", [`PERSISTED_DOCUMENTS_MANIFEST: ${name}'s id is not its hash`]);
    }
    return new PersistedDocuments(new Map(parsed.data.operations.map(({ id, body }) => [id, body])));
  }

  body(id: string): string | undefined {
    return this.bodies.get(id);
  }

  includes(document: string): boolean {
    return this.bodies.has(sha256(document));
  }
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The parts of a GraphQL-over-HTTP request (POST body or GET parameters) that name the document. */
interface DocumentReference {
  query: unknown;
  documentId: unknown;
  extensions: unknown;
}

function referenceOf(req: Request): DocumentReference {
  if (req.method !== "GET") {
    const body = (req.body ?? {}) as Partial<DocumentReference>;
    return { query: body.query, documentId: body.documentId, extensions: body.extensions };
  }
  const search = new URL(req.originalUrl, "http://gateway").searchParams;
  let extensions: unknown;
  try {
    extensions = JSON.parse(search.get("extensions") ?? "null");
  } catch {
    extensions = undefined; // Apollo answers the malformed parameter itself
  }
  return { query: search.get("query") ?? undefined, documentId: search.get("documentId") ?? undefined, extensions };
}

/** `documentId` (`sha256:<hex>`, per the GraphQL-over-HTTP persisted documents appendix) or Apollo's APQ hash. */
function requestedId({
  documentId,
  extensions,
}: DocumentReference): { id: string; source: "documentId" | "apq" } | null {
  if (typeof documentId === "string") return { id: documentId.replace(/^sha256:/, ""), source: "documentId" };
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery
    ?.sha256Hash;
  return typeof hash === "string" ? { id: hash, source: "apq" } : null;
}

/** Rewrites the request so Apollo runs `body` as a plain document (no documentId, no persistedQuery). */
function substitute(req: Request, body: string): void {
  if (req.method === "GET") {
    const url = new URL(req.url, "http://gateway");
    url.searchParams.delete("documentId");
    url.searchParams.set("query", body);
    const extensions = url.searchParams.get("extensions");
    if (extensions) {
      const { persistedQuery: _persistedQuery, ...rest } = JSON.parse(extensions) as Record<string, unknown>;
      url.searchParams.set("extensions", JSON.stringify(rest));
    }
    req.url = `${url.pathname}${url.search}`;
    return;
  }
  const payload = req.body as Record<string, unknown>;
  delete payload.documentId;
  payload.query = body;
  const extensions = payload.extensions as Record<string, unknown> | undefined;
  if (extensions && typeof extensions === "object") delete extensions.persistedQuery;
}

/**
 * Trusted documents (the published mobile app): a request may name a manifest document by id instead of
 * sending it. In `require` mode, only those run, or a full document that is in the manifest; analysts and
 * administrators (Sandbox) may still send any document. Everything else is refused here, before Apollo
 * parses anything: an unknown id with PERSISTED_QUERY_NOT_FOUND, an ad-hoc document (APQ registration
 * included) with FORBIDDEN. The caller is known from the authentication middleware that runs before; a
 * refused token goes on, so that Apollo's context answers it with 401.
 */
export function trustedDocuments(
  mode: PersistedDocumentsMode,
  manifest: PersistedDocuments | null,
  onRefused: (code: string) => void = () => undefined,
) {
  const refuse = (res: Response, status: number, message: string, code: string) => {
    onRefused(code);
    sendGraphqlError(res, status, message, code);
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (mode === "off" || !manifest) return next();
    const reference = referenceOf(req);
    const requested = requestedId(reference);
    const { viewer, refusal } = authenticationOf(res);
    if (refusal) return next(); // Apollo's context answers a refused token with 401, before parsing
    const explorer = isSchemaExplorer(viewer);
    if (typeof reference.query !== "string" && requested) {
      const body = manifest.body(requested.id);
      if (body !== undefined) {
        substitute(req, body);
        return next();
      }
      // An APQ hash may still be in Apollo's cache where ad-hoc documents are allowed.
      if (requested.source === "apq" && (mode === "allow" || explorer)) return next();
      return refuse(res, 400, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
    }
    if (mode === "require" && !explorer && typeof reference.query === "string" && !manifest.includes(reference.query)) {
      return refuse(
        res,
        403,
        "Only the client operations of the manifest run here: send the operation's documentId, " +
          "or sign in as an ANALYST, ADMIN or SUPER_ADMIN to send your own",
        "FORBIDDEN",
      );
    }
    next();
  };
}
