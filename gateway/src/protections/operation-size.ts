import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";
import { GraphQLError, Kind, parse, type DocumentNode, type SelectionSetNode } from "graphql";
import { sendGraphqlError } from "../http/graphql-over-http.js";

/**
 * Refuses oversized operations before graphql-js validation sees them.
 *
 * Validation is quadratic in repeated selections (OverlappingFieldsCanBeMerged compares every pair of
 * fields with one response name): `{ me { id id … } }` with 3,000 repeats held the event loop for
 * seconds, 19,000 for minutes. Apollo runs custom validation rules together with the specified ones,
 * so a rule cannot run first.
 *
 * The check is linear: a parse bounded by `maxTokens`, then one walk that counts fields. Inline
 * fragments count toward the selection set that holds them, because validation flattens them into it.
 * At the default caps the worst document validates in a few tens of milliseconds.
 */
export interface OperationSizeLimits {
  /** Lexical tokens in the whole document (comments and whitespace are not tokens). */
  maxTokens: number;
  /** Fields in the whole document, fragment definitions included. */
  maxFields: number;
  /** Selections in one selection set, its inline fragments' selections included. */
  maxSelections: number;
}

export const OPERATION_TOO_LARGE = "OPERATION_TOO_LARGE";

class OperationTooLarge extends Error {}

/** The first limit `source` exceeds, as a message for the client, or null when it is within all of them. */
export function operationSizeProblem(source: string, limits: OperationSizeLimits): string | null {
  const verdict = operationSizeVerdict(source, limits);
  return typeof verdict === "string" ? verdict : null;
}

/**
 * `WITHIN` (parsed, within every limit), `UNPARSABLE` (a plain syntax error: Apollo's own parse reports it
 * as GRAPHQL_PARSE_FAILED), or the first limit exceeded as a message for the client.
 */
const WITHIN = Symbol("within the limits");
const UNPARSABLE = Symbol("not a document");

function operationSizeVerdict(source: string, limits: OperationSizeLimits): string | typeof WITHIN | typeof UNPARSABLE {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    // graphql-js words it "Document contains more that N tokens" (sic).
    if (error instanceof GraphQLError && /contains more th\w+ \d+ tokens/.test(error.message)) {
      return `The operation has more than ${limits.maxTokens} tokens (MAX_QUERY_TOKENS)`;
    }
    return UNPARSABLE;
  }
  let fields = 0;
  /** Counts the selections of `set` (through inline fragments) and checks every nested field's set. */
  const width = (set: SelectionSetNode): number => {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += width(selection.selectionSet);
        continue;
      }
      count += 1;
      if (selection.kind !== Kind.FIELD) continue;
      fields += 1;
      if (fields > limits.maxFields) {
        throw new OperationTooLarge(`The operation has more than ${limits.maxFields} fields (MAX_QUERY_FIELDS)`);
      }
      if (selection.selectionSet) checkSet(selection.selectionSet);
    }
    return count;
  };
  const checkSet = (set: SelectionSetNode) => {
    if (width(set) > limits.maxSelections) {
      throw new OperationTooLarge(
        `A selection set has more than ${limits.maxSelections} selections (MAX_QUERY_SELECTIONS)`,
      );
    }
  };
  try {
    for (const definition of document.definitions) {
      if ("selectionSet" in definition && definition.selectionSet) checkSet(definition.selectionSet);
    }
  } catch (error) {
    if (error instanceof OperationTooLarge) return error.message;
    throw error;
  }
  return WITHIN;
}

/**
 * The longest operation text whose verdict is remembered. The parse stops at `maxTokens` whatever the text's
 * length, while its digest reads all of it: a body of megabytes (comments, whitespace) would pay a hash far
 * dearer than its check. Real operations, the introspection query included, are a few kilobytes.
 */
const MAX_REMEMBERED_LENGTH = 64 * 1024;

/**
 * Express middleware in front of Apollo: a plugin cannot do this, because Apollo turns an error thrown
 * before validation (didResolveSource, parsingDidStart) into INTERNAL_SERVER_ERROR. Persisted queries
 * read back by hash are not checked here: they were checked when registered (protections/apq.ts).
 */
export function refuseOversizedOperations(limits: OperationSizeLimits, onRefused: () => void = () => undefined) {
  // The SHA-256 of operations found within the limits: clients send the same few operations again and again,
  // and parsing each again cost ~0.15 CPU ms a request (finding 54). Digests, so that memory stays fixed
  // whatever the operations' size; only documents that parsed and passed are remembered, so neither a refused
  // operation nor junk text takes a place.
  const withinLimits = new LRUCache<string, true>({ max: 2_000 });
  return (req: Request, res: Response, next: NextFunction) => {
    const query: unknown =
      req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== "string") return next();
    const digest =
      query.length <= MAX_REMEMBERED_LENGTH ? createHash("sha256").update(query).digest("base64") : undefined;
    if (digest !== undefined && withinLimits.has(digest)) return next();
    const verdict = operationSizeVerdict(query, limits);
    if (verdict === WITHIN && digest !== undefined) withinLimits.set(digest, true);
    if (typeof verdict !== "string") return next();
    onRefused();
    sendGraphqlError(res, 400, verdict, OPERATION_TOO_LARGE);
  };
}
