import { z } from "zod";
import { userClaimsSchema } from "../auth/claims.js";
import { CollectionType, UnitDimension } from "../db/generated/enums.js";
import { userSnapshotSchema, workflowLevelSchema } from "./catalog.js";
import { adminLabelsReply, adminLabelsRequest, modelLabelsReply, modelLabelsRequest } from "../reports/labels.js";

/**
 * Every NATS request/reply subject (the original system's queues): what the caller sends and what the
 * responder answers, as zod schemas. `startResponder` checks each request against its schema before
 * the handler sees it, and `requestJson` checks each reply, so both sides are held to one contract and
 * a caller cannot send the wrong shape. Two-token subjects, which no event stream captures.
 *
 * `invalid` is the answer to a request that fails its schema, for subjects whose callers expect an
 * answer rather than an error (auth.validate comes from the original system's clients).
 */
interface RequestContract<Request extends z.ZodType, Reply extends z.ZodType> {
  request: Request;
  reply: Reply;
  invalid?: () => z.input<Reply>;
}

/**
 * What `tradeflow.usage` counts references to. Keys are ids, except CURRENCY and UNIT (codes) and
 * PRODUCT_UNIT ("productId|code").
 */
export const USAGE_KINDS = [
  "COUNTRY",
  "CITY",
  "CORRIDOR",
  "COLLECTION_POINT",
  "CURRENCY",
  "REFERENCE_CODE",
  "TAX_TYPE",
  "COMMERCIAL_ACTOR",
  "USER",
  "PRODUCT",
  "UNIT",
  "PRODUCT_UNIT",
  "ANIMAL",
] as const;

/** A category or species as the statistics name it. */
const namedClass = z.object({ id: z.number().int(), code: z.string(), name: z.string(), nameEn: z.string() });

const contract = <Request extends z.ZodType, Reply extends z.ZodType>(entry: RequestContract<Request, Reply>) => entry;

const ids = z.array(z.number().int()).max(10_000).default([]);
/** The referenced records a collection names, by kind (admin.refcheck asks which of them are missing). */
const referenceIds = z.object({
  collectionPointIds: ids,
  countryIds: ids,
  cityIds: ids,
  corridorIds: ids,
  referenceCodeIds: ids,
  actorIds: ids,
});

