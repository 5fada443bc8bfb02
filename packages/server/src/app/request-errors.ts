import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { MessageParams } from '../shared/errors';
import { argumentOfVariable, documentOf, inputNameAt, lastPathName } from './request-document';

/**
 * What a request refused before (or while) its arguments reach a resolver means to the client:
 * a message key of our catalogue, its parameters and the argument at fault.
 *
 * graphql-js and Apollo write their own English messages, with the schema's type names and
 * "Did you mean" suggestions (which leak the schema even with introspection off, issue 7).
 * None of that text is passed on: each message is recognised here and replaced by one of ours,
 * in the caller's language, carrying only names the client itself wrote.
 */
export interface RequestErrorMeaning {
  key: string;
  params?: MessageParams;
  field?: string;
}

type Reading = (match: RegExpExecArray, error: GraphQLError) => RequestErrorMeaning;

/** A name the client wrote (argument, field): it is both the message's `{name}` and the field at fault. */
const named =
  (key: string, group = 1): Reading =>
  (match) => ({ key, params: { name: match[group] }, field: match[group] });

/** The argument is found by the error's position in the document. */
const placed =
  (key: string, nameGroup?: number): Reading =>
  (match, error) => {
    const field = fieldByPosition(error);
    const name = nameGroup ? match[nameGroup] : field;
    const params: MessageParams = name ? { name } : {};
    return { key, params, field };
  };

/** A problem of a whole variable (not provided, null): the argument it is passed to. */
const variable =
  (key: string): Reading =>
  (match, error) => {
    const document = documentOf(error.source);
    const field = (document && argumentOfVariable(document, match[1])) ?? match[1];
    return { key, params: { name: field }, field };
  };

const plain =
  (key: string): Reading =>
  () => ({ key });

/** Input object problems, in literals and inside a variable's value alike. */
const INPUT_FIELD_READINGS: [RegExp, Reading][] = [
  [/^Field "(?:[^"]*\.)?([^".]+)" is not defined by type/, named('request.unknownField')],
  [/^Field "(?:[^"]*\.)?([^".]+)" of required type "[^"]+" was not provided/, named('request.missingArgument')],
];

/**
 * Arguments graphql-js refuses only while executing (a variable with a default passed `null`
 * for a required argument): plain errors without a code, which would otherwise look internal.
 */
const EXECUTION_READINGS: [RegExp, Reading][] = [
  [
    /^Argument "([^"]+)" of required type "[^"]+" was (?:not provided|provided the variable)/,
    named('request.missingArgument'),
  ],
  [
    /^Argument "([^"]+)" (?:of non-null type "[^"]+" must not be null|has invalid value)/,
    named('request.invalidValue'),
  ],
];

/** graphql 16 (pinned) validation and coercion messages, most specific first. */
const READINGS: [RegExp, Reading][] = [
  [/^Cannot query field "([^"]+)"/, named('request.unknownField')],
  ...INPUT_FIELD_READINGS,
  [/^Unknown argument "([^"]+)"/, named('request.unknownArgument')],
  [/^(?:Field|Directive) "[^"]+" argument "([^"]+)" of type "[^"]+" is required/, named('request.missingArgument')],
  ...EXECUTION_READINGS,
  [/^Field "(?:[^"]*\.)?([^".]+)" must be non-null/, named('request.invalidValue')],
  [/^There can be only one (?:argument|input field|variable) named "\$?([^"]+)"/, named('request.duplicate')],
  [/^Field "([^"]+)" (?:of type "[^"]+" )?must (?:have|not have)/, named('request.badSelection')],
  [/^Variable "\$([^"]+)" of required type "[^"]+" was not provided/, variable('request.missingArgument')],
  [/^Variable "\$([^"]+)" of non-null type "[^"]+" must not be null/, variable('request.invalidValue')],
  [/^Variable "\$([^"]+)" of type "[^"]+" used in position expecting/, variable('request.variableType')],
  [/^Variable "\$([^"]+)" (?:cannot be non-input type|expected value of type)/, variable('request.variableType')],
  [/^Variable "\$([^"]+)" is not defined/, variable('request.undefinedVariable')],
  [/^Variable "\$([^"]+)" is never used/, named('request.unusedVariable')],
  [/^Unknown type "([^"]+)"/, placed('request.unknownType', 1)],
  [/^Unknown directive "@([^"]+)"/, named('request.directive')],
  [/^(?:Directive "@|The directive "@)([^"]+)"/, named('request.directive')],
  [/^(?:Unknown fragment|Fragment|Cannot spread fragment|There can be only one fragment)/, plain('request.fragment')],
  [/^Fields "([^"]+)" conflict/, named('request.fieldConflict')],
  [/introspection is not allowed/i, plain('request.introspectionDisabled')],
  [
    /^(?:This anonymous operation|There can be only one operation|Must provide operation name|Unknown operation named|The .* definition is not executable|Subscription )/,
    plain('request.operation'),
  ],
];

