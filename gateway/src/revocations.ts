import type { VerifiedToken } from "#shared/auth/tokens.js";
import type { EventEnvelope, EventsOf } from "#shared/events/envelope.js";
import { followEvents, type Feed } from "#shared/events/follow.js";
import type { NatsHandle } from "#shared/events/nats.js";
import type { StreamKey } from "#shared/events/streams.js";
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
  private readonly feeds: Feed[] = [];
  private pruneTimer: NodeJS.Timeout | undefined;
  private readonly listeners: (() => void)[] = [];

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
    const follow = (stream: StreamKey) => ({
      stream,
      since,
      what: "revocation event",
      logger: this.logger,
      onEvent: (event: Revocation) => this.apply(event),
      onCaughtUp: () => this.caughtUp.add(stream),
    });
    this.feeds.push(await followEvents(nats, { ...follow("auth"), subject: "auth.session.revoked" }));
    this.feeds.push(await followEvents(nats, { ...follow("admin"), subject: "admin.user.*" }));
    this.pruneTimer = setInterval(() => this.prune(), 60_000);
    this.pruneTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.pruneTimer);
    await Promise.allSettled(this.feeds.map((feed) => feed.stop()));
  }

  /** Called after each revocation or access change, so long-lived streams can close at once. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  apply(event: Revocation): void {
    this.record(event);
    for (const listener of this.listeners) listener();
  }

  private record(event: Revocation): void {
    if (event.type === "auth.session.revoked") {
      const { sessionIds, tokensValidUntil } = event.payload;
      for (const sessionId of sessionIds) this.sessions.set(sessionId, Date.parse(tokensValidUntil));
      return;
    }
    const user = event.payload;
    const until = Date.parse(event.occurredAt) + this.accessTtlMs;
    this.currentAccess.set(user.userId, { access: accessOf(user), until });
    if (event.type === "admin.user.deactivated") {
      // The fast path: refuse the user's tokens before auth has even revoked their sessions.
      this.deactivatedUsers.set(user.userId, Math.floor(Date.parse(event.occurredAt) / 1000));
    } else if (event.type === "admin.user.reactivated") {
      // Their old sessions stay revoked one by one (auth.session.revoked); new logins must work.
      this.deactivatedUsers.delete(user.userId);
    }
  }

  private prune(): void {
    const now = Date.now();
    for (const [sessionId, until] of this.sessions) if (until < now) this.sessions.delete(sessionId);
    for (const [userId, { until }] of this.currentAccess) if (until < now) this.currentAccess.delete(userId);
  }
}

/** The events the list follows: session revocations, and every change of a user (admin.user.*). */
type Revocation = EventEnvelope<EventsOf<"auth.session.revoked" | "admin.user.*">>;

/** What an access token says about its holder's reach, in one comparable string. */
function accessOf(user: { role: string; teamId: string | null; regionIds: string[] }): string {
  return JSON.stringify([user.role, user.teamId, [...user.regionIds].sort()]);
}
