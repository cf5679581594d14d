import { z } from "zod";
import { REPORT_CONTENT_TYPES } from "#shared/reports/files.js";
import { ERROR_STATUSES } from "./envelope.js";
import type { RestRoute } from "./route.js";

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;

const envelopeSchema = (success: boolean) => ({
  type: "object",
  required: ["success", "message", "result", "errors", "except"],
  properties: {
    success: { const: success },
    message: { type: "string", description: "In French; the apps show it as is." },
    result: success ? {} : { type: "null" },
    errors: success
      ? { type: "null" }
      : {
          description: "Each GraphQL error behind the failure (code, message, field), or the invalid fields.",
          oneOf: [{ type: "array" }, { type: "null" }],
        },
    except: { type: "null" },
  },
});

/** The 200 answer: the envelope, the bare JSON of POST /auth/refresh, or a report file (the Excel export). */
function successOf(route: RestRoute) {
  if (route.reply === "file") {
    return {
      description: `${route.message}: the file itself (the JSON envelope on failure)`,
      headers: {
        "X-Total-Records": { description: "Data rows in the file (header excluded)", schema: { type: "integer" } },
        "Content-Disposition": { description: "attachment; filename=…", schema: { type: "string" } },
      },
      content: {
        [REPORT_CONTENT_TYPES.XLSX]: { schema: { type: "string", contentMediaType: REPORT_CONTENT_TYPES.XLSX } },
      },
    };
  }
  return {
    description: route.reply === "bare" ? "The answer itself, outside the envelope" : route.message,
    content: { "application/json": { schema: route.reply === "bare" ? { type: "object" } : envelopeSchema(true) } },
  };
}

function parametersOf(route: RestRoute) {
  const parameters: Record<string, unknown>[] = [];
  for (const [location, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (!schema) continue;
    const properties = (jsonSchema(schema).properties ?? {}) as Record<string, unknown>;
    const required = new Set(location === "path" ? Object.keys(properties) : []);
    for (const [name, property] of Object.entries(properties)) {
      parameters.push({ name, in: location, required: required.has(name), schema: property });
    }
  }
  return parameters;
}

/**
 * OpenAPI 3.1 from the route table itself, so the document cannot drift from what is served: each
 * route's zod schemas become its parameters and request body (zod 4's JSON Schema, draft 2020-12, which
 * OpenAPI 3.1 uses).
 */
export function openApiDocument(routes: RestRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, unknown> = { "200": successOf(route) };
    for (const status of ERROR_STATUSES) {
      responses[String(status)] = {
        description: "Failure, in the envelope",
        content: { "application/json": { schema: envelopeSchema(false) } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method] = {
      tags: [route.tag],
      summary: route.summary,
      ...(route.public ? { security: [] } : {}),
      parameters: parametersOf(route),
      ...(route.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body) } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Commerce Tracking — REST compatibility facade",
      version: "1.0.0",
      description:
        "The original CT gateway's REST API, served by the supergraph's gateway for the existing apps. " +
        "Every route runs GraphQL operations through the gateway (same authentication, rules and scope). " +
        "New apps should use GraphQL at /graphql.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
    security: [{ bearer: [] }],
    paths,
  };
}
