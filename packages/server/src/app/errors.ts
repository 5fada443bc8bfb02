import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '../shared/errors';
import { translate } from './i18n';
import { currentRequestScope } from './request-scope';
import { logger } from './logger';
import { describeForLog } from './log-safety';
import { readRequestError } from './request-errors';

// Apollo's own codes for requests refused before any resolver runs.
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
 * (no stack, no SQL, no internals, no type names or suggestions from graphql-js).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const locale = currentRequestScope()?.locale ?? 'zh-CN';
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  // Validation rules (request limits, operation types) report DomainErrors too; Apollo wraps them.
  const domain = original instanceof DomainError ? original : domainErrorInside(original);
  if (domain) {
    return {
      ...base,
      message: translate(locale, domain.messageKey, domain.params),
      extensions: { code: domain.code, ...(domain.field ? { field: domain.field } : {}) },
    };
  }
  if (original instanceof OptimisticLockError) return withCode(base, 'CONFLICT', translate(locale, 'common.conflict'));
  if (original instanceof UniqueConstraintViolationException) {
    return withCode(base, 'CONFLICT', translate(locale, 'common.duplicate'));
  }
  const apolloCode = formatted.extensions?.code;
  if (
    typeof apolloCode === 'string' &&
    (CLIENT_ERROR_CODES.has(apolloCode) || apolloCode === 'INTERNAL_SERVER_ERROR')
  ) {
    const meaning = readRequestError(original, formatted, apolloCode);
    if (meaning) {
      return {
        ...base,
        message: translate(locale, meaning.key, meaning.params),
        extensions: { code: 'BAD_USER_INPUT', ...(meaning.field ? { field: meaning.field } : {}) },
      };
    }
  }
  logger.error('unexpected error', { requestId: currentRequestScope()?.requestId, ...describeForLog(original) });
  return withCode(base, 'INTERNAL_SERVER_ERROR', translate(locale, 'common.internal'));
}

function domainErrorInside(error: unknown): DomainError | undefined {
  return error instanceof GraphQLError && error.originalError instanceof DomainError ? error.originalError : undefined;
}

function withCode(base: Partial<GraphQLFormattedError>, code: ErrorCode, message: string): GraphQLFormattedError {
  return { ...base, message, extensions: { code } };
}
