import { allow, deny, rule, shield } from "graphql-shield";
import type { IRules } from "graphql-shield";
import type { RoleCode } from "./claims.js";
import { forbidden, unauthenticated } from "../graphql/errors.js";
import type { RequestBase } from "../http/subgraph-server.js";
import type { GraphQLSchema } from "graphql";
import { typesWithImpliedRules, type RuleStrengths } from "./redundant-rules.js";

/**
 * Shared graphql-shield rules. Every subgraph builds its permissions with `subgraphPermissions`, which
 * denies anything not listed, lets composition read `_service`, and guards `_entities`.
 */
/** Signed in, even with a password change pending: only for me, logout, changePassword and own-profile reads. */
export const isSignedIn = rule({ cache: "contextual" })((_parent, _args, context: RequestBase) =>
  context.viewer ? true : unauthenticated(),
);

const passwordChangeRequired = () => forbidden("Change your password first (changePassword)");

/** Signed in with no pending password change. */
export const isAuthenticated = rule({ cache: "contextual" })((_parent, _args, context: RequestBase) => {
  if (!context.viewer) return unauthenticated();
  return context.viewer.mustChangePassword ? passwordChangeRequired() : true;
});

const roleRules = new WeakSet<object>();

export const hasRole = (...roles: RoleCode[]) => {
  const roleRule = rule(`hasRole(${roles.join(",")})`, { cache: "contextual" })((
    _parent,
    _args,
    context: RequestBase,
  ) => {
    if (!context.viewer) return unauthenticated();
    if (context.viewer.mustChangePassword) return passwordChangeRequired();
    return roles.includes(context.viewer.role) ? true : forbidden();
  });
  roleRules.add(roleRule);
  return roleRule;
};

export const isPublic = allow;
export { allow, deny };

/** What each rule demands, weakest first, for `typesWithImpliedRules`. */
const RULE_STRENGTHS: RuleStrengths = {
  strengthOf: (candidate) =>
    candidate === allow
      ? 0
      : candidate === isSignedIn
        ? 1
        : candidate === isAuthenticated
          ? 2
          : typeof candidate === "object" && candidate !== null && roleRules.has(candidate)
            ? 3
            : null,
  isDenial: (candidate) => candidate === deny,
};

/** The permissions middleware, which also names the value types whose rules their parents' rules imply. */
export function subgraphPermissions(rules: IRules & { Query?: Record<string, unknown> }) {
  const given = rules as Record<string, Record<string, unknown>>;
  const tree = {
    ...given,
    // Entity types carry their own rules; `_entities` itself only needs a signed-in caller.
    Query: { ...(given.Query ?? {}), _service: allow, _entities: isSignedIn },
    _Service: { sdl: allow },
  };
  const middleware = shield(tree as IRules, {
    fallbackRule: deny,
    fallbackError: () => forbidden(),
    // Resolver errors (NOT_FOUND, CONFLICT, …) pass through; masking happens in formatError.
    allowExternalErrors: true,
    debug: false,
  });
  return Object.assign(middleware, {
    typesWithImpliedRules: (schema: GraphQLSchema) => typesWithImpliedRules(schema, tree, deny, RULE_STRENGTHS),
  });
}
