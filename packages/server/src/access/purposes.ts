import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { authorize } from '../policy/policy';
import { badInput, conflict } from '../shared/errors';
import { forUpdate, lockName } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { AccessPurpose } from './access-purpose.entity';

const CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

/**
 * The permitted purposes of consulting a dossier (干部人事档案工作条例: 政治审查, 发展党员, 干部考察,
 * 巡视巡察, 审计, 组织处理, 其他): [code, 中文, English, requires details].
 */
export const STANDARD_PURPOSES: [string, string, string, boolean][] = [
  ['POLITICAL_REVIEW', '政治审查', 'Political review', false],
  ['PARTY_DEVELOPMENT', '发展党员', 'Party member development', false],
  ['CADRE_ASSESSMENT', '干部考察', 'Cadre assessment', false],
  ['INSPECTION', '巡视巡察', 'Inspection tour', false],
  ['AUDIT', '审计', 'Audit', false],
  ['ORGANIZATIONAL_HANDLING', '组织处理', 'Organisational handling', false],
  ['OTHER', '其他', 'Other', true],
];

/** Adds the standard purposes that are missing (idempotent); returns what it created. */
export async function seedAccessPurposes(em: EntityManager): Promise<string[]> {
  const existing = new Set((await em.find(AccessPurpose, {}, { fields: ['code'] })).map((p) => p.code));
  const created: string[] = [];
  STANDARD_PURPOSES.forEach(([code, nameZh, nameEn, requiresDetails], i) => {
    if (existing.has(code)) return;
    em.persist(Object.assign(new AccessPurpose(), { code, nameZh, nameEn, requiresDetails, sortOrder: (i + 1) * 10 }));
    created.push(`AccessPurpose:${code}`);
  });
  return created;
}

/** Purposes in display order; inactive ones only for those who manage the list. */
export async function listAccessPurposes(ctx: ServiceContext, includeInactive: boolean): Promise<AccessPurpose[]> {
  authorize(ctx.actor, includeInactive ? 'accessPurpose.manage' : 'accessPurpose.read');
  return ctx.em.find(AccessPurpose, includeInactive ? {} : { active: true }, {
    orderBy: { sortOrder: 'asc', id: 'asc' },
  });
}

export interface SetAccessPurpose {
  code: string;
  nameZh?: string | null;
  nameEn?: string | null;
  requiresDetails?: boolean | null;
  active?: boolean | null;
  sortOrder?: number | null;
  /** The version being changed; omitted when creating. A stale one is a CONFLICT. */
  version?: number | null;
}

/**
 * ADMIN creates a purpose (a new code) or changes one; deactivating keeps it on the requests
 * that named it and off the list new requests choose from.
 */
export async function setAccessPurpose(ctx: ServiceContext, input: SetAccessPurpose): Promise<AccessPurpose> {
  authorize(ctx.actor, 'accessPurpose.manage');
  const code = input.code.trim().toUpperCase();
  if (!CODE.test(code)) throw badInput('code', 'purpose.codeFormat');
  if (input.sortOrder != null && !(Number.isInteger(input.sortOrder) && Math.abs(input.sortOrder) <= 100_000)) {
    throw badInput('sortOrder', 'purpose.sortOrder');
  }
  return runAudited(
    ctx,
    (tx) => lockName(tx, 'accessPurpose', code),
    async (tx) => {
      let purpose = await tx.findOne(AccessPurpose, { code }, forUpdate(tx));
      const creating = !purpose;
      if (purpose) {
        if (input.version == null || purpose.version !== input.version) throw conflict();
      } else {
        if (input.version != null) throw conflict();
        if (input.nameZh == null) throw badInput('nameZh', 'common.required');
        if (input.nameEn == null) throw badInput('nameEn', 'common.required');
        purpose = Object.assign(new AccessPurpose(), { code });
        tx.persist(purpose);
      }
      if (input.nameZh != null) purpose.nameZh = requiredText('nameZh', input.nameZh, 50);
      if (input.nameEn != null) purpose.nameEn = requiredText('nameEn', input.nameEn, 80);
      if (input.requiresDetails != null) purpose.requiresDetails = input.requiresDetails;
      if (input.active != null) purpose.active = input.active;
      if (input.sortOrder != null) purpose.sortOrder = input.sortOrder;
      await tx.flush();
      return {
        result: purpose,
        audit: {
          action: creating ? 'ACCESS_PURPOSE_CREATED' : 'ACCESS_PURPOSE_UPDATED',
          target: `AccessPurpose:${purpose.id}`,
          label: purpose.nameZh,
          details: { code, requiresDetails: purpose.requiresDetails, active: purpose.active },
        },
      };
    },
  );
}
