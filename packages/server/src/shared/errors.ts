import { GraphQLError } from 'graphql';

/** The error codes of api.md; every error that leaves the server carries one of them. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type MessageParams = Record<string, string | number>;

/**
 * A business error: a code, a message key (translated in app/i18n when the response is
 * formatted) and, for bad input, the field at fault. Services throw these; nothing else
 * decides what a client sees.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly field?: string,
  ) {
    super(messageKey, { extensions: { code, ...(field ? { field } : {}) } });
  }
}

export const unauthenticated = (key = 'auth.required') => new DomainError('UNAUTHENTICATED', key);
export const forbidden = (key = 'policy.forbidden', params: MessageParams = {}) =>
  new DomainError('FORBIDDEN', key, params);
export const notFound = (entity: string) => new DomainError('NOT_FOUND', 'common.notFound', { entity });
export const conflict = (key = 'common.conflict', params: MessageParams = {}) =>
  new DomainError('CONFLICT', key, params);
export const badInput = (field: string, key: string, params: MessageParams = {}) =>
  new DomainError('BAD_USER_INPUT', key, params, field);
export const rateLimited = (key: string, params: MessageParams = {}) => new DomainError('RATE_LIMITED', key, params);
