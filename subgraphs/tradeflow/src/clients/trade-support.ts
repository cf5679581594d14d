import type { NatsHandle } from "#shared/events/nats.js";
import { requestJson } from "#shared/events/responder.js";
import { compileFormSchema } from "#shared/validation/json-schema.js";
import type { ValidateFunction } from "ajv";
import type {
  AdminLabelsReply,
  AdminLabelsRequest,
  ModelLabelsReply,
  ModelLabelsRequest,
} from "#shared/reports/labels.js";

/**
 * What tradeflow asks of model and admin while recording collections, over NATS request/reply
 * (they own the data; tradeflow never reads their tables). Each call is batched for a whole request.
 */
export class ServiceUnavailableError extends Error {}

export async function ask<T>(nats: NatsHandle, subject: string, payload: unknown): Promise<T> {
  try {
    const reply = await requestJson<T & { error?: string }>(nats, subject, payload, 5_000);
    if (reply && typeof reply === "object" && "error" in reply && reply.error) throw new Error(reply.error);
    return reply;
  } catch (error) {
    throw new ServiceUnavailableError(`${subject}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export type Conversion =
  | { ok: true; dimension: "MASS" | "VOLUME" | "COUNT"; perUnit: string; baseQuantity: string }
  | { ok: false; field: string; message: string };

export function convert(nats: NatsHandle, items: { productId: number; unit: string; quantity: string }[]) {
  return ask<{ results: Conversion[] }>(nats, "model.convert", { items }).then((reply) => reply.results);
}

export interface WorkflowLevel {
  level: number;
  role: string;
  name: string;
}

export function publishedWorkflow(nats: NatsHandle) {
  return ask<{ workflow: { version: number; levels: WorkflowLevel[] } | null }>(nats, "model.workflow", {}).then((reply) => reply.workflow);
}

export function exchangeRates(nats: NatsHandle, pairs: { from: string; on: string }[]) {
  return ask<{ to: string; rates: ({ rate: string; rateDate: string } | null)[] }>(nats, "admin.rates", { pairs });
}

export interface ReferenceIds {
  collectionPointIds: number[];
  countryIds: number[];
  cityIds: number[];
  corridorIds: number[];
  referenceCodeIds: number[];
  actorIds: number[];
}

export function missingReferences(nats: NatsHandle, ids: ReferenceIds) {
  return ask<{ missing: ReferenceIds }>(nats, "admin.refcheck", ids).then((reply) => reply.missing);
}

/** French and English labels of admin's records (countries, cities, points, corridors, codes), for report files. */
export function adminLabels(nats: NatsHandle, request: AdminLabelsRequest) {
  return ask<AdminLabelsReply>(nats, "admin.labels", request);
}

/** Product labels and HS codes, for report files. */
export function modelLabels(nats: NatsHandle, request: ModelLabelsRequest) {
  return ask<ModelLabelsReply>(nats, "model.labels", request);
}

/** Published form versions never change, so a compiled schema is kept for the life of the process. */
const compiledForms = new Map<string, ValidateFunction>();

export async function currentForm(nats: NatsHandle, collectionType: string): Promise<{ version: number; validate: ValidateFunction } | null> {
  const { form } = await ask<{ form: { version: number; jsonSchema: unknown } | null }>(nats, "model.forms", { collectionType });
  if (!form) return null;
  const key = `${collectionType}@${form.version}`;
  let validate = compiledForms.get(key);
  if (!validate) {
    const check = compileFormSchema(form.jsonSchema);
    if (!check.ok) throw new ServiceUnavailableError(`published form ${key} does not compile: ${check.problems.join("; ")}`);
    validate = check.validate;
    compiledForms.set(key, validate);
  }
  return { version: form.version, validate };
}
