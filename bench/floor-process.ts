import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { GraphQLError } from "graphql";
import { FLOOR_SUBJECT, FLOOR_TABLES } from "./approval-floor-tables.js";
import { SUBGRAPH_NAMES, SUPERGRAPH_PATH, loadSubgraphTypeDefs, type SubgraphName } from "#shared/subgraphs.js";

/**
 * One process of the bench's floor (bench/floor.ts): stock Apollo Gateway, or a stock @apollo/subgraph on the
 * subgraph's real SDL answering the page from memory (no authentication, no SQL, no events, no plugins).
 * `node dist/bench/floor-process.js gateway '{"tradeflow":"http://…",…}'` or
 * `… floor-process.js <tradeflow|admin|model> <page.json>` (compiled by `npm run build`; the source runs through
 * tsx alike); prints its URL, serves until SIGTERM. `… floor-process.js approvals <config.json>`
 * (`{"databaseUrl":…,"natsUrl":…}`)
 * is tradeflow's stub for the approvals' floor (bench/approval-floor.ts).
 */
type Ref = { id: string };
interface PageRow {
  id: string;
  status: string;
  collectedAt: string;
  collector: (Ref & { fullName: string }) | null;
  collectionPoint: (Ref & { name: string }) | null;
  actor: (Ref & { name: string }) | null;
  items: { quantity: string; product: (Ref & { name: string }) | null }[];
}

const [role, argument] = process.argv.slice(2);

type ProcessOptions = Parameters<RemoteGraphQLDataSource["process"]>[0];

/**
 * Stock Apollo Gateway sends every representation of a plan step (some 50 users for a page of 50), where ours
 * sends each distinct one once (gateway/src/operation-merge.ts): without the same here, the floor's subgraphs
 * would resolve more than ours are asked. Each distinct representation goes once; the answers are spread back.
 */
class DistinctRepresentations extends RemoteGraphQLDataSource {
  override async process(options: ProcessOptions) {
    const representations = options.request.variables?.representations;
    if (!Array.isArray(representations)) return super.process(options);
    const keys = representations.map((representation) => JSON.stringify(representation));
    const distinct = new Map<string, number>();
    for (const key of keys) if (!distinct.has(key)) distinct.set(key, distinct.size);
    const request = {
      ...options.request,
      variables: { ...options.request.variables, representations: [...distinct.keys()].map((key) => JSON.parse(key)) },
    };
    const response = await super.process({ ...options, request } as ProcessOptions);
    const entities = (response.data as { _entities?: unknown[] } | null | undefined)?._entities;
    if (entities) response.data = { ...response.data, _entities: keys.map((key) => entities[distinct.get(key)!]) };
    return response;
  }
}

function byId<T extends Ref>(values: (T | null)[]): Map<string, T> {
  return new Map(values.filter((value): value is T => value !== null).map((value) => [value.id, value]));
}

function stubResolvers(name: SubgraphName, rows: PageRow[]): GraphQLResolverMap<unknown> {
  const key = (value: Ref | null) => (value ? { id: value.id } : null);
  const lookup =
    <T extends Ref>(map: Map<string, T>) =>
    (reference: Ref) =>
      map.get(reference.id) ?? null;
  switch (name) {
    case "tradeflow": {
      // What tradeflow's own tables give: the collection's fields and the keys of what it references.
      const stored = rows.map((row) => ({
        ...row,
        collector: key(row.collector),
        collectionPoint: key(row.collectionPoint),
        actor: key(row.actor),
        items: row.items.map((item) => ({ quantity: item.quantity, product: key(item.product) })),
      }));
      return {
        Query: {
          collections: (_: unknown, args: { first?: number }) => ({ nodes: stored.slice(0, args.first ?? 20) }),
        },
      };
    }
    case "admin":
      return {
        User: { __resolveReference: lookup(byId(rows.map((row) => row.collector))) },
        CollectionPoint: { __resolveReference: lookup(byId(rows.map((row) => row.collectionPoint))) },
        CommercialActor: { __resolveReference: lookup(byId(rows.map((row) => row.actor))) },
      };
    case "model":
      return {
        Product: { __resolveReference: lookup(byId(rows.flatMap((row) => row.items.map((item) => item.product)))) },
      };
    default:
      throw new Error(`no stub for ${name}`);
  }
}

async function serve(server: ApolloServer): Promise<void> {
  const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port: 0 } });
  process.stdout.write(`${url}\n`);
  process.once("SIGTERM", () => {
    void server.stop().then(() => process.exit(0));
  });
}

