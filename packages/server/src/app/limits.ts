import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ValidationContext } from 'graphql';
import { Settings } from '../config/settings';
import { DomainError } from '../shared/errors';

/** Refusals carry our message key, so the one formatter translates them like any other bad input. */
const refuse = (key: string, max: number) => (context: ValidationContext | null) =>
  context?.reportError(new DomainError('BAD_USER_INPUT', key, { max }));

const limit = (n: number, key: string) => ({ n, propagateOnRejection: false, onReject: [refuse(key, n)] });

/**
 * Depth, aliases, cost and directives: GraphQL Armor's validation rules, so a refusal is a
 * validation error (HTTP 400). The token limit is graphql-js's own parser option (see
 * `parseOptions` in app/http.ts): Armor's token plugin throws from `parsingDidStart`, which
 * Apollo answers with HTTP 500 (issue 7). Suggestions need no plugin: app/errors.ts replaces
 * every graphql-js message.
 */
export function requestLimits(settings: Settings) {
  return new ApolloArmor({
    maxDepth: limit(settings.GRAPHQL_MAX_DEPTH, 'request.tooDeep'),
    maxAliases: limit(settings.GRAPHQL_MAX_ALIASES, 'request.tooManyAliases'),
    maxDirectives: limit(20, 'request.tooManyDirectives'),
    costLimit: {
      maxCost: settings.GRAPHQL_MAX_COST,
      propagateOnRejection: false,
      onReject: [refuse('request.tooCostly', settings.GRAPHQL_MAX_COST)],
    },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
