import type { Express, Request, Response } from "express";
import type { ApolloServer } from "@apollo/server";
import type { Subscription } from "@nats-io/transport-node";
import type { TokenKeys } from "#shared/auth/keys.js";
import type { VerifiedToken } from "#shared/auth/tokens.js";
import type { NatsHandle } from "#shared/events/nats.js";
import {
  NOTIFICATIONS_SUBJECT,
  notificationMessageSchema,
  type NotificationMessage,
} from "#shared/events/notifications.js";
import { namespacedSubject } from "#shared/events/streams.js";
import { errorBody } from "#shared/http/error-handling.js";
import { pick, requestLanguage, type Language } from "#shared/i18n/language.js";
import type { Logger } from "#shared/logger.js";
import type { GatewayContext } from "./context.js";
import type { GatewayEnv } from "./env.js";
import type { RevocationList } from "./revocations.js";
import { authenticate, authenticationOf } from "./authentication.js";
import { assignTraceId, corsPolicy } from "./http/edge.js";

export const NOTIFICATIONS_STREAM_PATH = "/notifications/stream";

/**
 * Open streams one user may hold on one gateway process: tabs and devices, with room to spare. Each
 * stream holds a socket and a timer, so an unbounded number would let one token exhaust the gateway.
 */
export const MAX_STREAMS_PER_USER = 10;

/** A notification as the stream sends it: the GraphQL `Notification` fields, its text in the caller's language. */
interface StreamedNotification {
  id: string;
  kind: string;
  text: string;
  entityType: string | null;
  entityId: string | null;
  count: number;
  read: boolean;
  createdAt: string;
  updatedAt: string;
}

interface StreamClient {
  userId: string;
  token: VerifiedToken;
  language: Language;
  send(notification: StreamedNotification): void;
  close(reason: string): void;
}

/** The SSE event id: the change's instant then the row id, so `Last-Event-ID` says where to resume. */
const eventIdOf = (notification: Pick<StreamedNotification, "id" | "updatedAt">) =>
  `${Date.parse(notification.updatedAt)}-${notification.id}`;

function streamed(message: NotificationMessage, language: Language): StreamedNotification {
  const { userId: _userId, text, ...rest } = message;
  return { ...rest, text: pick(text, language), read: false };
}

/**
 * Every open stream of this gateway process, by user. One core NATS subscription per process receives
 * every new notification (admin.notified) and hands it to that user's streams only, so a user with two
 * tabs on two replicas gets it in both, and nobody gets another user's. Revocations close streams: the
 * revocation list calls `closeRevoked` whenever it learns of one.
 */
export class NotificationHub {
  private readonly clients = new Map<string, Set<StreamClient>>();
  private subscription: Subscription | undefined;

  constructor(private readonly logger: Logger) {}

  start(nats: NatsHandle): void {
    const subscription = nats.nc.subscribe(namespacedSubject(NOTIFICATIONS_SUBJECT, nats.namespace));
    this.subscription = subscription;
    void (async () => {
      for await (const message of subscription) {
        const parsed = notificationMessageSchema.safeParse(safeJson(message.string()));
        if (!parsed.success) {
          this.logger.warn({ problem: parsed.error.issues[0]?.message }, "malformed notification ignored");
          continue;
        }
        for (const client of this.clients.get(parsed.data.userId) ?? []) {
          client.send(streamed(parsed.data, client.language));
        }
      }
    })();
  }

  add(client: StreamClient): void {
    const set = this.clients.get(client.userId) ?? new Set();
    set.add(client);
    this.clients.set(client.userId, set);
  }

  remove(client: StreamClient): void {
    const set = this.clients.get(client.userId);
    set?.delete(client);
    if (set?.size === 0) this.clients.delete(client.userId);
  }

  streamsOf(userId: string): number {
    return this.clients.get(userId)?.size ?? 0;
  }

  get openStreams(): number {
    let count = 0;
    for (const set of this.clients.values()) count += set.size;
    return count;
  }

  /** Closes the streams whose token is revoked now (a logout, a deactivation, a role change). */
  closeRevoked(revocations: RevocationList): void {
    for (const set of this.clients.values()) {
      for (const client of [...set]) if (revocations.isRevoked(client.token)) client.close("session ended");
    }
  }

