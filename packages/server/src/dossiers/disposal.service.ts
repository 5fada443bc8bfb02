import { ref } from '@mikro-orm/core';
import { runAudited } from '../audit/audited-change';
import { isCalendarDate } from '../members/id-number';
import { chinaToday } from '../members/member-validation';
import { Organization } from '../organizations/organization.entity';
import { custodyOf, scopeRoot } from '../policy/policy';
import { badInput, conflict, forbidden } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { selectRows } from '../shared/lean-rows';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { materialProjection, MaterialRecord } from './dossier.records';
import { memberOrganizationFilter, readableSql } from './dossier.service';
import { DisposalBatch, DisposalMethod } from './lifecycle.entities';
import { Material, MaterialStatus } from './material.entity';

/** The most materials one batch may dispose of: a decision names what it covers. */
export const MAX_DISPOSAL_BATCH = 200;

export interface DisposalDecision {
  method: DisposalMethod;
  decisionNote: string;
  /** YYYY-MM-DD of the decision; not in the future. */
  decidedOn: string;
}

function validDecision(decision: DisposalDecision, today: string): DisposalDecision {
  const note = decision.decisionNote.trim();
  if (note.length < 5 || note.length > 1000) throw badInput('decisionNote', 'lifecycle.decisionNoteLength');
  const day = decision.decidedOn.trim();
  if (!isCalendarDate(day)) throw badInput('decidedOn', 'member.dateFormat');
  if (day > today) throw badInput('decidedOn', 'member.dateInFuture');
  return { method: decision.method, decisionNote: note, decidedOn: day };
}

function validIds(materialIds: readonly string[]): number[] {
  if (!materialIds.length) throw badInput('materialIds', 'lifecycle.disposalEmpty');
  if (materialIds.length > MAX_DISPOSAL_BATCH) {
    throw badInput('materialIds', 'lifecycle.disposalTooMany', { max: MAX_DISPOSAL_BATCH });
  }
  return [...new Set(materialIds.map((id) => parseId(id, 'materialIds')))].sort((a, b) => a - b);
}

/**
 * Central processing (集中处理, requirements §2): disposes of selected invalidated materials of
 * the caller's archive office in one batch with its decision record. All or nothing: an id that
 * is not an invalidated material in custody refuses the batch, naming it; a material another
 * batch disposed of meanwhile is a CONFLICT. Rows are locked in id order, so two batches over
 * the same materials wait for each other instead of deadlocking.
 */
export async function disposeMaterials(
  ctx: ServiceContext,
  materialIds: readonly string[],
  decision: DisposalDecision,
): Promise<DisposalBatch> {
  const custodianId = custodyOf(ctx.actor, 'dossier.keep');
  if (custodianId === null) throw forbidden();
  const ids = validIds(materialIds);
  const checked = validDecision(decision, chinaToday(ctx.now()));
  return runAudited(ctx, async (tx) => {
    const materials = await tx.find(
      Material,
      { id: { $in: ids } },
      { ...forUpdate(tx), populate: ['dossier'], orderBy: { id: 'asc' } },
    );
    const byId = new Map(materials.map((material) => [material.id, material]));
    for (const id of ids) {
      const material = byId.get(id);
      // Outside custody reads as unknown: the caller learns nothing of other offices' materials.
      if (!material || material.dossier.getEntity().custodian.id !== custodianId) {
        throw badInput('materialIds', 'lifecycle.disposalNotKept', { id });
      }
      if (material.status === MaterialStatus.DISPOSED) throw conflict('lifecycle.disposalConcurrent', { id });
      if (material.status !== MaterialStatus.INVALIDATED) {
        throw badInput('materialIds', 'lifecycle.disposalNotInvalidated', { id });
      }
    }
    const custodian = await tx.findOneOrFail(Organization, custodianId);
    const batch = new DisposalBatch();
    batch.custodian = ref(custodian);
    batch.decidedBy = ref(tx.getReference(User, ctx.actor!.userId));
    batch.decidedAt = ctx.now();
    batch.decidedOn = checked.decidedOn;
    batch.method = checked.method;
    batch.decisionNote = checked.decisionNote;
    batch.materialIds = ids;
    for (const material of materials) material.status = MaterialStatus.DISPOSED;
    tx.persist(batch);
    await tx.flush();
    return {
      result: batch,
      audit: {
        action: 'MATERIALS_DISPOSED',
        target: `DisposalBatch:${batch.id}`,
        label: custodian.name,
        organizationPath: custodian.path,
        details: { method: batch.method, decidedOn: batch.decidedOn, materialIds: ids },
      },
    };
  });
}

export interface MaterialListFilterInput {
  dossierId?: string | null;
  organizationId?: string | null;
}

/** Invalidated materials awaiting central processing in the caller's archive office. */
export async function listInvalidatedMaterials(
  ctx: ServiceContext,
  filter: MaterialListFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<MaterialRecord>> {
  scopeRoot(ctx.actor, 'dossier.keep');
  const custodianId = custodyOf(ctx.actor, 'dossier.keep')!;
  return pageOfMaterials(
    ctx,
    ['d.custodian_id = ?', `x.status = 'INVALIDATED'`],
    [custodianId],
    filter,
    page,
    totalCount,
  );
}

/**
 * Current materials filed later than their category's limit (requirements §2), in the dossiers
 * the caller may read. `lateFiling` is decided when a material is filed or revised.
 */
export async function listLateFilings(
  ctx: ServiceContext,
  filter: MaterialListFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<MaterialRecord>> {
  const scope = readableSql(ctx, 'dossier.read');
  return pageOfMaterials(
    ctx,
    [scope.sql, 'x.late_filing = ?', `x.status = 'CURRENT'`],
    [...scope.params, true],
    filter,
    page,
    totalCount,
  );
}

async function pageOfMaterials(
  ctx: ServiceContext,
  where: string[],
  params: unknown[],
  filter: MaterialListFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<MaterialRecord>> {
  const conditions = [...where];
  const values = [...params];
  if (filter.dossierId) {
    conditions.push('d.id = ?');
    values.push(parseId(filter.dossierId, 'dossierId'));
  }
  if (filter.organizationId) {
    const subtree = await memberOrganizationFilter(ctx, filter.organizationId, 'organizationId');
    conditions.push(subtree.sql);
    values.push(...subtree.params);
  }
  const projection = materialProjection(ctx.em);
  const from = `from material x join dossier d on d.id = x.dossier_id join member m on m.id = d.member_id
    join organization o on o.id = m.organization_id where ${conditions.join(' and ')}`;
  const after = page.afterId ? ' and x.id > ?' : '';
  const [rows, counted] = await Promise.all([
    selectRows(ctx.em, `select ${projection.select} ${from}${after} order by x.id limit ?`, [
      ...values,
      ...(page.afterId ? [page.afterId] : []),
      page.limit + 1,
    ]),
    totalCount ? selectRows<{ count: number | string }>(ctx.em, `select count(*) as count ${from}`, values) : null,
  ]);
  return toPage(
    rows.map((row) => projection.read(row)),
    page.limit,
    counted ? Number(counted[0].count) : null,
  );
}
