import type { ApolloGateway } from "@apollo/gateway";
import { DateResolver } from "graphql-scalars";
import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type ASTVisitor,
  type GraphQLInputType,
  type GraphQLScalarType,
  type ValidationContext,
  type ValueNode,
} from "graphql";
import { dateTimeScalar, decimalScalar } from "#shared/graphql/scalars.js";

/**
 * The supergraph only names its custom scalars, so the gateway used to accept any value and forward it;
 * the subgraph then refused the request with a 400 that came back as INTERNAL_SERVER_ERROR. The gateway
 * now checks these scalars with the subgraphs' own implementations, before planning, and answers
 * BAD_USER_INPUT naming the variable or argument. JSON stays free-form (the services validate it).
 */
const CHECKED_SCALARS: Record<string, GraphQLScalarType> = {
  DateTime: dateTimeScalar,
  Decimal: decimalScalar,
  Date: DateResolver,
};

/**
 * Variables: the gateway coerces them with its API schema before planning (getVariableValues), so giving
 * that schema the real `parseValue` is enough; graphql-js then names the variable and the path in it
 * (`Variable "$i" got invalid value "abc" at "i[0].items[0].quantity"; Decimal must be …`) and keeps
 * the scalar's BAD_USER_INPUT code. `parseLiteral` is left alone: literals are checked by the rule below,
 * which can name the argument.
 */
export function checkInputScalars(gateway: ApolloGateway): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    for (const [name, implementation] of Object.entries(CHECKED_SCALARS)) {
      const type = apiSchema.getType(name);
      if (isScalarType(type)) type.parseValue = implementation.parseValue;
    }
  });
}

/**
 * Literal arguments of the checked scalars, anywhere in lists and input objects. Apollo reports every
 * validation error as GRAPHQL_VALIDATION_FAILED; the shared formatError turns those raised for a bad
 * value back into BAD_USER_INPUT (shared/src/http/error-handling.ts).
 */
export function inputScalarLiteralsRule(context: ValidationContext): ASTVisitor {
  const check = (value: ValueNode, type: GraphQLInputType, path: string): void => {
    if (value.kind === Kind.VARIABLE || value.kind === Kind.NULL) return;
    if (isNonNullType(type)) return check(value, type.ofType, path);
    if (isListType(type)) {
      if (value.kind !== Kind.LIST) return check(value, type.ofType, path);
      value.values.forEach((item, index) => check(item, type.ofType, `${path}[${index}]`));
      return;
    }
    if (isInputObjectType(type)) {
      if (value.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const field of value.fields) {
        const definition = fields[field.name.value];
        if (definition) check(field.value, definition.type, `${path}.${field.name.value}`);
      }
      return;
    }
    const scalar = CHECKED_SCALARS[type.name];
    if (!scalar) return;
    try {
      scalar.parseLiteral(value, undefined);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      context.reportError(
        new GraphQLError(`Invalid value for "${path}": ${reason}`, {
          nodes: value,
          extensions: { code: "BAD_USER_INPUT", field: path },
        }),
      );
    }
  };
  return {
    Argument(node) {
      const argument = context.getArgument();
      if (argument) check(node.value, argument.type, node.name.value);
      return false;
    },
  };
}
