import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import {
  subgraphPoster,
  SubgraphConnectionLostError,
  SubgraphResponse,
  SubgraphTimeoutError,
  SubgraphUnreachableError,
} from "../../gateway/src/subgraph-http.js";

/** A local HTTP server answering each request with `handle`; closed after `use`. */
async function withServer(
  handle: (request: http.IncomingMessage, response: http.ServerResponse, body: string) => void,
  use: (url: string) => Promise<void>,
) {
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => handle(request, response, body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test("posts the body with the headers and reads the whole answer, status and headers", async () => {
  await withServer(
    (request, response, body) => {
      response.writeHead(207, { "content-type": "application/json", "x-echo": request.headers["x-ct-claims"] ?? "" });
      response.end(JSON.stringify({ method: request.method, path: request.url, body }));
    },
    async (url) => {
      const reply = await subgraphPoster(5_000)(
        url,
        { "content-type": "application/json", "x-ct-claims": "alice" },
        "{}",
      );
      assert.equal(reply.status, 207);
      assert.equal(reply.url, url);
      assert.equal(reply.headers["x-echo"], "alice");
      assert.deepEqual(JSON.parse(reply.body), { method: "POST", path: "/graphql", body: "{}" });
    },
  );
});

test("a refused connection is unreachable and known never to have carried the request", async () => {
  let url = "";
  await withServer(
    () => undefined,
    async (address) => {
      url = address;
    },
  );
  const error = await subgraphPoster(5_000)(url, {}, "{}").catch((caught: unknown) => caught);
  assert.ok(error instanceof SubgraphUnreachableError, String(error));
  assert.equal(error.refusedBeforeSending, true);
  assert.match(error.message, /ECONNREFUSED/);
});

// A test timeout of its own: were the body read outside the timeout, undici would wait 300 s.
test(
  "no whole answer within the timeout is a timeout, whether the headers came or not",
  { timeout: 10_000 },
  async () => {
    const silent = () => undefined;
    const headersOnly = (_request: http.IncomingMessage, response: http.ServerResponse) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"data":'); // and never the rest
    };
    for (const handle of [silent, headersOnly]) {
      await withServer(handle, async (url) => {
        const error = await subgraphPoster(200)(url, {}, "{}").catch((caught: unknown) => caught);
        assert.ok(error instanceof SubgraphTimeoutError, String(error));
        assert.equal(error.message, "no answer within 200 ms");
      });
    }
  },
);

test("an answer cut short or not HTTP at all is a lost connection: the subgraph is unavailable", async () => {
  const cutShort = (request: http.IncomingMessage, response: http.ServerResponse) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    response.write('{"data":');
    setImmediate(() => request.socket.destroy());
  };
  const notHttp = (request: http.IncomingMessage) => {
    request.socket.end("garbage that is no HTTP status line\r\n\r\n");
  };
  for (const handle of [cutShort, notHttp]) {
    await withServer(handle, async (url) => {
      const error = await subgraphPoster(5_000)(url, {}, "{}").catch((caught: unknown) => caught);
      assert.ok(error instanceof SubgraphConnectionLostError, `${handle.name}: ${String(error)}`);
    });
  }
});

test("a connection dropped after the request was sent is lost, not unreachable: the request may have run", async () => {
  await withServer(
    (request) => request.socket.destroy(),
    async (url) => {
      const error = await subgraphPoster(5_000)(url, {}, "{}").catch((caught: unknown) => caught);
      assert.ok(error instanceof SubgraphConnectionLostError, String(error));
    },
  );
});

test("an answer handed over parsed is the same JSON to every reader, and its headers are read-only", async () => {
  const response = new SubgraphResponse(
    "http://model/graphql",
    200,
    { "Content-Type": "application/json" },
    {
      parsed: { data: { a: 1 } },
    },
  );
  assert.deepEqual(await response.json(), { data: { a: 1 } });
  assert.equal(await response.text(), '{"data":{"a":1}}');
  assert.equal(await response.clone().text(), '{"data":{"a":1}}');
  assert.equal(response.headers.get("content-type"), "application/json");
  assert.equal(response.ok, true);
  assert.throws(() => response.headers.set("x", "y"), TypeError);
  assert.equal(new SubgraphResponse("http://model/graphql", 503, {}, { text: "down" }).ok, false);
  assert.equal(response.clone().url, "http://model/graphql");
});