const firstReading = (readings: [RegExp, Reading][], message: string, error: GraphQLError) => {
  for (const [pattern, read] of readings) {
    const match = pattern.exec(message);
    if (match) return read(match, error);
  }
  return undefined;
};

/**
 * Explains a request error (Apollo's code `apolloCode`) in our terms; undefined when it is not
 * the client's fault (an internal error stays internal).
 */
export function readRequestError(
  error: unknown,
  formatted: GraphQLFormattedError,
  apolloCode: unknown,
): RequestErrorMeaning | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  if (apolloCode === 'INTERNAL_SERVER_ERROR') {
    return error.originalError ? undefined : firstReading(EXECUTION_READINGS, error.message, error);
  }
  if (apolloCode === 'GRAPHQL_PARSE_FAILED') return syntaxError(error, formatted);
  if (apolloCode === 'BAD_REQUEST' || apolloCode === 'PERSISTED_QUERY_NOT_SUPPORTED') return { key: 'request.body' };
  if (apolloCode === 'PERSISTED_QUERY_NOT_FOUND') return { key: 'request.persistedQueryNotFound' };
  if (apolloCode === 'OPERATION_RESOLUTION_FAILURE') return { key: 'request.operation' };

  const meaning = variableCoercion(error) ?? firstReading(READINGS, error.message, error);
  if (meaning) return meaning;
  const field = fieldByPosition(error);
  return field ? { key: 'request.invalidValue', params: { name: field }, field } : { key: 'common.invalidQuery' };
}

function syntaxError(error: GraphQLError, formatted: GraphQLFormattedError): RequestErrorMeaning {
  // graphql 16 writes "more that N tokens".
  const tokens = /Document contains more tha[nt] (\d+) tokens/.exec(error.message);
  if (tokens) return { key: 'request.tooManyTokens', params: { max: Number(tokens[1]) } };
  const location = formatted.locations?.[0];
  return location
    ? { key: 'request.syntax', params: { line: location.line, column: location.column } }
    : { key: 'request.syntaxSomewhere' };
}

const GOT_INVALID = /^Variable "\$([^"]+)" got invalid value /;

/**
 * `Variable "$v" got invalid value <value> at "v.filter.role"; <reason>`: the reason is the
 * original error's message, so the value (which may itself contain `; ` or quotes) is cut out
 * by length rather than parsed.
 */
function variableCoercion(error: GraphQLError): RequestErrorMeaning | undefined {
  const head = GOT_INVALID.exec(error.message);
  if (!head) return undefined;
  const reason = error.originalError?.message ?? '';
  const middle = error.message.slice(head[0].length, error.message.length - reason.length - 2);
  const path = / at "([^"]+)"$/.exec(middle)?.[1];
  const inner = firstReading(INPUT_FIELD_READINGS, reason, error);
  if (inner) return inner;
  const document = documentOf(error.source);
  const field = (path && lastPathName(path)) ?? (document && argumentOfVariable(document, head[1])) ?? head[1];
  return { key: 'request.invalidValue', params: { name: field }, field };
}

function fieldByPosition(error: GraphQLError): string | undefined {
  const document = documentOf(error.source);
  return document ? inputNameAt(document, error.nodes?.[0]) : undefined;
}
