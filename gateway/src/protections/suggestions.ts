import type { GraphQLFormattedError } from "graphql";

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// graphql-js ends a message with its suggestions: `… Did you mean "fullName"?`, `… Did you mean the enum value "DRAFT"?`
const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * With introspection off, "Did you mean …" would still spell out field, argument and enum names to
 * anyone probing. Apollo's hideSchemaDetailsFromClientErrors only cleans validation errors; variables
 * are coerced later (by the gateway's executor), so the suggestions are removed here from every error.
 */
export function withoutSuggestions(formatError: FormatError): FormatError {
  return (formatted, error) => {
    const result = formatError(formatted, error);
    return SUGGESTION.test(result.message) ? { ...result, message: result.message.replace(SUGGESTION, "") } : result;
  };
}
