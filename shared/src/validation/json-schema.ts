import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its callable is the module itself or its `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const DRAFT_2020 = "https://json-schema.org/draft/2020-12/schema";

function newAjv(schema: unknown): Ajv {
  const is2020 =
    typeof schema === "object" && schema !== null && (schema as { $schema?: unknown }).$schema === DRAFT_2020;
  // strict: an unknown keyword or a contradictory schema is an error, not silently ignored.
  const options = { strict: true, allErrors: true, validateFormats: true } as const;
  const ajv = is2020 ? (new Ajv2020(options) as unknown as Ajv) : new Ajv(options);
  addFormats(ajv);
  return ajv;
}

export type SchemaCheck = { ok: true; validate: ValidateFunction } | { ok: false; problems: string[] };

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`.trim());
}

/**
 * Checks that `schema` is a usable JSON Schema (draft-07, or 2020-12 when it says so) describing an
 * object of extra fields, and compiles it.
 */
export function compileFormSchema(schema: unknown): SchemaCheck {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    return { ok: false, problems: ["the schema must be a JSON object"] };
  }
  if ((schema as { type?: unknown }).type !== "object") {
    return { ok: false, problems: ['the root must describe the extra fields as an object ("type": "object")'] };
  }
  const ajv = newAjv(schema);
  if (!ajv.validateSchema(schema)) return { ok: false, problems: describe(ajv.errors) };
  try {
    return { ok: true, validate: ajv.compile(schema) };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/** Validates extra fields against a compiled form schema; returns the problems, empty when valid. */
export function validateAgainst(validate: ValidateFunction, data: unknown): string[] {
  return validate(data) ? [] : describe(validate.errors);
}
