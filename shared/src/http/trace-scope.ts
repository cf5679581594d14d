import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The trace id of the request being served, for code that runs on its behalf without its context
 * (Apollo's formatError gets no context value). Each server enters the scope once it knows the trace id,
 * after the body is read: body parsing resumes on the socket's events, outside any scope entered before.
 */
const scope = new AsyncLocalStorage<{ traceId: string }>();

export function runWithTraceId<T>(traceId: string, work: () => T): T {
  return scope.run({ traceId }, work);
}

export function currentTraceId(): string | undefined {
  return scope.getStore()?.traceId;
}
