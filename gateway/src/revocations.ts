import { DeliverPolicy, type ConsumerMessages } from "@nats-io/jetstream";
import type { VerifiedToken } from "#shared/auth/tokens.js";
import { decodeEvent, type EventEnvelope } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { namespacedSubject, streamName, type StreamKey } from "#shared/events/streams.js";
import type { Logger } from "#shared/logger.js";

/**
 * Which still-unexpired access tokens must be refused, held in memory so that checking a request
 * costs no database lookup. At start it replays the last access-token lifetime of revocation events
 * from JetStream, then follows them live, so a logout or deactivation is refused within moments.
 */
export class RevocationList {
  private readonly sessions = new Map<string, number>();
  private readonly deactivatedUsers = new Map<string, number>();
  /** Recently changed users' role, team and regions as admin last announced them, kept until older tokens expired. */
  private readonly currentAccess = new Map<string, { access: string; until: number }>();
  private accessTtlMs = 3_600_000;
  private readonly caughtUp = new Set<StreamKey>();
  private readonly feeds: ConsumerMessages[] = [];
  private pruneTimer: NodeJS.Timeout | undefined;

  constructor(private readonly logger: Logger) {}

  isRevoked(token: Pick<VerifiedToken, "sessionId" | "userId" | "issuedAt" | "role" | "teamId" | "regionIds">) {
    if (this.sessions.has(token.sessionId)) return true;
    // The fast path of an access change: a token that states another role, team or regions than admin's
    // latest word is stale, whenever it was issued (auth also ends the user's sessions for it).
    const current = this.currentAccess.get(token.userId);
    if (current && current.access !== accessOf(token)) return true;
    const deactivatedAt = this.deactivatedUsers.get(token.userId);
    return deactivatedAt !== undefined && token.issuedAt <= deactivatedAt;
  }

  /** True once the history of both feeds has been read. */
  get loaded(): boolean {
    return this.caughtUp.size === 2;
  }

  async start(nats: NatsHandle, accessTtlSeconds: number): Promise<void> {
    this.accessTtlMs = accessTtlSeconds * 1000;
    const since = new Date(Date.now() - (accessTtlSeconds + 60) * 1000).toISOString();
    await this.follow(nats, "auth", "auth.session.revoked", since);
    await this.follow(nats, "admin", "admin.user.*", since);
    this.pruneTimer = setInterval(() => this.prune(), 60_000);
    this.pruneTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.pruneTimer);
    await Promise.allSettled(this.feeds.map((feed) => feed.close()));
  }

  apply(event: EventEnvelope): void {
    if (event.type.startsWith("admin.user.")) {
      const user = (event as EventEnvelope<"admin.user.updated">).payload;
      const until = Date.parse(event.occurredAt) + this.accessTtlMs;
      this.currentAccess.set(user.userId, { access: accessOf(user), until });
    }
    if (event.type === "auth.session.revoked") {
      const { sessionIds, tokensValidUntil } = (event as EventEnvelope<"auth.session.revoked">).payload;
      for (const sessionId of sessionIds) this.sessions.set(sessionId, Date.parse(tokensValidUntil));
    } else if (event.type === "admin.user.deactivated") {
      // The fast path: refuse the user's tokens before auth has even revoked their sessions.
      const { userId } = (event as EventEnvelope<"admin.user.deactivated">).payload;
      this.deactivatedUsers.set(userId, Math.floor(Date.parse(event.occurredAt) / 1000));
    } else if (event.type === "admin.user.reactivated") {
      // Their old sessions stay revoked one by one (auth.session.revoked); new logins must work.
      this.deactivatedUsers.delete((event as EventEnvelope<"admin.user.reactivated">).payload.userId);
    }
  }

  private async follow(nats: NatsHandle, stream: StreamKey, subject: string, since: string): Promise<void> {
    const consumer = await nats.js.consumers.get(streamName(stream, nats.namespace), {
      filter_subjects: namespacedSubject(subject, nats.namespace),
      deliver_policy: DeliverPolicy.StartTime,
      opt_start_time: since,
    });
    const info = await consumer.info(true);
    if (info.num_pending === 0) this.caughtUp.add(stream);
    const messages = await consumer.consume();
    this.feeds.push(messages);
    void (async () => {
      for await (const message of messages) {
        try {
          this.apply(decodeEvent(message.data, nats.verifier));
        } catch (error) {
          this.logger.warn({ err: error, subject: message.subject }, "unreadable revocation event ignored");
        }
        if (message.info.pending === 0) this.caughtUp.add(stream);
      }
    })();
  }

  private prune(): void {
    const now = Date.now();
    for (const [sessionId, until] of this.sessions) if (until < now) this.sessions.delete(sessionId);
    for (const [userId, { until }] of this.currentAccess) if (until < now) this.currentAccess.delete(userId);
  }
}

/** What an access token says about its holder's reach, in one comparable string. */
function accessOf(user: { role: string; teamId: string | null; regionIds: string[] }): string {
  return JSON.stringify([user.role, user.teamId, [...user.regionIds].sort()]);
}
