import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { recordAudit } from '../audit/audit.service';
import { registerFileOwner } from '../files/file-owners';
import { idNumberIndex } from '../members/personal-data';
import { subtreeSql } from '../organizations/subtree';
import {
  authorizeFiling,
  decideAccessRequestRead,
  visibleAccessRequestsSql,
  waitingForActorSql,
} from '../policy/access-requests';
import { DENIED } from '../policy/decision';
import { notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { escapeLike, searchText } from '../shared/like';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { badInput } from '../shared/errors';
import { AccessPurpose } from './access-purpose.entity';
import { AccessRequest, AccessRequestStatus } from './access-request.entity';
import { AccessDossier, RequestableDossier } from './access.types';
import { conflictOf, partiesOf, partyOfUser } from './conflicts';
import { chainDepartmentsOf } from './filing';

/** A request as reads return it: the entity's columns, relations as `{ id }`. */
export type AccessRequestRecord = Omit<AccessRequest, 'requester' | 'requesterOrganization' | 'purpose'> & {
  requester: { id: number };
  requesterOrganization: { id: number };
  purpose: { id: number };
};

const requestProjection = (em: EntityManager) =>
  new LeanProjection<AccessRequestRecord>(em, AccessRequest, leanProperties(em, AccessRequest), 'r');

/** One request the caller may see (policy/access-requests.ts); NOT_FOUND otherwise, as for a missing id. */
export async function getAccessRequest(ctx: ServiceContext, id: string): Promise<AccessRequestRecord> {
  const projection = requestProjection(ctx.em);
  const visible = visibleAccessRequestsSql(ctx.actor);
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from access_request r where r.id = ? and ${visible.sql}`,
    [parseId(id), ...visible.params],
  );
  if (!rows.length) throw notFound('AccessRequest');
  return projection.read(rows[0]);
}

export interface AccessRequestFilterInput {
  status?: AccessRequestStatus | null;
  /** Only the caller's own requests. */
  mine?: boolean | null;
  /** Only requests waiting for the caller's decision (approver's inbox). */
  waitingForMe?: boolean | null;
}

/** Requests the caller may see, newest first, by keyset; filters narrow, never widen. */
export async function listAccessRequests(
  ctx: ServiceContext,
  filter: AccessRequestFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<AccessRequestRecord>> {
  const visible = visibleAccessRequestsSql(ctx.actor);
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  if (filter.status) {
    where.push('r.status = ?');
    params.push(filter.status);
  }
  if (filter.mine) {
    where.push('r.requester_id = ?');
    params.push(ctx.actor!.userId);
  }
  if (filter.waitingForMe) {
    const waiting = waitingForActorSql(ctx.actor);
    where.push(waiting ? waiting.sql : '1 = 0');
    params.push(...(waiting?.params ?? []));
  }
  const projection = requestProjection(ctx.em);
  const from = `from access_request r where ${where.join(' and ')}`;
  const after = page.afterId ? ' and r.id < ?' : '';
  const [rows, counted] = await Promise.all([
    selectRows(ctx.em, `select ${projection.select} ${from}${after} order by r.id desc limit ?`, [
      ...params,
      ...(page.afterId ? [page.afterId] : []),
      page.limit + 1,
    ]),
    totalCount ? selectRows<{ count: number | string }>(ctx.em, `select count(*) as count ${from}`, params) : null,
  ]);
  return toPage(
    rows.map((row) => projection.read(row)),
    page.limit,
    counted ? Number(counted[0].count) : null,
  );
}

export const REQUESTABLE_LIMIT = 20;

const DOSSIER_COLUMNS = `d.id as id, m.id as "memberId", m.name as "memberName", o.name as "organizationName",
  c.name as "custodianName"`;
const DOSSIER_FROM = `from dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id
  join organization c on c.id = d.custodian_id`;

const toAccessDossier = (row: Record<string, unknown>): AccessDossier => ({
  id: Number(row.id),
  memberName: row.memberName as string,
  organizationName: row.organizationName as string,
  custodianName: row.custodianName as string,
});

/**
 * Dossiers a requester may ask for (issue 10 §2): by exact ID number anywhere (through the blind
 * index: nothing is decrypted to find it), or by name within the requester's own subtree. At
 * most 20, each said to be in conflict when filing would be refused. A search by ID number
 * names a person from a number, so it is audited (the number is not written, only the count).
 */
export async function requestableDossiers(
  ctx: ServiceContext,
  search: { idNumber?: string | null; name?: string | null },
): Promise<RequestableDossier[]> {
  const actor = authorizeFiling(ctx.actor);
  const idNumber = searchText('idNumber', search.idNumber, 18);
  const name = searchText('name', search.name);
  if (!idNumber && !name) throw badInput('name', 'access.searchNeeded');
  const where: string[] = [];
  const params: unknown[] = [];
  if (idNumber) {
    where.push('m.id_number_index = ?');
    params.push(idNumberIndex(ctx.settings.pii, idNumber));
  }
  if (name) {
    const subtree = subtreeSql('o.path', actor.organizationPath);
    where.push(`m.name like ? escape '\\'`, subtree.sql);
    params.push(`%${escapeLike(name)}%`, ...subtree.params);
  }
  const rows = await selectRows<Record<string, unknown>>(
    ctx.em,
    `select ${DOSSIER_COLUMNS} ${DOSSIER_FROM} where ${where.join(' and ')} order by m.name, d.id limit ?`,
    [...params, REQUESTABLE_LIMIT],
  );
  const requester = await partyOfUser(ctx.em, ctx.settings.pii, actor.userId);
  const parties = await partiesOf(
    ctx.em,
    ctx.settings.pii,
    rows.map((row) => Number(row.memberId)),
  );
  if (idNumber) {
    await recordAudit(ctx.em, ctx, {
      action: 'ACCESS_DOSSIER_LOOKUP',
      organizationPath: actor.organizationPath,
      details: { by: 'idNumber', found: rows.length },
    });
  }
  return rows.map((row) => ({
    ...toAccessDossier(row),
    // Without the requester's own record every filing is refused (filing.ts), so every row conflicts.
    conflict: !requester || conflictOf(requester, parties.get(Number(row.memberId))!) !== null,
  }));
}

/** Per-request loaders of the access module's relations: one statement per batch. */
export function accessRequestLoaders(em: EntityManager) {
  return {
    accessDossiersByRequestId: new DataLoader<number, AccessDossier[]>(async (ids) => {
      const rows = await selectRows<Record<string, unknown>>(
        em,
        `select ard.request_id as "requestId", ${DOSSIER_COLUMNS} from access_request_dossier ard
         join dossier d on d.id = ard.dossier_id join member m on m.id = d.member_id
         join organization o on o.id = m.organization_id join organization c on c.id = d.custodian_id
         where ard.request_id in (${placeholders(ids.length)}) order by ard.id`,
        ids,
      );
      const byRequest = new Map(ids.map((id) => [id, [] as AccessDossier[]]));
      for (const row of rows) byRequest.get(Number(row.requestId))?.push(toAccessDossier(row));
      return ids.map((id) => byRequest.get(id)!);
    }),
    /** The whole (small) list of purposes, active or not: requests name retired ones too. */
    accessPurposes: new DataLoader<'all', AccessPurpose[]>(async (keys) => {
      const all = await em.find(AccessPurpose, {}, { orderBy: { sortOrder: 'asc', id: 'asc' } });
      return keys.map(() => all);
    }),
  };
}

/**
 * The justification document is read through its request (`owner=AccessRequest:<id>`): by
 * whoever may see the request (its requester, the deciding departments' approvers, overseers),
 * and only the file the request names.
 */
registerFileOwner('AccessRequest', async (ctx, ownerId, sha256) => {
  const id = Number(ownerId);
  if (!/^[1-9]\d{0,9}$/.test(ownerId) || id > 2_147_483_647) return DENIED;
  const rows = await selectRows<{ requesterId: number | string; path: string; sha256: string | null }>(
    ctx.em,
    `select r.requester_id as "requesterId", r.organization_path as path, r.justification_sha256 as sha256
     from access_request r where r.id = ?`,
    [id],
  );
  if (!rows.length || rows[0].sha256 !== sha256) return DENIED;
  return decideAccessRequestRead(ctx.actor, {
    requesterId: Number(rows[0].requesterId),
    organizationPath: rows[0].path,
    departmentIds: await chainDepartmentsOf(ctx.em, id),
  });
});
