import {
  mergeOperations,
  mergedVariables,
  splitAnswer,
  uniqueRepresentations,
  type OperationAnswer,
  type OperationBody,
} from "./operation-merge.js";
import { SubgraphResponse, type SubgraphReply } from "./subgraph-http.js";

/** Sends one HTTP request to a subgraph: the signed POST of `body` (the fetcher of SignedDataSource). */
export type SendToSubgraph = (url: string, headers: Record<string, string>, body: string) => Promise<SubgraphReply>;

interface Waiting {
  body: string;
  /** `body` parsed, when it is a GraphQL request: read by the merge without parsing it again. */
  operation: OperationBody | undefined;
  resolve(response: SubgraphResponse): void;
  reject(error: unknown): void;
}

interface Group {
  url: string;
  headers: Record<string, string>;
  entries: Waiting[];
}

/** Headers of the batch's answer that describe its whole body, not one operation's part of it. */
const WHOLE_BODY_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding"]);

/**
 * Apollo Gateway sends one HTTP request per fetch of its plan, so a page whose plan step asks admin for
 * users, collection points and actors costs three requests to admin at the same moment. This collects the
 * fetches that one client request sends to one subgraph in the same turn of the event loop (the fetches of
 * one plan step: the gateway starts them together, so they all arrive before `setImmediate` runs) and sends
 * them as one operation (operation-merge.ts: each fetch's root fields aliased, as Hive's gateway does), so
 * the subgraph parses, authorises and executes once; each fetch then gets its own part of the answer as if
 * it had been sent alone. Operations that cannot be merged, or whose merged operation failed as a whole, go
 * as one JSON array instead (Apollo Server's `allowBatchedHttpRequests`), one answer per element.
 *
 * Fetches are grouped only when their URL and every header are equal: the forwarded claims, trace id and
 * client are per client request, so two callers' operations never share a request (nor a subgraph context).
 * Written here rather than taken from a library: Apollo's gateway has no batching data source, and the
 * batch must go through our signing fetcher (the signature covers the array's exact bytes).
 */
export class SubgraphBatcher {
  private readonly waiting = new Map<string, Group>();

  constructor(private readonly send: SendToSubgraph) {}

  fetch(url: string, headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    const parsed = parseJson(body) as OperationBody | undefined;
    const operation = typeof parsed?.query === "string" ? parsed : undefined;
    const unique = operation && uniqueRepresentations(operation);
    if (!unique) return this.enqueue(url, headers, body, operation);
    return this.enqueue(url, headers, JSON.stringify(unique.body), unique.body).then(async (response) => {
      const answer = (await response.json().catch(() => undefined)) as OperationAnswer | undefined;
      if (!answer || typeof answer !== "object" || !("data" in answer)) return response;
      // The answer's whole-body headers were filtered when it was read (flush): its parts' are kept.
      return new SubgraphResponse(response.url, response.status, Object.fromEntries(response.headers), {
        parsed: unique.expand(answer),
      });
    });
  }

  private enqueue(
    url: string,
    headers: Record<string, string>,
    body: string,
    operation: OperationBody | undefined,
  ): Promise<SubgraphResponse> {
    const key = JSON.stringify([url, headers]);
    let group = this.waiting.get(key);
    if (!group) {
      const created: Group = { url, headers, entries: [] };
      this.waiting.set(key, created);
      setImmediate(() => {
        this.waiting.delete(key);
        void this.flush(created);
      });
      group = created;
    }
    const entries = group.entries;
    return new Promise((resolve, reject) => entries.push({ body, operation, resolve, reject }));
  }

  private async flush({ url, headers, entries }: Group): Promise<void> {
    if (entries.length === 1) {
      const [only] = entries as [Waiting];
      this.send(url, headers, only.body).then(
        (reply) =>
          only.resolve(new SubgraphResponse(reply.url, reply.status, headersOfPart(reply), { text: reply.body })),
        only.reject,
      );
      return;
    }
    try {
      if (await this.sendMerged(url, headers, entries)) return;
      await this.sendArray(url, headers, entries);
    } catch (error) {
      for (const entry of entries) entry.reject(error);
    }
  }

  /**
   * The step's queries as one operation (operation-merge.ts). False, with nothing answered, when they cannot
   * be merged or the merged operation failed as a whole: the caller then sends them as an array, so that
   * each succeeds or fails on its own exactly as if it had been sent alone.
   */
  private async sendMerged(url: string, headers: Record<string, string>, entries: Waiting[]): Promise<boolean> {
    const bodies = entries.map((entry) => entry.operation);
    if (!bodies.every((body) => body !== undefined)) return false;
    const merged = mergeOperations(bodies);
    if (!merged) return false;
    const body = JSON.stringify({
      query: merged.query,
      operationName: merged.operationName,
      variables: mergedVariables(merged, bodies),
    });
    const reply = await this.send(url, headers, body);
    const ok = reply.status >= 200 && reply.status < 300;
    const answer = ok ? (parseJson(reply.body) as OperationAnswer | undefined) : undefined;
    const answers = answer && typeof answer === "object" ? splitAnswer(merged, answer) : undefined;
    if (!answers) return false;
    const partHeaders = headersOfPart(reply);
    entries.forEach((entry, index) => {
      entry.resolve(new SubgraphResponse(reply.url, 200, partHeaders, { parsed: answers[index] }));
    });
    return true;
  }

  /** The step's operations as one JSON array (Apollo Server's batched HTTP requests). */
  private async sendArray(url: string, headers: Record<string, string>, entries: Waiting[]): Promise<void> {
    const reply = await this.send(url, headers, `[${entries.map((entry) => entry.body).join(",")}]`);
    const parsed = parseJson(reply.body);
    const parts = Array.isArray(parsed) && parsed.length === entries.length ? parsed : undefined;
    const partHeaders = headersOfPart(reply);
    entries.forEach((entry, index) => {
      // A batch shares one HTTP status: one operation's 4xx must not fail its siblings that succeeded.
      const status = parts && succeeded(parts[index]) ? 200 : reply.status;
      // An answer that is not the expected array (a 4xx/5xx before GraphQL ran) is each fetch's answer.
      const part = parts ? { parsed: parts[index] } : { text: reply.body };
      entry.resolve(new SubgraphResponse(reply.url, status, partHeaders, part));
    });
  }
}

function headersOfPart(reply: SubgraphReply): Record<string, string> {
  const partHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (!WHOLE_BODY_HEADERS.has(name)) partHeaders[name] = value;
  }
  return partHeaders;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function succeeded(part: unknown): boolean {
  const errors = (part as { errors?: unknown[] } | null)?.errors;
  return typeof part === "object" && part !== null && "data" in part && !errors?.length;
}
