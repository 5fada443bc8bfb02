import { ApolloServerPlugin } from '@apollo/server';
import { recordAudit } from '../audit/audit.service';
import { describeBasis, SensitiveRead } from '../policy/decision';
import { RequestContext } from './context';
import { translate } from './i18n';
import { describeForLog } from './log-safety';
import { logger } from './logger';

/**
 * Writes the request's unmasked sensitive reads as one audit entry before the response
 * leaves, so the number of statements does not grow with the number of rows read. Fails
 * closed: when the entry cannot be written, the response loses its data (requirements §4:
 * every unmasked read is on record).
 */
export const sensitiveReadAudit: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx, operationName, response }) {
        if (!ctx.sensitiveReads.size) return;
        const reads = [...ctx.sensitiveReads.entries()].sort(([a], [b]) => a.localeCompare(b));
        ctx.sensitiveReads.clear();
        try {
          await recordAudit(ctx.em.fork(), ctx, {
            action: 'SENSITIVE_READ',
            target: reads.length === 1 ? reads[0][0].split('.')[0] : null,
            organizationPath: commonOrganizationPath(reads.map(([, read]) => read)) ?? ctx.actor?.organizationPath,
            details: {
              operation: operationName ?? null,
              fields: reads.map(([field]) => field),
              reads: reads.map(([field, read]) => ({ field, basis: describeBasis(read.basis) })),
            },
          });
        } catch (error) {
          logger.error('could not audit a sensitive read; response withheld', {
            requestId: ctx.requestId,
            ...describeForLog(error),
          });
          // graphql 16 executes no @defer/@stream, so every response here is a single result.
          if (response.body.kind !== 'single') return;
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [
            { message: translate(ctx.locale, 'common.internal'), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ];
        }
      },
    };
  },
};

/** The deepest organisation path every read lies under: the entry is about that subtree. */
function commonOrganizationPath(reads: SensitiveRead[]): string | undefined {
  const paths = reads.map((read) => read.organizationPath);
  if (!paths.length || paths.some((path) => !path)) return undefined;
  let prefix = paths[0]!;
  for (const path of paths) {
    while (!path!.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix || undefined;
}
