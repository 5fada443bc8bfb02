import { Response } from 'express';
import { DomainError, ErrorCode } from '../shared/errors';
import { Locale } from '../shared/service-context';
import { describeForLog } from './log-safety';
import { logger } from './logger';
import type { RouteDeps } from './module';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * A module route's error in the shape `/graphql` answers (modules' `routes`: files, imports): a
 * DomainError translated with its code and field; anything else logged and answered without
 * internals. Routes answer their own special refusals (an upload too large) before calling this.
 */
export function sendRouteError(
  res: Response,
  error: unknown,
  { translate, locale, logAs }: { translate: RouteDeps['translate']; locale: Locale; logAs: string },
): void {
  if (error instanceof DomainError) {
    const message = translate(locale, error.messageKey, error.params);
    const extensions = { code: error.code, ...(error.field ? { field: error.field } : {}) };
    res.status(STATUS[error.code]).json({ errors: [{ message, extensions }] });
    return;
  }
  logger.error(logAs, describeForLog(error));
  res.status(500).json({
    errors: [{ message: translate(locale, 'common.internal'), extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  });
}
