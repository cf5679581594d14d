import type { GraphQLFormattedError } from "graphql";

// graphql-js ends a message with its suggestions: `… Did you mean "fullName"?`, `… the enum value "DRAFT"?`
const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * Without introspection, "Did you mean …" would still spell out field, argument and enum names to anyone
 * probing. Apollo's hideSchemaDetailsFromClientErrors only cleans validation errors; variables are coerced
 * later (by the gateway's executor), so the suggestions are removed from every error of the response.
 */
export function withoutSuggestions(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  return errors.map((error) =>
    SUGGESTION.test(error.message) ? { ...error, message: error.message.replace(SUGGESTION, "") } : error,
  );
}
