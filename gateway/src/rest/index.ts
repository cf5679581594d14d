import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import cors from "cors";
import { GraphQLError } from "graphql";
import { z } from "zod";
import type { ApolloServer } from "@apollo/server";
import type { ExpressContextFunctionArgument } from "@as-integrations/express5";
import type { Logger } from "#shared/logger.js";
import type { GatewayContext } from "../context.js";
import type { GatewayEnv } from "../env.js";
import { downloadRequestOf, openReportDownload, streamReportFile } from "../reports-download.js";
import { failed, RestError, statusOfCode, succeeded } from "./envelope.js";
import { operationRunner } from "./execute.js";
import { loadRestOperations } from "./operations.js";
import { openApiDocument } from "./openapi.js";
import type { ReportDownload, RestRoute, RestSettings } from "./route.js";
import { authRoutes } from "./auth.js";
import { tradeFlowRoutes } from "./trade-flow.js";
import { adminActorRoutes } from "./admin-actors.js";
import { adminReferenceDataRoutes } from "./admin-reference-data.js";
import { adminStatsRoutes } from "./admin-stats.js";
import { commonDataRoutes } from "./common-data.js";
import { exportRoutes } from "./export.js";

export const REST_ROUTES: RestRoute[] = [
  ...authRoutes,
  ...tradeFlowRoutes,
  ...adminActorRoutes,
  ...adminReferenceDataRoutes,
  ...adminStatsRoutes,
  ...commonDataRoutes,
  ...exportRoutes,
];

/** The path prefixes of the original CT API (and the OpenAPI document): nothing else passes here. */
const REST_PREFIXES = ["/auth", "/trade-flow", "/admin", "/common-data", "/rest"];

export interface RestFacadeOptions {
  server: ApolloServer<GatewayContext>;
  /** The context /graphql builds (bearer token verified, revocations checked). */
  context: (argument: ExpressContextFunctionArgument) => Promise<GatewayContext>;
  cors: cors.CorsOptions;
  /** The /graphql rate limiter: REST requests count against the same allowance, once each. */
  limiter: RequestHandler;
  /** The /graphql caller check (bearer token, revocations), which `context` reads. */
  authentication: RequestHandler;
  bodyLimit: string;
  traceIdFrom: (req: Request) => string;
  logger: Logger;
  /** Where report files are and how their links are signed: the export streams them as /reports/:id/download does. */
  reports: Pick<GatewayEnv, "REPORTS_DIR" | "REPORTS_URL_SECRET">;
  settings: RestSettings;
}

function send(res: Response, status: number, body: unknown) {
  res.status(status).json(body);
}

function sendError(res: Response, error: unknown, logger: Logger, failures: Record<string, string> = {}) {
  if (error instanceof RestError) {
    send(res, error.status, failed((error.code && failures[error.code]) || error.message, error.details));
    return;
  }
  // The context refuses a bad token with a GraphQLError (UNAUTHENTICATED), as /graphql does.
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code as string | undefined;
    const [status, message] = statusOfCode(code);
    send(res, status, failed(message, [{ code, message: error.message }]));
    return;
  }
  logger.error({ err: error, traceId: res.locals.traceId }, "REST facade failure");
  send(res, 500, failed("Erreur interne du serveur", [{ code: "INTERNAL_SERVER_ERROR", traceId: res.locals.traceId }]));
}

/**
 * The /graphql rate limiter answers its 429 in GraphQL's error shape; the apps read the envelope's
 * message. Its answer (and only a 429 not already enveloped) is rewrapped, its headers kept.
 */
function inEnvelope(limiter: RequestHandler): RequestHandler {
  return (req, res, next) => {
    // The shared limiter answers as GraphQL does (a JSON string with `errors`): the apps read the envelope.
    const sendRaw = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode !== 429 || typeof body !== "string") return sendRaw(body);
      let parsed: { success?: boolean; errors?: unknown } | undefined;
      try {
        parsed = JSON.parse(body) as { success?: boolean; errors?: unknown };
      } catch {
        return sendRaw(body);
      }
      if (parsed?.success !== undefined) return sendRaw(body);
      res.type("application/json; charset=utf-8");
      return sendRaw(JSON.stringify(failed(statusOfCode("TOO_MANY_REQUESTS")[1], parsed?.errors ?? null)));
    };
    return limiter(req, res, next);
  };
}

