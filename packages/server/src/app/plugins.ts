import { ApolloServerPlugin } from '@apollo/server';
import { recordAudit } from '../audit/audit.service';
import { RequestContext } from './context';
import { describeForLog } from './log-safety';
import { logger } from './logger';

/**
 * Writes the request's unmasked sensitive reads as one audit entry once the response is
 * ready, so the number of statements does not grow with the number of rows read.
 */
export const sensitiveReadAudit: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx, operationName }) {
        if (!ctx.sensitiveReads.size) return;
        const fields = [...ctx.sensitiveReads].sort();
        ctx.sensitiveReads.clear();
        try {
          await recordAudit(ctx.em.fork(), ctx, {
            action: 'SENSITIVE_READ',
            target: fields.length === 1 ? fields[0].split('.')[0] : null,
            details: { operation: operationName ?? null, fields },
          });
        } catch (error) {
          logger.error('could not audit a sensitive read', { requestId: ctx.requestId, ...describeForLog(error) });
        }
      },
    };
  },
};
