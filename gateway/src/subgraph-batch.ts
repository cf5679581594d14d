/** Sends one HTTP request to a subgraph: the signed POST of `body` (the fetcher of SignedDataSource). */
export type SendToSubgraph = (url: string, headers: Record<string, string>, body: string) => Promise<Response>;

interface Waiting {
  body: string;
  resolve(response: Response): void;
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
 * them as one JSON array, which the subgraphs accept (Apollo Server's `allowBatchedHttpRequests`); each
 * fetch then gets its own element of the answer array as if it had been sent alone.
 *
 * Fetches are grouped only when their URL and every header are equal: the forwarded claims, trace id and
 * client are per client request, so two callers' operations never share a request (nor a subgraph context).
 * Written here rather than taken from a library: Apollo's gateway has no batching data source, and the
 * batch must go through our signing fetcher (the signature covers the array's exact bytes).
 */
export class SubgraphBatcher {
  private readonly waiting = new Map<string, Group>();

  constructor(private readonly send: SendToSubgraph) {}

  fetch(url: string, headers: Record<string, string>, body: string): Promise<Response> {
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
    return new Promise((resolve, reject) => entries.push({ body, resolve, reject }));
  }

  private async flush({ url, headers, entries }: Group): Promise<void> {
    if (entries.length === 1) {
      const [only] = entries as [Waiting];
      this.send(url, headers, only.body).then(only.resolve, only.reject);
      return;
    }
    try {
      const response = await this.send(url, headers, `[${entries.map((entry) => entry.body).join(",")}]`);
      const text = await response.text();
      const parts = parseBatchAnswer(text, entries.length);
      const partHeaders = new Headers();
      response.headers.forEach((value, name) => {
        if (!WHOLE_BODY_HEADERS.has(name)) partHeaders.set(name, value);
      });
      entries.forEach((entry, index) => {
        // An answer that is not the expected array (a 4xx/5xx before GraphQL ran) is each fetch's answer.
        const part = parts ? JSON.stringify(parts[index]) : text;
        // A batch shares one HTTP status: one operation's 4xx must not fail its siblings that succeeded.
        const status = parts && succeeded(parts[index]) ? 200 : response.status;
        entry.resolve(new Response(part, { status, headers: partHeaders }));
      });
    } catch (error) {
      for (const entry of entries) entry.reject(error);
    }
  }
}

function parseBatchAnswer(text: string, expected: number): unknown[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.length === expected ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function succeeded(part: unknown): boolean {
  const errors = (part as { errors?: unknown[] } | null)?.errors;
  return typeof part === "object" && part !== null && "data" in part && !errors?.length;
}
