import { ApolloServerPlugin } from '@apollo/server';
import { AuditBatchWriter } from '../audit/batch-writer';
import { describeBasis, SensitiveRead } from '../policy/decision';
import { RequestContext } from './context';
import { translate } from './i18n';
import { describeForLog } from './log-safety';
import { logger } from './logger';

/**
 * Writes the request's unmasked sensitive reads as one audit entry before the response
 * leaves, so the number of statements does not grow with the number of rows read; the entries
 * of concurrent requests commit together (`AuditBatchWriter`). Fails closed: when the entry
 * cannot be written, the response loses its data (requirements §4: every unmasked read is on
 * record).
 */
export const sensitiveReadAudit = (writer: AuditBatchWriter): ApolloServerPlugin<RequestContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx, operationName, response }) {
        if (!ctx.sensitiveReads.size) return;
        const reads = [...ctx.sensitiveReads.entries()];
        ctx.sensitiveReads.clear();
        try {
          const objects = new Set(reads.map(([key]) => key.slice(0, key.lastIndexOf('.'))));
          await writer.append(ctx, {
            action: 'SENSITIVE_READ',
            target: objects.size === 1 ? [...objects][0] : null,
            organizationPath: commonOrganizationPath(reads.map(([, read]) => read)) ?? ctx.actor?.organizationPath,
            details: { operation: operationName ?? null, reads: groupReads(reads) },
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
});

/** One group of the entry's reads: these fields of these objects of one type, opened on one basis. */
export interface SensitiveReadGroup {
  type: string;
  ids: (number | string)[];
  fields: string[];
  /** `role`, `self`, `custody` or `grant:<request id>` (describeBasis). */
  basis: string;
}

/**
 * The reads of a request grouped by type, basis and the set of fields read of each object: a
 * dossier page's 300 cells are one group (`Material` × 100 ids × content, files, notes, on
 * custody), not 300 keys. Lossless: every (object, field, basis) read is in exactly one group.
 */
export function groupReads(reads: [string, SensitiveRead][]): SensitiveReadGroup[] {
  const objects = new Map<string, { type: string; id: string; byBasis: Map<string, string[]> }>();
  for (const [key, read] of reads) {
    const dot = key.lastIndexOf('.');
    const object = key.slice(0, dot);
    let entry = objects.get(object);
    if (!entry) {
      const colon = object.indexOf(':');
      entry = { type: object.slice(0, colon), id: object.slice(colon + 1), byBasis: new Map() };
      objects.set(object, entry);
    }
    const basis = describeBasis(read.basis);
    const fields = entry.byBasis.get(basis);
    if (fields) fields.push(key.slice(dot + 1));
    else entry.byBasis.set(basis, [key.slice(dot + 1)]);
  }
  const groups = new Map<string, SensitiveReadGroup>();
  for (const { type, id, byBasis } of objects.values()) {
    for (const [basis, fields] of byBasis) {
      fields.sort();
      const key = `${type}|${basis}|${fields.join(',')}`;
      const group = groups.get(key);
      const value = /^\d+$/.test(id) ? Number(id) : id;
      if (group) group.ids.push(value);
      else groups.set(key, { type, ids: [value], fields, basis });
    }
  }
  const ordered = [...groups.values()].sort((a, b) => compare(a.type, b.type) || compare(a.basis, b.basis));
  for (const group of ordered) group.ids.sort((a, b) => compare(a, b));
  return ordered;
}

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

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
