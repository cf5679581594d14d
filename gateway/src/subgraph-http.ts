import type { FetcherHeaders, FetcherResponse } from "@apollo/utils.fetcher";
import { Agent, type Dispatcher } from "undici";

/** A subgraph's HTTP answer, read whole: what the batcher and the data source need of it. */
export interface SubgraphReply {
  /** The replica that answered. */
  url: string;
  status: number;
  /** Lower-case names, one value each. */
  headers: Record<string, string>;
  body: string;
}

/** The subgraph could not be reached at all (connection refused, unreachable host, DNS). */
export class SubgraphUnreachableError extends Error {
  constructor(
    message: string,
    /** The connection failed before the request left: even a mutation is safe to send elsewhere. */
    readonly refusedBeforeSending: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The connection dropped after the request was sent (the subgraph died mid-answer): it may have run. */
export class SubgraphConnectionLostError extends Error {}

/** No whole answer within the timeout. */
export class SubgraphTimeoutError extends Error {}

/** Error codes of a connection that never carried the request. */
const NEVER_SENT = new Set([
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** Our own mistakes in calling undici (bad arguments), not the subgraph's: passed on as they are. */
const CALLER_MISTAKE = /^(UND_ERR_INVALID|UND_ERR_NOT_SUPPORTED|ERR_INVALID)/;

/**
 * POSTs to the subgraphs with undici's `request` over keep-alive connections, reading the answer as one
 * string. Not `fetch`: WHATWG Request, Response, Headers and body streams were ~20 % of the gateway's CPU
 * per page (bench/README.md, finding 46) for exchanges whose bodies are always read whole. The timeout
 * covers the whole exchange, reading the body included.
 */
export function subgraphPoster(timeoutMs: number, dispatcher: Dispatcher = sharedAgent()) {
  return async (url: string, headers: Record<string, string>, body: string): Promise<SubgraphReply> => {
    const { origin, path } = target(url);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await dispatcher.request({
        origin,
        path,
        method: "POST",
        headers,
        body,
        signal,
      });
      const text = await response.body.text();
      return { url, status: response.statusCode, headers: singleValued(response.headers), body: text };
    } catch (error) {
      throw classify(error, signal, timeoutMs);
    }
  };
}

const targets = new Map<string, { origin: string; path: string }>();
/** The subgraph URLs are a handful, fixed at start: each is parsed once. */
function target(url: string) {
  let parsed = targets.get(url);
  if (!parsed) {
    const { origin, pathname, search } = new URL(url);
    parsed = { origin, path: pathname + search };
    targets.set(url, parsed);
  }
  return parsed;
}

let agent: Agent | undefined;
/** One connection pool per subgraph origin, kept alive between requests (undici's Agent keys them by origin). */
function sharedAgent(): Agent {
  agent ??= new Agent({ keepAliveTimeout: 4_000, connections: 256 });
  return agent;
}

function classify(error: unknown, signal: AbortSignal, timeoutMs: number): Error {
  if (signal.aborted) return new SubgraphTimeoutError(`no answer within ${timeoutMs} ms`, { cause: error });
  const code = (error as { code?: string } | null)?.code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (NEVER_SENT.has(code)) return new SubgraphUnreachableError(`${message} (${code})`, true, { cause: error });
  if (CALLER_MISTAKE.test(code)) return error instanceof Error ? error : new Error(message);
  // Anything else happened once the request may have been written — reset, closed, a body cut short, an
  // answer that is not HTTP: it may have run, so it is never sent again, and the subgraph is unavailable.
  return new SubgraphConnectionLostError(`connection lost (${code || message})`, { cause: error });
}

function singleValued(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const single: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) single[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return single;
}

/**
 * What Apollo's data source reads of an answer (`FetcherResponse`), over a body already read — and, where the
 * batcher had to parse it anyway, already parsed: `json()` then hands over that object instead of printing
 * and parsing it again.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly headers: FetcherHeaders;
  readonly redirected = false;
  readonly bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: Record<string, string>,
    private readonly body: { text: string } | { parsed: unknown },
  ) {
    this.headers = new ReadOnlyHeaders(headers);
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  get statusText() {
    return this.ok ? "OK" : `HTTP ${this.status}`;
  }

  async text(): Promise<string> {
    return "text" in this.body ? this.body.text : JSON.stringify(this.body.parsed);
  }

  // FetcherResponse's own signature: the body is whatever JSON the subgraph sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async json(): Promise<any> {
    return "text" in this.body ? JSON.parse(this.body.text) : this.body.parsed;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(await this.text());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, Object.fromEntries(this.headers), this.body);
  }
}

/** Headers of an answer that has arrived: read-only, names case-insensitive. */
class ReadOnlyHeaders implements FetcherHeaders {
  private readonly byName: Map<string, string>;

  constructor(headers: Record<string, string>) {
    this.byName = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  append(): void {
    throw new TypeError("the headers of a subgraph's answer are read-only");
  }

  set(): void {
    throw new TypeError("the headers of a subgraph's answer are read-only");
  }

  delete(): void {
    throw new TypeError("the headers of a subgraph's answer are read-only");
  }

  entries() {
    return this.byName.entries();
  }

  keys() {
    return this.byName.keys();
  }

  values() {
    return this.byName.values();
  }

  [Symbol.iterator]() {
    return this.byName.entries();
  }
}
