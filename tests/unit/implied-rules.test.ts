import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { allow, deny, hasRole, isAuthenticated, isSignedIn, subgraphPermissions } from "#shared/auth/rules.js";

// Which value types may resolve without graphql-shield's per-field wrapper: only those whose rule is
// implied by every field that returns them (shared/src/auth/redundant-rules.ts).
const schema = buildSubgraphSchema({
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      open: Box
      vault: Vault
      me: Profile
      shared: Shared
      hidden: Hidden
      thing: Thing
    }
    type Box { label: String }
    type Vault { inner: Inner, shared: Shared, plain: Plain }
    type Inner { secret: String }
    type Profile { name: String }
    type Shared { value: Int }
    type Plain { value: Int }
    type Hidden { value: Int }
    type PerField { a: Int, b: Int }
    type Thing @key(fields: "id") { id: ID!, perField: PerField }
  `),
});

const administrators = hasRole("ADMIN");
const permissions = subgraphPermissions({
  Query: {
    open: allow,
    vault: isAuthenticated,
    me: isSignedIn,
    shared: allow,
    hidden: deny,
    thing: isAuthenticated,
  },
  Box: isAuthenticated,
  Vault: isAuthenticated,
  Inner: administrators,
  Profile: isAuthenticated,
  Shared: isAuthenticated,
  Plain: isAuthenticated,
  Hidden: isAuthenticated,
  PerField: { "*": isAuthenticated, b: administrators },
  Thing: isAuthenticated,
});

const implied = permissions.typesWithImpliedRules(schema);

test("a value type reached only through fields that demand as much as its rule resolves unwrapped", () => {
  assert.equal(implied.has("Vault"), true, "only Query.vault (isAuthenticated) returns it");
  assert.equal(implied.has("Plain"), true, "only Vault.plain, under Vault's guarantee, returns it");
  assert.equal(implied.has("Hidden"), true, "only a denied field returns it: it is never reached");
});

test("a type reachable through a weaker field, a stronger rule, a per-field map or _entities keeps its wrappers", () => {
  assert.equal(implied.has("Box"), false, "a public field returns it");
  assert.equal(implied.has("Shared"), false, "one of the two fields returning it is public");
  assert.equal(implied.has("Profile"), false, "isSignedIn does not imply isAuthenticated (password change pending)");
  assert.equal(implied.has("Inner"), false, "a role is more than what its parent guarantees");
  assert.equal(implied.has("PerField"), false, "rules listed per field are always checked");
  assert.equal(implied.has("Thing"), false, "an entity can be fetched through _entities");
  assert.equal(implied.has("Query"), false);
});
