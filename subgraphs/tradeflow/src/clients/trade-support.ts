import type { NatsHandle } from "#shared/events/nats.js";
import type { ReplyOf, RequestOf, RequestSubject } from "#shared/events/requests.js";
import { MAX_REQUEST_TIMEOUT_MS, requestJson } from "#shared/events/responder.js";
import { compileFormSchema } from "#shared/validation/json-schema.js";
import type { ValidateFunction } from "ajv";
import type { AdminLabelsRequest, ModelLabelsRequest } from "#shared/reports/labels.js";

/**
 * What tradeflow asks of model and admin while recording collections, over NATS request/reply
 * (they own the data; tradeflow never reads their tables). Each call is batched for a whole request.
 */
export class ServiceUnavailableError extends Error {}

export async function ask<S extends RequestSubject>(
  nats: NatsHandle,
  subject: S,
  payload: RequestOf<S>,
): Promise<ReplyOf<S>> {
  try {
    return await requestJson(nats, subject, payload, MAX_REQUEST_TIMEOUT_MS);
  } catch (error) {
    throw new ServiceUnavailableError(`${subject}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export type Conversion = ReplyOf<"model.convert">["results"][number];

export function convert(nats: NatsHandle, items: { productId: number; unit: string; quantity: string }[]) {
  return ask(nats, "model.convert", { items }).then((reply) => reply.results);
}

export interface WorkflowLevel {
  level: number;
  role: string;
  name: string;
}

export function publishedWorkflow(nats: NatsHandle) {
  return ask(nats, "model.workflow", {}).then((reply) => reply.workflow);
}

export function exchangeRates(nats: NatsHandle, pairs: { from: string; on: string }[]) {
  return ask(nats, "admin.rates", { pairs });
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
  return ask(nats, "admin.refcheck", ids).then((reply) => reply.missing);
}

/** French and English labels of admin's records (countries, cities, points, corridors, codes), for report files. */
export function adminLabels(nats: NatsHandle, request: AdminLabelsRequest) {
  return ask(nats, "admin.labels", request);
}

/** Product labels and HS codes, for report files. */
export function modelLabels(nats: NatsHandle, request: ModelLabelsRequest) {
  return ask(nats, "model.labels", request);
}

/** Published form versions never change, so a compiled schema is kept for the life of the process. */
const compiledForms = new Map<string, ValidateFunction>();

export async function currentForm(
  nats: NatsHandle,
  collectionType: RequestOf<"model.forms">["collectionType"],
): Promise<{ version: number; validate: ValidateFunction } | null> {
  const { form } = await ask(nats, "model.forms", { collectionType });
  if (!form) return null;
  const key = `${collectionType}@${form.version}`;
  let validate = compiledForms.get(key);
  if (!validate) {
    const check = compileFormSchema(form.jsonSchema);
    if (!check.ok)
      throw new ServiceUnavailableError(`published form ${key} does not compile: ${check.problems.join("; ")}`);
    validate = check.validate;
    compiledForms.set(key, validate);
  }
  return { version: form.version, validate };
}