  async stop(): Promise<void> {
    for (const set of this.clients.values()) for (const client of [...set]) client.close("gateway stopping");
    this.subscription?.unsubscribe();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

interface StreamDependencies {
  keys: TokenKeys;
  revocations: RevocationList;
  hub: NotificationHub;
  server: ApolloServer<GatewayContext>;
  logger: Logger;
}

const CATCH_UP = `query NotificationsCatchUp($since: DateTime!) {
  myNotifications(first: 100, updatedAfter: $since) {
    nodes { id kind text entityType entityId count read createdAt updatedAt }
  }
}`;

/**
 * GET /notifications/stream: the caller's new notifications as Server-Sent Events (Apollo Gateway has
 * no subscriptions). The access token goes in the Authorization header, checked like /graphql's; a
 * comment line every NOTIFICATIONS_HEARTBEAT_SECONDS keeps proxies from closing the stream; the stream
 * closes when the token is revoked or expires (the client reconnects with a fresh one). With
 * `Last-Event-ID` the stream first sends what changed since that event, read through the supergraph as
 * the caller (`myNotifications(updatedAfter:)`), so a reconnect loses nothing.
 */
export function mountNotificationStream(app: Express, env: GatewayEnv, deps: StreamDependencies): void {
  const cors = corsPolicy(env);
  app.options(NOTIFICATIONS_STREAM_PATH, cors);
  app.get(
    NOTIFICATIONS_STREAM_PATH,
    cors,
    assignTraceId,
    authenticate(env, deps.keys, deps.revocations, deps.logger),
    (req, res) => void open(req, res),
  );

  async function open(req: Request, res: Response) {
    const traceId: string = res.locals.traceId;
    const { viewer, refusal, token } = authenticationOf(res);
    if (refusal || !viewer || !token) {
      const message = refusal?.message ?? "Send your access token: Authorization: Bearer <token>";
      res.status(401).json(errorBody(message, "UNAUTHENTICATED", traceId));
      return;
    }
    if (deps.hub.streamsOf(viewer.userId) >= MAX_STREAMS_PER_USER) {
      const message = `At most ${MAX_STREAMS_PER_USER} notification streams at once; close one first`;
      res.status(429).json(errorBody(message, "TOO_MANY_REQUESTS", traceId));
      return;
    }
    const language = requestLanguage(req);
    const log = deps.logger.child({ traceId, userId: viewer.userId, route: "notifications-stream" });
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Connection", "keep-alive");
    // nginx and similar proxies buffer responses unless told not to.
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    res.write("retry: 3000\n\n");

    const sent = new Set<string>();
    let closed = false;
    const client: StreamClient = {
      userId: viewer.userId,
      token,
      language,
      send(notification) {
        const id = eventIdOf(notification);
        if (closed || sent.has(id)) return;
        sent.add(id);
        res.write(`id: ${id}\nevent: notification\ndata: ${JSON.stringify(notification)}\n\n`);
      },
      close(reason) {
        if (closed) return;
        res.write(`event: close\ndata: ${JSON.stringify({ reason })}\n\n`);
        finish();
        res.end();
      },
    };
    const heartbeat = setInterval(() => {
      if (Date.now() >= token.expiresAt * 1000) client.close("access token expired");
      else res.write(`: heartbeat ${new Date().toISOString()}\n\n`);
    }, env.NOTIFICATIONS_HEARTBEAT_SECONDS * 1000);
    const finish = () => {
      closed = true;
      clearInterval(heartbeat);
      deps.hub.remove(client);
    };
    // The response closes when the client goes away (or we end it): the stream's resources go with it.
    res.on("close", finish);
    // Listening before catching up: a notification made in between comes twice at worst, sent once.
    deps.hub.add(client);
    log.debug("notification stream opened");

    const resumeFrom = lastEventInstant(req);
    if (resumeFrom === null) return;
    try {
      const context: GatewayContext = {
        traceId,
        viewer,
        client: { ip: req.ip ?? null, userAgent: req.get("user-agent")?.slice(0, 255) ?? null },
        language,
        logger: log,
      };
      // The row of the last event itself changed at that instant: from one millisecond before, minus it.
      const since = new Date(resumeFrom.instant - 1).toISOString();
      const response = await deps.server.executeOperation(
        { query: CATCH_UP, variables: { since } },
        { contextValue: context },
      );
      const result = response.body.kind === "single" ? response.body.singleResult : null;
      const nodes = (result?.data as { myNotifications?: { nodes: StreamedNotification[] } } | undefined)
        ?.myNotifications?.nodes;
      if (!nodes) {
        log.warn({ errors: result?.errors?.map((error) => error.message) }, "notification catch-up failed");
        return;
      }
      sent.add(resumeFrom.eventId);
      // Oldest first, as they happened.
      for (const notification of [...nodes].reverse()) client.send(notification);
    } catch (error) {
      log.warn({ err: error }, "notification catch-up failed");
    }
  }
}

/** `Last-Event-ID` (or `lastEventId` for EventSource polyfills that cannot set it on the first request). */
function lastEventInstant(req: Request): { instant: number; eventId: string } | null {
  const header = req.get("last-event-id") ?? (typeof req.query.lastEventId === "string" ? req.query.lastEventId : "");
  const match = /^(\d{10,15})-(\d{1,18})$/.exec(header);
  return match ? { instant: Number(match[1]), eventId: header } : null;
}