function invalid(where: string, error: z.ZodError) {
  return new RestError(
    400,
    `Requête invalide : ${where} mal formé${where === "corps" ? "" : "s"}`,
    error.issues.map((issue) => ({ code: "BAD_REQUEST", field: issue.path.join("."), message: issue.message })),
  );
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T | undefined {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data;
}

/**
 * The REST API of the original CT gateway, for the apps already in the field (PWACommerceTracking,
 * CommerceTrackingAdminDashboard), as a thin layer over GraphQL: each route of the table (one file per
 * area) runs operations through the gateway's own pipeline and reshapes the answer. CORS, the rate limit
 * and the body limit are those of /graphql.
 */
export function restFacade(options: RestFacadeOptions, routes: RestRoute[] = REST_ROUTES) {
  const operations = loadRestOperations();
  const router = express.Router();
  const openApi = openApiDocument(routes);
  const exposedHeaders = [options.cors.exposedHeaders ?? []].flat().concat(["X-Total-Records", "Content-Disposition"]);

  router.use(
    REST_PREFIXES,
    cors({ ...options.cors, exposedHeaders }),
    (req: Request, res: Response, next: NextFunction) => {
      res.locals.traceId = options.traceIdFrom(req);
      res.setHeader("x-request-id", res.locals.traceId);
      next();
    },
    inEnvelope(options.limiter),
    express.json({ limit: options.bodyLimit }),
    (error: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
      if (!error) return next();
      if (error.type === "entity.too.large") {
        send(res, 413, failed(`Requête trop volumineuse (limite ${options.bodyLimit})`, [{ code: "BAD_REQUEST" }]));
      } else {
        send(res, 400, failed("Requête invalide : le corps n'est pas du JSON valide", [{ code: "BAD_REQUEST" }]));
      }
    },
    options.authentication,
  );

  /** A report file through the download route's own check and stream, with the route's name and headers. */
  async function sendReport(res: Response, download: ReportDownload, userId: string) {
    const request = downloadRequestOf(download.downloadUrl, userId);
    const opened = await openReportDownload(options.reports, request);
    if (!opened.ok) {
      const message =
        opened.status === 410
          ? "Le fichier de l'export n'est plus disponible : relancez l'export"
          : "Téléchargement refusé : ce fichier ne vous est pas destiné";
      throw new RestError(opened.status, message, [{ code: opened.code, message: opened.message }], opened.code);
    }
    const log = options.logger.child({ traceId: res.locals.traceId, route: "rest-export" });
    const exposed = ["x-request-id", "content-disposition", ...Object.keys(download.headers)].join(", ");
    await streamReportFile(res, opened.file, {
      reportId: request.reportId,
      userId,
      log,
      filename: download.filename,
      headers: { ...download.headers, "Access-Control-Expose-Headers": exposed },
    });
  }

  router.get("/rest/openapi.json", (_req, res) => {
    res.json(openApi);
  });

  for (const definition of routes) {
    router[definition.method](definition.path, async (req: Request, res: Response) => {
      try {
        const params = parsePart(definition.params, req.params, "paramètres");
        const query = parsePart(definition.query, req.query, "paramètres de requête");
        const body = parsePart(definition.body, req.body ?? {}, "corps");
        const context = await options.context({ req, res });
        const operation = operationRunner(options.server, operations, req, context);
        const input = { params, query, body, viewer: context.viewer, settings: options.settings };
        const result = await definition.run(operation, input);
        if (definition.reply === "file") await sendReport(res, result as ReportDownload, context.viewer!.userId);
        else if (definition.reply === "bare") send(res, 200, result);
        else send(res, 200, succeeded(definition.message, result));
      } catch (error) {
        sendError(res, error, options.logger, definition.failures);
      }
    });
  }
  // A path under the CT prefixes that no route serves: the envelope, not Express's HTML page.
  router.use(REST_PREFIXES, (req: Request, res: Response) => {
    send(res, 404, failed(`Route inconnue : ${req.method} ${req.baseUrl}${req.path}`, [{ code: "NOT_FOUND" }]));
  });
  return router;
}
