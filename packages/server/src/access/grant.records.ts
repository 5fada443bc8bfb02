import { EntityManager } from '@mikro-orm/knex';
import { PeekableLoader } from '../shared/batch-loaders';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { AccessRequest } from './access-request.entity';

/** A grant as reads return it (plain record; `requestId`, `granteeId`, `revokedById` as ids). */
export interface GrantRecord {
  id: number;
  requestId: number;
  granteeId: number;
  scopes: string;
  categoryIds: string | null;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedById: number | null;
  revokeReason: string | null;
  relinquished: boolean;
}

interface GrantRow {
  id: number | string;
  request_id: number | string;
  grantee_id: number | string;
  scopes: string;
  category_ids: string | null;
  granted_at: Date | number | string;
  expires_at: Date | number | string;
  revoked_at: Date | number | string | null;
  revoked_by_id: number | string | null;
  revoke_reason: string | null;
  relinquished: boolean | number;
}

// SQLite keeps dates as epoch milliseconds and booleans as 0/1; PostgreSQL's rows carry timestamp text.
const toDate = (value: Date | number | string) => (value instanceof Date ? value : new Date(value));

const readGrant = (row: GrantRow): GrantRecord => ({
  id: Number(row.id),
  requestId: Number(row.request_id),
  granteeId: Number(row.grantee_id),
  scopes: row.scopes,
  categoryIds: row.category_ids,
  grantedAt: toDate(row.granted_at),
  expiresAt: toDate(row.expires_at),
  revokedAt: row.revoked_at == null ? null : toDate(row.revoked_at),
  revokedById: row.revoked_by_id == null ? null : Number(row.revoked_by_id),
  revokeReason: row.revoke_reason,
  relinquished: Boolean(row.relinquished),
});

/** Grants matching a condition on alias `g`, newest first. */
export async function selectGrants(
  em: EntityManager,
  where: string,
  params: readonly unknown[],
  limit?: number,
): Promise<GrantRecord[]> {
  const rows = await selectRows<GrantRow>(
    em,
    `select g.id, g.request_id, g.grantee_id, g.scopes, g.category_ids, g.granted_at, g.expires_at, g.revoked_at,
       g.revoked_by_id, g.revoke_reason, g.relinquished
     from access_grant g where ${where} order by g.id desc${limit ? ' limit ?' : ''}`,
    limit ? [...params, limit] : params,
  );
  return rows.map(readGrant);
}

export type AccessRequestRecord = Omit<AccessRequest, 'requester' | 'requesterOrganization' | 'purpose'> & {
  requester: { id: number };
  requesterOrganization: { id: number };
  purpose: { id: number };
};

/** Per-request loaders of grants by request, and of requests by id (a grant's `request`): one statement per batch. */
export function grantLoaders(em: EntityManager) {
  return {
    accessGrantByRequestId: new PeekableLoader<number, GrantRecord | null>(async (ids) => {
      const found = await selectGrants(em, `g.request_id in (${placeholders(ids.length)})`, ids);
      const byRequest = new Map(found.map((grant) => [grant.requestId, grant]));
      return ids.map((id) => byRequest.get(id) ?? null);
    }),
    decisionRequestById: new PeekableLoader<number, AccessRequestRecord | null>(async (ids) => {
      const projection = new LeanProjection<AccessRequestRecord>(
        em,
        AccessRequest,
        leanProperties(em, AccessRequest),
        'r',
      );
      const rows = await selectRows(
        em,
        `select ${projection.select} from access_request r where r.id in (${placeholders(ids.length)})`,
        ids,
      );
      const byId = new Map(rows.map((row) => projection.read(row)).map((request) => [request.id, request]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