/**
 * Tradeflow's stub for the approvals' floor: what a level-1 approval cannot do without, and nothing else. One
 * transaction through the mariadb driver alone (no Prisma, no read before the write: the version check is the
 * UPDATE's condition) that moves the collection on, adds its history row and its event's outbox row; then the
 * event published to JetStream, its ack awaited (no relay, no signature). No authentication, scope or rule.
 */
async function approvalStub(config: { databaseUrl: string; natsUrl: string }) {
  // Loaded here, not at the top: the page floor's processes (this file's other roles) would hold them too, and
  // their idle memory is a row of the bench.
  const [{ jetstream }, { connect }, { default: mariadb }, { connectionOptions }] = await Promise.all([
    import("@nats-io/jetstream"),
    import("@nats-io/transport-node"),
    import("mariadb"),
    import("#shared/db/connection-options.js"),
  ]);
  const pool = mariadb.createPool({ ...connectionOptions(config.databaseUrl), connectionLimit: 10 });
  const nc = await connect({ servers: config.natsUrl });
  const js = jetstream(nc);
  const approveCollection = async (_: unknown, args: { id: string; version: number; input: { score?: number } }) => {
    const now = new Date();
    const eventId = randomUUID();
    const envelope = JSON.stringify({
      id: eventId,
      type: FLOOR_SUBJECT,
      occurredAt: now.toISOString(),
      source: "tradeflow",
      actor: { id: "7", role: "TEAM_LEAD" },
      payload: { collectionId: args.id, level: 1, pendingLevel: 2, score: args.input.score ?? null, revision: 1 },
    });
    const connection = await pool.getConnection();
    try {
      await connection.beginTransaction();
      const updated = (await connection.query(
        `UPDATE ${FLOOR_TABLES.collection} SET pending_level = 2, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status = 'SUBMITTED' AND pending_level = 1`,
        [now, args.id, args.version],
      )) as { affectedRows: number };
      if (updated.affectedRows !== 1)
        throw new GraphQLError("changed since read", { extensions: { code: "CONFLICT" } });
      await connection.query(
        `INSERT INTO ${FLOOR_TABLES.history} (collection_id, level, action, from_status, to_status, actor_id, actor_role, revision, score, created_at)
         VALUES (?, 1, 'APPROVE', 'SUBMITTED', 'SUBMITTED', 7, 'TEAM_LEAD', 1, ?, ?)`,
        [args.id, args.input.score ?? null, now],
      );
      await connection.query(
        `INSERT INTO ${FLOOR_TABLES.outbox} (event_id, type, envelope, created_at) VALUES (?, ?, ?, ?)`,
        [eventId, FLOOR_SUBJECT, envelope, now],
      );
      await connection.commit();
    } catch (error) {
      await connection.rollback();
      throw error;
    } finally {
      await connection.release();
    }
    await js.publish(FLOOR_SUBJECT, envelope, { msgID: eventId });
    return { id: args.id, status: "SUBMITTED" };
  };
  return buildSubgraphSchema({
    typeDefs: loadSubgraphTypeDefs("tradeflow"),
    resolvers: { Mutation: { approveCollection } } as GraphQLResolverMap<unknown>,
  });
}

if (role === "gateway") {
  const urls = JSON.parse(argument ?? "{}") as Record<string, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
    // Only the subgraphs the page reaches have a stub; any other fetch would fail loudly, never reach a real one.
    buildService: ({ name }) => new DistinctRepresentations({ url: urls[name] ?? "http://127.0.0.1:9/unreachable" }),
  });
  await serve(new ApolloServer({ gateway }));
} else if (role === "approvals" && argument) {
  // The configuration comes in a file (the floor's temporary folder, readable by its owner only): the database
  // URL, with its password, stays off the command line that `ps` shows.
  await serve(new ApolloServer({ schema: await approvalStub(JSON.parse(readFileSync(argument, "utf8"))) }));
} else if (SUBGRAPH_NAMES.includes(role as SubgraphName) && argument) {
  const rows = JSON.parse(readFileSync(argument, "utf8")) as PageRow[];
  const name = role as SubgraphName;
  const schema = buildSubgraphSchema({ typeDefs: loadSubgraphTypeDefs(name), resolvers: stubResolvers(name, rows) });
  await serve(new ApolloServer({ schema }));
} else {
  process.stderr.write(
    "usage: bench/floor-process.ts gateway <urls-json> | <subgraph> <page.json> | approvals <config.json>\n",
  );
  process.exit(2);
}
