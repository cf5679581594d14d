import { randomUUID } from "node:crypto";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import cors from "cors";
import { rateLimit } from "express-rate-limit";
import type { Redis } from "ioredis";
import type { GatewayEnv } from "../env.js";
import { redisRateLimitStore } from "../redis.js";
import { sendGraphqlError } from "./graphql-over-http.js";

const TRACE_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
const TRACEPARENT_PATTERN = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The client's trace id if it sent a usable one (x-request-id or W3C traceparent), else a new one. */
export function traceIdFrom(req: Request): string {
  const requestId = req.get("x-request-id");
  if (requestId && TRACE_ID_PATTERN.test(requestId)) return requestId;
  const traceparent = TRACEPARENT_PATTERN.exec(req.get("traceparent") ?? "");
  if (traceparent?.[1]) return traceparent[1];
  return randomUUID();
}

export function assignTraceId(req: Request, res: Response, next: NextFunction) {
  res.locals.traceId = traceIdFrom(req);
  res.setHeader("x-request-id", res.locals.traceId);
  next();
}

export function corsPolicy(env: GatewayEnv): RequestHandler {
  return cors({
    origin: env.corsOrigins.includes("*") ? true : env.corsOrigins,
    credentials: false,
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });
}

/** Requests per minute and client address, counted in Redis when the gateway has replicas. */
export function rateLimiter(env: GatewayEnv, redis: Redis | null): RequestHandler {
  if (env.RATE_LIMIT_PER_MINUTE === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: env.RATE_LIMIT_PER_MINUTE,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ...(redis ? { store: redisRateLimitStore(redis, `${env.redisKeyPrefix}ratelimit:`) } : {}),
    handler: (_req, res) => {
      const retryAfterSeconds = Number(res.getHeader("retry-after") ?? 60);
      sendGraphqlError(res, 429, `Too many requests; try again in ${retryAfterSeconds} s`, "TOO_MANY_REQUESTS", {
        retryAfterSeconds,
      });
    },
  });
}

/** JSON bodies up to BODY_LIMIT; parser failures become GraphQL-shaped errors with a code, never an HTML page. */
export function jsonBody(env: GatewayEnv): RequestHandler[] {
  const parseFailure = (error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error) return next();
    if (error.type === "entity.too.large") {
      sendGraphqlError(res, 413, `Request body is larger than ${env.BODY_LIMIT}`, "BAD_REQUEST");
    } else {
      sendGraphqlError(res, 400, "Request body is not valid JSON", "BAD_REQUEST");
    }
  };
  return [express.json({ limit: env.BODY_LIMIT }), parseFailure as unknown as RequestHandler];
}
