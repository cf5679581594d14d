import { waitFor } from "./nats.js";

export interface StreamEvent {
  id: string | null;
  event: string;
  data: any;
  receivedAt: number;
}

/**
 * A Server-Sent Events client over fetch (a browser's EventSource cannot send the Authorization header):
 * it records every event and comment line, and whether the server closed the stream.
 */
export class EventStreamClient {
  readonly events: StreamEvent[] = [];
  readonly comments: string[] = [];
  closedByServer = false;

  private constructor(
    readonly status: number,
    readonly contentType: string | null,
    private readonly controller: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string>): Promise<EventStreamClient> {
    const controller = new AbortController();
    const response = await fetch(url, { headers, signal: controller.signal });
    const client = new EventStreamClient(response.status, response.headers.get("content-type"), controller);
    if (response.status !== 200 || !response.body) {
      client.closedByServer = true;
      client.events.push({ id: null, event: "error", data: await response.json(), receivedAt: Date.now() });
      return client;
    }
    void client.read(response.body);
    return client;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value: chunk } = await reader.read();
        if (done) break;
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          this.parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
      this.closedByServer = true;
    } catch {
      // Aborted by the test.
    }
  }

  private parse(block: string): void {
    let id: string | null = null;
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) this.comments.push(line.slice(1).trim());
      else if (line.startsWith("id: ")) id = line.slice(4);
      else if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    this.events.push({ id, event, data: JSON.parse(data.join("\n")), receivedAt: Date.now() });
  }

  notifications(): StreamEvent[] {
    return this.events.filter((event) => event.event === "notification");
  }

  /** Waits for a notification event matching `predicate`. */
  next(predicate: (data: any) => boolean, what: string, timeoutMs = 10_000): Promise<StreamEvent> {
    return waitFor(async () => this.notifications().find((event) => predicate(event.data)), {
      timeoutMs,
      intervalMs: 10,
      what,
    });
  }

  close(): void {
    this.controller.abort();
  }
}