export const requestCatalog = {
  /** One user's snapshot, for services that need it before admin's event arrives (auth). */
  "admin.users": contract({
    request: z.object({ userId: z.string() }),
    reply: z.object({ user: userSnapshotSchema.nullable() }),
    invalid: () => ({ user: null }),
  }),
  /** The stored system settings (every service's SettingsStore, at start). */
  "admin.config": contract({
    request: z.object({}),
    reply: z.object({ settings: z.record(z.string(), z.unknown()) }),
  }),
  /** Exchange rates into `to` (by default the reference currency), for each currency and day. */
  "admin.rates": contract({
    request: z.object({
      pairs: z.array(z.object({ from: z.string().length(3), on: z.string() })).max(1_000),
      to: z.string().length(3).optional(),
    }),
    reply: z.object({
      to: z.string(),
      rates: z.array(z.object({ rate: z.string(), rateDate: z.string() }).nullable()),
    }),
  }),
  /** French and English labels of admin's records, for report files. */
  "admin.labels": contract({ request: adminLabelsRequest, reply: adminLabelsReply }),
  /** Corridors' lengths, for the road-governance statistics (controls and payments per 100 km). */
  "admin.corridors": contract({
    request: z.object({ ids: z.array(z.number().int()).max(10_000) }),
    reply: z.object({ corridors: z.array(z.object({ id: z.number().int(), distanceKm: z.string().nullable() })) }),
  }),
  /** Which of the referenced records do not exist (tradeflow, before recording collections). */
  "admin.refcheck": contract({
    request: referenceIds,
    reply: z.object({ missing: referenceIds }),
  }),
  /** A token → its claims, or why not; unlike the gateway's check it also asks whether the session lives. */
  "auth.validate": contract({
    request: z.object({ token: z.string().min(1) }),
    reply: z.discriminatedUnion("valid", [
      z.object({
        valid: z.literal(true),
        claims: userClaimsSchema.extend({ issuedAt: z.number(), expiresAt: z.number() }),
      }),
      z.object({ valid: z.literal(false), reason: z.string() }),
    ]),
    invalid: () => ({ valid: false as const, reason: "missing token" }),
  }),
  /**
   * Is this the user's current password? Asked by admin before a user changes the email or phone they
   * log in with. Each check is a throttled password attempt on the account.
   */
  "auth.password_check": contract({
    request: z.object({ userId: z.string().regex(/^\d{1,10}$/), password: z.string().min(1).max(1024) }),
    reply: z.discriminatedUnion("ok", [
      z.object({ ok: z.literal(true) }),
      z.object({
        ok: z.literal(false),
        code: z.enum(["BAD_USER_INPUT", "TOO_MANY_REQUESTS", "NOT_FOUND"]),
        retryAfterSeconds: z.number().optional(),
      }),
    ]),
    invalid: () => ({ ok: false as const, code: "BAD_USER_INPUT" as const }),
  }),
  /**
   * The first password of a person admin has just created, signed with the subgraphs' shared secret
   * and naming the administrator (see shared/src/auth/initial-password.ts). Two tokens: three-token
   * subjects are events, which the AUTH_EVENTS stream would capture.
   */
  "auth.firstpassword": contract({
    request: z.object({
      body: z.string(),
      claims: z.string().optional(),
      traceId: z.string().optional(),
      timestamp: z.string().optional(),
      signature: z.string().optional(),
    }),
    reply: z.discriminatedUnion("ok", [
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), reason: z.string() }),
    ]),
    invalid: () => ({ ok: false as const, reason: "malformed request" }),
  }),
  /** How many collection rows refer to a record of another domain (asked before deleting it). */
  "tradeflow.usage": contract({
    request: z.object({ kind: z.enum(USAGE_KINDS), key: z.string() }),
    reply: z.object({ count: z.number().int() }),
  }),
  /** Quantities converted to their product's base unit, one result per item, in order. */
  "model.convert": contract({
    request: z.object({
      items: z.array(z.object({ productId: z.number().int(), unit: z.string(), quantity: z.string() })).max(10_000),
    }),
    reply: z.object({
      results: z.array(
        z.discriminatedUnion("ok", [
          z.object({
            ok: z.literal(true),
            dimension: z.enum(UnitDimension),
            perUnit: z.string(),
            baseQuantity: z.string(),
          }),
          z.object({ ok: z.literal(false), field: z.string(), message: z.string() }),
        ]),
      ),
    }),
  }),
  /** The published form of a collection type (its latest version, or the one asked for). */
  "model.forms": contract({
    request: z.object({ collectionType: z.enum(CollectionType), version: z.number().int().optional() }),
    reply: z.object({ form: z.object({ version: z.number().int(), jsonSchema: z.unknown() }).nullable() }),
  }),
  /** Product labels and HS codes, for report files. */
  "model.labels": contract({ request: modelLabelsRequest, reply: modelLabelsReply }),
  /** Each product's category and species, with their names, for the statistics' filters and groups. */
  "model.product-classes": contract({
    request: z.object({}),
    reply: z.object({
      products: z.array(
        z.object({
          id: z.number().int(),
          categoryId: z.number().int().nullable(),
          speciesId: z.number().int().nullable(),
        }),
      ),
      categories: z.array(namedClass),
      species: z.array(namedClass),
    }),
  }),
  /** The published validation workflow (by default COLLECTION_VALIDATION). */
  "model.workflow": contract({
    request: z.object({ code: z.string().optional() }),
    reply: z.object({
      workflow: z.object({ version: z.number().int(), levels: z.array(workflowLevelSchema) }).nullable(),
    }),
  }),
};

export type RequestSubject = keyof typeof requestCatalog;
/** What a caller sends on `S`. */
export type RequestOf<S extends RequestSubject> = z.input<(typeof requestCatalog)[S]["request"]>;
/** What a responder's handler receives on `S`, once checked. */
export type CheckedRequestOf<S extends RequestSubject> = z.output<(typeof requestCatalog)[S]["request"]>;
/** What a responder's handler answers on `S`. */
export type ReplyInputOf<S extends RequestSubject> = z.input<(typeof requestCatalog)[S]["reply"]>;
/** What a caller receives on `S`. */
export type ReplyOf<S extends RequestSubject> = z.output<(typeof requestCatalog)[S]["reply"]>;
