import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/**
 * Which object types' blanket rules can never refuse anything, so their fields may resolve without
 * graphql-shield's wrapper. Shield wraps every field of every type in an async middleware (deny by
 * default); on a statistics answer of 288 groups that was ~3,000 promise chains and 40 % of the
 * request's CPU. A *value type* (neither a root nor an entity `_entities` can fetch) is only reached
 * through the fields that return it, so when every such field already demands at least what the
 * type's rule demands, the type's rule is implied and checking it again per field changes nothing.
 *
 * Strength of the rules compared here: a public field guarantees nothing (0), `isSignedIn` a caller
 * (1), `isAuthenticated` a caller with no pending password change (2), `hasRole(…)` that and a role
 * (3). Any other rule guarantees nothing to the types below it, and a type whose rule is not one of
 * these, or that lists rules per field, keeps every wrapper.
 */
export interface RuleStrengths {
  /** Strength of a rule object, or null when it is not one this analysis understands. */
  strengthOf(rule: unknown): number | null;
  /** Strength of a rule that refuses everything (`deny`): reaching a type through it is impossible. */
  isDenial(rule: unknown): boolean;
}

type RuleTree = Record<string, unknown>;

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);

/** The types `_entities` can return: the members of federation's `_Entity` union. */
function entityTypeNames(schema: GraphQLSchema): Set<string> {
  const union = schema.getType("_Entity");
  return new Set(union && isUnionType(union) ? union.getTypes().map((type) => type.name) : []);
}

/** The rule a field resolves under: its own, the type's `*`, the type's blanket rule, else the fallback. */
function ruleOf(tree: RuleTree, fallback: unknown, typeName: string, field: string): unknown {
  const rules = tree[typeName];
  if (rules === undefined) return fallback;
  if (typeof rules === "object" && rules !== null && Object.getPrototypeOf(rules) === Object.prototype) {
    const map = rules as Record<string, unknown>;
    return map[field] ?? map["*"] ?? fallback;
  }
  return rules;
}

function possibleObjectTypes(schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return [];
}

/**
 * The value types whose blanket rule is implied by every way of reaching them. Entry points are the
 * root fields (guaranteeing their own rule) and `_entities` (guaranteeing `entitiesRule` to entity
 * types, which always keep their wrappers). Computed as a fixpoint from "unreached" downwards.
 */
export function typesWithImpliedRules(
  schema: GraphQLSchema,
  tree: RuleTree,
  fallback: unknown,
  strengths: RuleStrengths,
): Set<string> {
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__"),
  );
  const entities = entityTypeNames(schema);
  const isEntity = (type: GraphQLObjectType) => entities.has(type.name);
  const UNREACHED = Number.POSITIVE_INFINITY;
  const guaranteed = new Map<string, number>(objectTypes.map((type) => [type.name, UNREACHED]));
  for (const type of objectTypes) if (ROOTS.has(type.name)) guaranteed.set(type.name, 0);
  const entitiesRule = ruleOf(tree, fallback, "Query", "_entities");
  for (const type of objectTypes) {
    if (isEntity(type)) guaranteed.set(type.name, strengths.strengthOf(entitiesRule) ?? 0);
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const parent of objectTypes) {
      const parentGuarantee = guaranteed.get(parent.name)!;
      if (parentGuarantee === UNREACHED) continue;
      for (const field of Object.values(parent.getFields())) {
        const rule = ruleOf(tree, fallback, parent.name, field.name);
        if (strengths.isDenial(rule)) continue;
        const through = Math.max(strengths.strengthOf(rule) ?? 0, parentGuarantee);
        for (const child of possibleObjectTypes(schema, getNamedType(field.type))) {
          if (through < guaranteed.get(child.name)!) {
            guaranteed.set(child.name, through);
            changed = true;
          }
        }
      }
    }
  }

  const implied = new Set<string>();
  for (const type of objectTypes) {
    if (ROOTS.has(type.name) || type.name.startsWith("_") || isEntity(type)) continue;
    const rules = tree[type.name];
    if (rules === undefined || (typeof rules === "object" && Object.getPrototypeOf(rules) === Object.prototype)) {
      continue;
    }
    const strength = strengths.strengthOf(rules);
    if (strength !== null && strength <= guaranteed.get(type.name)!) implied.add(type.name);
  }
  return implied;
}
