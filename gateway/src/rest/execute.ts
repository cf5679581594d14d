import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Request } from "express";
import type { GatewayContext } from "../context.js";
import { RestError, statusOfCode } from "./envelope.js";
import type { Json } from "./shapes.js";

interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

/** Runs one of the facade's named operations for the current REST request; resolves to `data`. */
export type RunOperation = <Data = Json>(name: string, variables?: Record<string, unknown>) => Promise<Data>;

/**
 * Every route runs its operations through Apollo's own request pipeline (the one /graphql serves): the
 * plugins, the validation rules, the gateway's query plan and the signed calls to the subgraphs, whose
 * shield rules and row scope decide. The context is the one /graphql builds from the same request, so the
 * caller's bearer token is verified (and refused) exactly as it is there.
 */
export function operationRunner(
  server: ApolloServer<GatewayContext>,
  operations: Map<string, string>,
  request: Request,
  context: GatewayContext,
): RunOperation {
  return async (name, variables = {}) => {
    const query = operations.get(name);
    if (!query) throw new Error(`unknown REST facade operation ${name}`);
    const headers = new HeaderMap([["content-type", "application/json"]]);
    const language = request.get("accept-language");
    if (language) headers.set("accept-language", language);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search: "", body: { query, variables, operationName: name } },
      context: async () => context,
    });
    if (response.body.kind !== "complete") throw new Error(`operation ${name} answered incrementally`);
    const body = JSON.parse(response.body.string) as { data?: Json; errors?: GraphQLErrorBody[] };
    if (body.errors?.length) throw restErrorOf(body.errors);
    // Without errors GraphQL answers data (typed by the operation, read as JSON by the route).
    return body.data as never;
  };
}

/** The first error decides the status; every error is listed, with its code and field, for the app. */
export function restErrorOf(errors: GraphQLErrorBody[]): RestError {
  const code = errors[0]?.extensions?.code;
  const [status, message] = statusOfCode(code);
  const details = errors.map((error) => ({
    code: error.extensions?.code ?? "INTERNAL_SERVER_ERROR",
    message: error.message,
    ...(error.extensions?.field ? { field: error.extensions.field } : {}),
    ...(error.path ? { path: error.path.join(".") } : {}),
  }));
  return new RestError(status, message, details, code);
}
