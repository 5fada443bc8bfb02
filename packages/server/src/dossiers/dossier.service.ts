import { EntityManager } from '@mikro-orm/knex';
import { Member } from '../members/member.entity';
import { MembershipStatus } from '../members/membership';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { subtreeSql } from '../organizations/subtree';
import { authorizeDossierRead, custodyOf, hasActionRole, scopeRoot, withGrantedDossiers } from '../policy/policy';
import { badInput, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { selectRows } from '../shared/lean-rows';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { computeCompleteness } from './completeness';
import { Dossier, DossierStatus } from './dossier.entity';
import { enterRetiredCollection, startReviewCycle } from './review.service';
import { dossierProjection, DossierRecord, presentCategories, selectCatalogue } from './dossier.records';

const DAY = 24 * 3600_000;

/** Opens the dossier of a new member in the member's transaction (one per member). */
export function openDossier(
  ctx: ServiceContext,
  tx: EntityManager,
  member: Member,
  custodian: Organization,
  archivist: User,
): Dossier {
  if (custodian.type !== OrganizationType.ARCHIVE_OFFICE) throw badInput('custodianId', 'dossier.custodianType');
  const deadline = new Date(ctx.now().getTime() + ctx.settings.DOSSIER_COMPLETION_DAYS * DAY);
  const dossier = new Dossier(member, custodian, archivist, deadline);
  startReviewCycle(dossier, ctx.now());
  tx.persist(dossier);
  return dossier;
}

/**
 * Keeps the status in step with the materials and the member (requirements §2): an
 * establishing dossier becomes COMPLETE once every required category has a current material;
 * a complete one that needs more (the member reached a new stage, a material was invalidated)
 * is establishing again with a fresh deadline. Retirement moves it into the retired collection.
 */
export async function refreshDossierStatus(ctx: ServiceContext, tx: EntityManager, dossier: Dossier): Promise<void> {
  const member = await tx.findOneOrFail(Member, dossier.member.id);
  if (member.membershipStatus === MembershipStatus.RETIRED && dossier.status !== DossierStatus.IN_TRANSIT) {
    dossier.status = DossierStatus.RETIRED_COLLECTION;
    enterRetiredCollection(dossier, ctx.now());
    return;
  }
  if (member.membershipStatus === MembershipStatus.DECEASED) {
    dossier.status = DossierStatus.CLOSED;
    return;
  }
  if (dossier.status !== DossierStatus.ESTABLISHING && dossier.status !== DossierStatus.COMPLETE) return;
  await tx.flush();
  const [catalogue, present] = await Promise.all([selectCatalogue(tx), presentCategories(tx, [dossier.id])]);
  const { complete } = computeCompleteness(catalogue, member.stage, present.get(dossier.id)?.categories ?? new Set());
  if (complete && dossier.status === DossierStatus.ESTABLISHING) {
    dossier.status = DossierStatus.COMPLETE;
    dossier.completedAt = ctx.now();
  } else if (!complete && dossier.status === DossierStatus.COMPLETE) {
    dossier.status = DossierStatus.ESTABLISHING;
    dossier.completedAt = null;
    dossier.completionDeadline = new Date(ctx.now().getTime() + ctx.settings.DOSSIER_COMPLETION_DAYS * DAY);
  }
}

/** Overdue (requirements §2): still establishing past its completion deadline. */
export const isOverdue = (dossier: Pick<DossierRecord, 'status' | 'completionDeadline'>, now: Date) =>
  dossier.status === DossierStatus.ESTABLISHING && dossier.completionDeadline.getTime() < now.getTime();

export interface DossierFilterInput {
  custodianId?: string | null;
  status?: DossierStatus | null;
  overdue?: boolean | null;
  organizationId?: string | null;
}

/**
 * Rows a reader reaches: members of their subtree (`read`), or dossiers their archive office
 * keeps (`custody`). As SQL on aliases `o` (member's organisation) and `d` (dossier).
 */
export function readableSql(ctx: ServiceContext, read: 'member.read' | 'dossier.read') {
  const root = scopeRoot(ctx.actor, read);
  const subtree = subtreeSql('o.path', root);
  const custodian = custodyOf(ctx.actor, 'dossier.keep');
  return custodian === null
    ? subtree
    : { sql: `(${subtree.sql} or d.custodian_id = ?)`, params: [...subtree.params, custodian] };
}

/**
 * Rows the `members` and `dossiers` lists show: readableSql for a caller whose roles read them,
 * and the dossiers the caller's active grants cover (policy.withGrantedDossiers); the lifecycle
 * lists and statistics stay readableSql's (a grant is for consulting, not for keeping).
 */
export async function listableSql(ctx: ServiceContext, read: 'member.read' | 'dossier.read') {
  return withGrantedDossiers(ctx, hasActionRole(ctx.actor, read) ? readableSql(ctx, read) : null);
}

/**
 * The members of an organisation's subtree named in a filter, as SQL on `m.organization_id`:
 * the subtree's organisations by their path index, then the members by their organisation index
 * (with `membership_status` when filtered too). A range on the joined `o.path` instead let both
 * dialects start from every member of a status and look up each one's organisation: at 100 000
 * members the count of a page then cost ~50 ms on SQLite (docs/performance.md, issue 9).
 */
export async function memberOrganizationFilter(
  ctx: ServiceContext,
  id: string,
  field: string,
): Promise<{ sql: string; params: unknown[] }> {
  const subtree = subtreeSql('path', await filterOrganizationPath(ctx, id, field));
  return { sql: `m.organization_id in (select id from organization where ${subtree.sql})`, params: subtree.params };
}

/** The path of an organisation named in a filter, for a subtree condition. */
export async function filterOrganizationPath(ctx: ServiceContext, id: string, field: string): Promise<string> {
  const rows = await selectRows<{ path: string }>(ctx.em, 'select path from organization where id = ?', [
    parseId(id, field),
  ]);
  if (!rows.length) throw badInput(field, 'common.notFound', { entity: 'Organization' });
  return rows[0].path;
}

export async function listDossiers(
  ctx: ServiceContext,
  filter: DossierFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<DossierRecord>> {
  const scope = await listableSql(ctx, 'dossier.read');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (filter.custodianId) {
    where.push('d.custodian_id = ?');
    params.push(parseId(filter.custodianId, 'custodianId'));
  }
  if (filter.status) {
    where.push('d.status = ?');
    params.push(filter.status);
  }
  if (filter.overdue != null) {
    where.push(
      filter.overdue
        ? `(d.status = 'ESTABLISHING' and d.completion_deadline < ?)`
        : `(d.status <> 'ESTABLISHING' or d.completion_deadline >= ?)`,
    );
    params.push(ctx.now());
  }
  if (filter.organizationId) {
    const subtree = await memberOrganizationFilter(ctx, filter.organizationId, 'organizationId');
    where.push(subtree.sql);
    params.push(...subtree.params);
  }
  return pageOfDossiers(ctx, where, params, page, totalCount);
}

/** One keyset page of dossiers (members joined as `m`, their organisations as `o`) and its count. */
export async function pageOfDossiers(
  ctx: ServiceContext,
  where: string[],
  params: unknown[],
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<DossierRecord>> {
  const projection = dossierProjection(ctx.em);
  const from = `from dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id where ${where.join(' and ')}`;
  const after = page.afterId ? ' and d.id > ?' : '';
  const [rows, counted] = await Promise.all([
    selectRows(ctx.em, `select ${projection.select} ${from}${after} order by d.id limit ?`, [
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

/**
 * One dossier the caller may read (role, custody or grant); NOT_FOUND otherwise — the same
 * answer as for an id that does not exist, so existence is not revealed.
 */
export async function getDossier(ctx: ServiceContext, id: string): Promise<DossierRecord> {
  const projection = dossierProjection(ctx.em);
  const rows = await selectRows<Record<string, unknown>>(
    ctx.em,
    `select ${projection.select}, o.path as "memberPath" from dossier d join member m on m.id = d.member_id
      join organization o on o.id = m.organization_id where d.id = ?`,
    [parseId(id)],
  );
  if (!rows.length) throw notFound('Dossier');
  const dossier = projection.read(rows[0]);
  try {
    await authorizeDossierRead(ctx, 'dossier.read', 'dossier.keep', {
      organizationPath: rows[0].memberPath as string,
      custodianId: dossier.custodian.id,
      dossierId: dossier.id,
    });
  } catch {
    throw notFound('Dossier');
  }
  return dossier;
}
