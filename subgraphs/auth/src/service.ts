import { loadTokenKeys, type TokenKeys } from "#shared/auth/keys.js";
import { ConfigError } from "#shared/env.js";
import { serve } from "#shared/events/responder.js";
import { defineSubgraph } from "#shared/service/subgraph.js";
import { accountProjectionConsumer } from "./consumers/account-projection.js";
import type { Context } from "./context.js";
import type { AuthEnv } from "./env.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";
import { initialPasswordHandler } from "./responders/initial-password.js";
import { passwordCheckHandler } from "./responders/password-check.js";
import { validateTokenHandler } from "./responders/validate-token.js";

export const startAuthService = defineSubgraph<AuthEnv, Context, { keys: TokenKeys }>({
  name: "auth",
  resolvers,
  permissions,
  setup: async ({ env }) => ({
    keys: await loadTokenKeys(env, { signing: true }).catch((error: Error) => {
      throw new ConfigError("auth", [error.message]);
    }),
  }),
  context: (shared, { env, keys, runtime }) => ({ ...shared, config: env, keys, nats: runtime.nats }),
  responders: ({ env, keys, runtime }) => [
    serve("auth.validate", validateTokenHandler(runtime.db, keys, env)),
    serve("auth.password_check", passwordCheckHandler(runtime.db, env)),
    serve(
      "auth.firstpassword",
      initialPasswordHandler(
        { db: runtime.db, nats: runtime.nats, logger: runtime.logger, notify: () => runtime.relay.notify() },
        env.GATEWAY_SIGNING_SECRET,
        env.GATEWAY_SIGNATURE_MAX_AGE_SECONDS,
      ),
    ),
  ],
  consumers: ({ env, runtime }) => [
    accountProjectionConsumer(runtime.db, env.JWT_ACCESS_TTL_SECONDS, () => runtime.relay.notify()),
  ],
  housekeeping: [
    // Failed-login counters older than a day no longer slow anyone down.
    {
      what: "login throttle counters",
      sql: `DELETE FROM auth_login_throttle WHERE last_failure_at < NOW(3) - INTERVAL 1 DAY
          AND (locked_until IS NULL OR locked_until < NOW(3)) LIMIT 5000`,
    },
    // A sealed successor only serves a replay inside the grace window (at most 300 s).
    {
      what: "sealed refresh-token successors",
      sql: `UPDATE auth_refresh_token SET successor_sealed = NULL
          WHERE successor_sealed IS NOT NULL AND used_at < NOW(3) - INTERVAL 5 MINUTE LIMIT 5000`,
    },
    { what: "expired known devices", sql: "DELETE FROM auth_known_device WHERE expires_at < NOW(3) LIMIT 5000" },
  ],
});
