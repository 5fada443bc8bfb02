import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '../shared/errors';
import { translate } from './i18n';
import { currentRequestScope } from './request-scope';
import { logger } from './logger';

// Apollo's own codes for requests rejected before any resolver runs (GraphQL Armor's limits too:
// they run as parse and validation rules).
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The one place that decides what an error looks like to a client: a code from api.md, a
 * message in the caller's language, the field at fault for bad input — and nothing else
 * (no stack, no SQL, no internals).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const locale = currentRequestScope()?.locale ?? 'zh-CN';
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: translate(locale, original.messageKey, original.params),
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof OptimisticLockError) return withCode(base, 'CONFLICT', translate(locale, 'common.conflict'));
  if (original instanceof UniqueConstraintViolationException) {
    return withCode(base, 'CONFLICT', translate(locale, 'common.duplicate'));
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && CLIENT_ERROR_CODES.has(apolloCode)) {
    return withCode(base, 'BAD_USER_INPUT', `${translate(locale, 'common.invalidQuery')}: ${formatted.message}`);
  }
  logger.error('unexpected error', { requestId: currentRequestScope()?.requestId, error: describe(original) });
  return withCode(base, 'INTERNAL_SERVER_ERROR', translate(locale, 'common.internal'));
}

function withCode(base: Partial<GraphQLFormattedError>, code: ErrorCode, message: string): GraphQLFormattedError {
  return { ...base, message, extensions: { code } };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}
