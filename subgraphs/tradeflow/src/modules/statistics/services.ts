import { domainError } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import { ServiceUnavailableError } from "../../clients/trade-support.js";
import type { StatisticsReader } from "./scope.js";

/** What the statistics read with: a request's context, or a report job's (src/workers/report-worker.ts). */
export type StatisticsContext = Pick<Context, "db" | "nats" | "logger"> & StatisticsReader;

/** A question to model or admin; their absence is SERVICE_UNAVAILABLE for the caller, logged for us. */
export async function withServices<T>(context: StatisticsContext, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error;
    context.logger.error({ err: error }, "a service the statistics need is unavailable");
    throw domainError("SERVICE_UNAVAILABLE", "A service these statistics need is unavailable; try again shortly");
  }
}
