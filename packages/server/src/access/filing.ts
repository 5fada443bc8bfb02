import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { notifyStepOpened } from './decide-notifications';
import { noticeOf } from './decide.service';
import { selectCatalogue } from '../dossiers/dossier.records';
import { Sensitivity } from '../dossiers/material-category.entity';
import { isSha256 } from '../files/file-store';
import { StoredFile } from '../files/stored-file.entity';
import { chinaToday } from '../members/member-validation';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { authorizeFiling, decideAccessRequestRead, mayWithdrawAccessRequest } from '../policy/access-requests';
import { Actor } from '../policy/actor';
import { badInput, conflict, DomainError, forbidden, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { placeholders, selectRows } from '../shared/lean-rows';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { AccessPurpose } from './access-purpose.entity';
import {
  AccessRequest,
  AccessRequestDossier,
  AccessRequestStatus,
  AccessStep,
  AccessStepDepartment,
  DepartmentDecision,
  StepStatus,
} from './access-request.entity';
import { ACCESS_SCOPES, AccessScope, joinList } from './access-scope';
import { ChainTemplateRecord } from './access.types';
import { effectiveTemplates, ResolvedStep, unionOfSteps } from './chain-templates';
import { conflictOf, partiesOf, partyOfUser } from './conflicts';
import { Dossier } from '../dossiers/dossier.entity';

export const FILING_LIMITS = {
  maxDossiers: 20,
  justificationMin: 10,
  justificationMax: 2000,
  purposeDetailsMax: 500,
  fileNameMax: 200,
} as const;

const HOUR = 3600_000;

export interface CreateAccessRequest {
  dossierIds: readonly string[];
  scope: readonly AccessScope[];
  /** Narrows MATERIALS / RESTRICTED to these categories; omitted or empty: every category of the scopes. */
  categoryIds?: readonly string[] | null;
  /** A purpose's code (or its name); other text is filed as OTHER with the text as its details. */
  purpose: string;
  purposeDetails?: string | null;
  justification: string;
  justificationFile?: { sha256: string; fileName: string } | null;
  /** Days the grant lasts; omitted: ACCESS_DEFAULT_DAYS. */
  durationDays?: number | null;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_NAME = /[\\/\u0000-\u001f\u007f]/g;

/** What can be checked without the database: counts, lists, lengths, ranges. */
function checkedInput(ctx: ServiceContext, input: CreateAccessRequest) {
  if (!input.dossierIds.length) throw badInput('dossierIds', 'access.noDossiers');
  if (input.dossierIds.length > FILING_LIMITS.maxDossiers) {
    throw badInput('dossierIds', 'access.tooManyDossiers', { max: FILING_LIMITS.maxDossiers });
  }
  const dossierIds = input.dossierIds.map((id, i) => parseId(id, `dossierIds.${i}`));
  dossierIds.forEach((id, i) => {
    if (dossierIds.indexOf(id) !== i) throw badInput(`dossierIds.${i}`, 'access.dossierTwice');
  });
  if (!input.scope.length) throw badInput('scope', 'access.noScope');
  if (new Set(input.scope).size !== input.scope.length) throw badInput('scope', 'access.scopeTwice');
  const scopes = ACCESS_SCOPES.filter((scope) => input.scope.includes(scope));
  const categoryIds = (input.categoryIds ?? []).map((id, i) => parseId(id, `categoryIds.${i}`));
  categoryIds.forEach((id, i) => {
    if (categoryIds.indexOf(id) !== i) throw badInput(`categoryIds.${i}`, 'access.categoryTwice');
  });
  const justification = input.justification.trim();
  if (justification.length < FILING_LIMITS.justificationMin || justification.length > FILING_LIMITS.justificationMax) {
    throw badInput('justification', 'access.justificationLength', {
      min: FILING_LIMITS.justificationMin,
      max: FILING_LIMITS.justificationMax,
    });
  }
  const details = input.purposeDetails?.trim() || null;
  if (details && details.length > FILING_LIMITS.purposeDetailsMax) {
    throw badInput('purposeDetails', 'common.tooLong', { max: FILING_LIMITS.purposeDetailsMax });
  }
  const durationDays = input.durationDays ?? ctx.settings.ACCESS_DEFAULT_DAYS;
  if (!Number.isInteger(durationDays) || durationDays < 1 || durationDays > ctx.settings.ACCESS_MAX_DAYS) {
    throw badInput('durationDays', 'access.duration', { max: ctx.settings.ACCESS_MAX_DAYS });
  }
  let file: { sha256: string; fileName: string } | null = null;
  if (input.justificationFile) {
    const sha256 = input.justificationFile.sha256.trim().toLowerCase();
    if (!isSha256(sha256)) throw badInput('justificationFile.sha256', 'files.invalidSha256');
    const fileName = input.justificationFile.fileName.replace(UNSAFE_NAME, '_').trim();
    if (!fileName) throw badInput('justificationFile.fileName', 'common.required');
    if (fileName.length > FILING_LIMITS.fileNameMax) {
      throw badInput('justificationFile.fileName', 'common.tooLong', { max: FILING_LIMITS.fileNameMax });
    }
    file = { sha256, fileName };
  }
  return { dossierIds, scopes, categoryIds, justification, details, durationDays, file };
}

/** The purpose named by code or name; free text is filed as OTHER (api.md: `purpose: String!`). */
async function purposeOf(tx: EntityManager, text: string, details: string | null) {
  const wanted = text.trim();
  if (!wanted) throw badInput('purpose', 'common.required');
  const all = await tx.find(AccessPurpose, {});
  const lower = wanted.toLowerCase();
  const named = all.find(
    (p) => p.code === wanted.toUpperCase() || p.nameZh === wanted || p.nameEn.toLowerCase() === lower,
  );
  if (named && !named.active) throw badInput('purpose', 'access.purposeInactive', { name: named.nameZh });
  const other = all.find((p) => p.code === 'OTHER' && p.active);
  const purpose = named ?? other;
  if (!purpose) throw badInput('purpose', 'access.purposeUnknown');
  const purposeDetails = named ? details : (details ?? wanted.slice(0, FILING_LIMITS.purposeDetailsMax));
  if (purpose.requiresDetails && !purposeDetails) throw badInput('purposeDetails', 'access.purposeDetailsRequired');
  return { purpose, purposeDetails };
}

/** Categories exist, are active and belong to a requested scope; each narrowed scope keeps one. */
async function checkCategories(tx: EntityManager, categoryIds: number[], scopes: AccessScope[]) {
  if (!categoryIds.length) return;
  const catalogue = await selectCatalogue(tx);
  const scopeOf = (sensitivity: Sensitivity) =>
    sensitivity === Sensitivity.RESTRICTED ? AccessScope.RESTRICTED : AccessScope.MATERIALS;
  const covered = new Set<AccessScope>();
  categoryIds.forEach((id, i) => {
    const category = catalogue.find((each) => each.id === id);
    if (!category || !category.active) throw badInput(`categoryIds.${i}`, 'access.categoryUnknown');
    const scope = scopeOf(category.sensitivity);
    if (!scopes.includes(scope)) {
      throw badInput(`categoryIds.${i}`, 'access.categoryOutsideScope', { name: category.nameZh, scope });
    }
    covered.add(scope);
  });
  for (const scope of [AccessScope.MATERIALS, AccessScope.RESTRICTED]) {
    if (scopes.includes(scope) && !covered.has(scope)) {
      throw badInput('categoryIds', 'access.scopeWithoutCategory', { scope });
    }
  }
}

/**
 * The justification must be a PDF the requester uploaded themselves (an audit entry says so):
 * naming someone else's file, say a material's content by its hash, would make it downloadable
 * through the request.
 */
async function checkJustificationFile(tx: EntityManager, actor: Actor, sha256: string) {
  const stored = await tx.findOne(StoredFile, { sha256 });
  const uploaded = await selectRows(
    tx,
    `select 1 as found from audit_entry a where a.target = ? and a.action = 'FILE_UPLOADED' and a.actor_id = ?`,
    [`StoredFile:${sha256}`, actor.userId],
  );
  if (!stored || !uploaded.length) throw badInput('justificationFile.sha256', 'access.justificationNotUploaded');
  if (stored.contentType !== 'application/pdf')
    throw badInput('justificationFile.sha256', 'access.justificationNotPdf');
}

interface TargetRow {
  dossierId: number;
  memberId: number;
  memberName: string;
  organizationPath: string;
}

async function targetsOf(tx: EntityManager, dossierIds: number[]): Promise<TargetRow[]> {
  const rows = await selectRows<Record<string, unknown>>(
    tx,
    `select d.id as "dossierId", m.id as "memberId", m.name as "memberName", o.path as "organizationPath"
     from dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id
     where d.id in (${placeholders(dossierIds.length)})`,
    dossierIds,
  );
  const byId = new Map(rows.map((row) => [Number(row.dossierId), row]));
  return dossierIds.map((id, i) => {
    const row = byId.get(id);
    if (!row) throw badInput(`dossierIds.${i}`, 'access.dossierUnknown');
    return {
      dossierId: id,
      memberId: Number(row.memberId),
      memberName: row.memberName as string,
      organizationPath: row.organizationPath as string,
    };
  });
}

/** Refuses a dossier of the requester or of a declared relative (issue 10 §2). */
async function checkConflicts(ctx: ServiceContext, tx: EntityManager, actor: Actor, targets: TargetRow[]) {
  const requester = await partyOfUser(tx, ctx.settings.pii, actor.userId);
  // Without the requester's own record nothing could be checked: deny by default.
  if (!requester) throw forbidden('access.requesterNotLinked');
  const parties = await partiesOf(
    tx,
    ctx.settings.pii,
    targets.map((target) => target.memberId),
  );
  targets.forEach((target, i) => {
    const found = conflictOf(requester, parties.get(target.memberId)!);
    if (found === 'self') throw badInput(`dossierIds.${i}`, 'access.conflictSelf');
    if (found === 'relative') throw badInput(`dossierIds.${i}`, 'access.conflictRelative', { name: target.memberName });
  });
}

/**
 * The chain for the dossiers' organisations and the scopes: per scope (in the fixed scope
 * order), the template that applies to each dossier's member organisation, ancestors' first;
 * then their union (unionOfSteps). A scope without a template for some dossier refuses the
 * filing (deny by default); so does a department disabled since the template was set.
 */
async function resolveChain(tx: EntityManager, targets: TargetRow[], scopes: AccessScope[]): Promise<ResolvedStep[]> {
  const paths = [...new Set(targets.map((target) => target.organizationPath))].sort();
  const effective = await effectiveTemplates(tx, paths, scopes);
  const templates: ChainTemplateRecord[] = [];
  for (const scope of scopes) {
    const ofScope = new Map<number, ChainTemplateRecord>();
    for (const path of paths) {
      const template = effective.get(path)!.get(scope);
      if (!template) {
        const target = targets.find((each) => each.organizationPath === path)!;
        throw badInput('scope', 'access.noChain', { scope, name: target.memberName });
      }
      ofScope.set(template.id, template);
    }
    // Ancestors' templates first (shorter paths sort first), so a unit's own steps follow the root's.
    templates.push(...[...ofScope.values()].sort((a, b) => (a.organizationPath < b.organizationPath ? -1 : 1)));
  }
  const steps = unionOfSteps(templates);
  const ids = [...new Set(steps.flatMap((step) => step.departmentIds))];
  const departments = await tx.find(Organization, { id: { $in: ids } });
  for (const department of departments) {
    if (!department.active || department.type !== OrganizationType.DEPARTMENT) {
      throw badInput('scope', 'access.chainDepartmentDisabled', { name: department.name });
    }
  }
  if (departments.length !== ids.length) throw badInput('scope', 'access.chainDepartmentDisabled', { name: '?' });
  return steps;
}

/**
 * The next number of the year, `DY-<year>-<000001>`. Every change runs under the audit chain's
 * lock (runAudited), so two filings never read the same last number; the unique index is the
 * last word all the same.
 */
async function nextNumber(tx: EntityManager, now: Date): Promise<string> {
  const prefix = `DY-${chinaToday(now).slice(0, 4)}-`;
  const rows = await selectRows<{ number: string }>(
    tx,
    `select r.number as number from access_request r where r.number like ? order by length(r.number) desc, r.number desc limit 1`,
    [`${prefix}%`],
  );
  const last = rows.length ? Number(rows[0].number.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(6, '0')}`;
}

/** Freezes the chain onto the request: steps (the first PENDING, the rest WAITING) and department slots. */
function freezeChain(tx: EntityManager, request: AccessRequest, steps: ResolvedStep[], now: Date) {
  steps.forEach((resolved, i) => {
    const step = new AccessStep();
    Object.assign(step, {
      request: ref(request),
      position: i + 1,
      mode: resolved.mode,
      timeLimitHours: resolved.timeLimitHours,
      status: i === 0 ? StepStatus.PENDING : StepStatus.WAITING,
      startedAt: i === 0 ? now : null,
      dueAt: i === 0 && resolved.timeLimitHours ? new Date(now.getTime() + resolved.timeLimitHours * HOUR) : null,
    });
    tx.persist(step);
    for (const departmentId of resolved.departmentIds) {
      const slot = new AccessStepDepartment();
      Object.assign(slot, {
        step: ref(step),
        request: ref(request),
        department: tx.getReference(Organization, departmentId, { wrapped: true }),
      });
      tx.persist(slot);
    }
  });
}

/**
 * `createAccessRequest` (requirements §3, issue 10 §2): checks everything, refuses conflicts of
 * interest, resolves the approval chain from the templates and freezes it onto the request.
 */
export async function createAccessRequest(ctx: ServiceContext, input: CreateAccessRequest): Promise<AccessRequest> {
  const actor = authorizeFiling(ctx.actor);
  const checked = checkedInput(ctx, input);
  return runAudited(ctx, async (tx) => {
    const targets = await targetsOf(tx, checked.dossierIds);
    await checkConflicts(ctx, tx, actor, targets);
    const { purpose, purposeDetails } = await purposeOf(tx, input.purpose, checked.details);
    await checkCategories(tx, checked.categoryIds, checked.scopes);
    if (checked.file) await checkJustificationFile(tx, actor, checked.file.sha256);
    const steps = await resolveChain(tx, targets, checked.scopes);
    const now = ctx.now();
    const request = new AccessRequest();
    Object.assign(request, {
      number: await nextNumber(tx, now),
      requester: tx.getReference(User, actor.userId, { wrapped: true }),
      requesterOrganization: tx.getReference(Organization, actor.organizationId, { wrapped: true }),
      organizationPath: actor.organizationPath,
      scopes: joinList(checked.scopes),
      categoryIds: checked.categoryIds.length ? joinList(checked.categoryIds) : null,
      purpose: ref(purpose),
      purposeDetails,
      justification: checked.justification,
      justificationSha256: checked.file?.sha256 ?? null,
      justificationFileName: checked.file?.fileName ?? null,
      durationDays: checked.durationDays,
      status: AccessRequestStatus.PENDING,
      currentStep: 1,
      filedAt: now,
    });
    tx.persist(request);
    for (const target of targets) {
      const link = new AccessRequestDossier();
      Object.assign(link, {
        request: ref(request),
        dossier: tx.getReference(Dossier, target.dossierId, { wrapped: true }),
      });
      tx.persist(link);
    }
    freezeChain(tx, request, steps, now);
    await tx.flush();
    await notifyStepOpened(tx, noticeOf(request), { position: 1 }, steps[0].departmentIds, now);
    const codes = new Map(
      (await tx.find(Organization, { id: { $in: [...new Set(steps.flatMap((s) => s.departmentIds))] } })).map((o) => [
        o.id,
        o.code,
      ]),
    );
    return {
      result: request,
      audit: {
        action: 'ACCESS_REQUEST_FILED',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
        details: {
          dossiers: checked.dossierIds,
          scopes: checked.scopes,
          categories: checked.categoryIds,
          purpose: purpose.code,
          durationDays: checked.durationDays,
          justificationFile: checked.file?.sha256 ?? null,
          chain: steps.map((step) => ({
            mode: step.mode,
            departments: step.departmentIds.map((id) => codes.get(id) ?? id),
            timeLimitHours: step.timeLimitHours,
          })),
        },
      },
    };
  });
}

/** The departments with a slot in a request's chain (what approvers' visibility rests on). */
export async function chainDepartmentsOf(em: EntityManager, requestId: number): Promise<number[]> {
  const rows = await selectRows<{ id: number | string }>(
    em,
    'select distinct s.department_id as id from access_step_department s where s.request_id = ?',
    [requestId],
  );
  return rows.map((row) => Number(row.id));
}

/**
 * The requester withdraws a pending request (issue 10 §2): its steps not yet decided are
 * CANCELLED and the undecided slots NOT_NEEDED. Each step's version moves, so a decision racing
 * with the withdrawal on that step loses with CONFLICT. Anyone who may not see the request gets
 * NOT_FOUND; one who may see it but did not file it, FORBIDDEN.
 */
export async function withdrawAccessRequest(
  ctx: ServiceContext,
  requestId: string,
  version?: number | null,
): Promise<AccessRequest> {
  const id = parseId(requestId, 'requestId');
  return runAudited(ctx, async (tx) => {
    const request = await tx.findOne(AccessRequest, id, forUpdate(tx));
    if (!request) throw notFound('AccessRequest');
    const facts = {
      requesterId: request.requester.id,
      organizationPath: request.organizationPath,
      departmentIds: await chainDepartmentsOf(tx, request.id),
    };
    if (!decideAccessRequestRead(ctx.actor, facts).allowed) throw notFound('AccessRequest');
    if (!mayWithdrawAccessRequest(ctx.actor, facts)) throw forbidden('access.onlyRequesterWithdraws');
    if (version != null && version !== request.version) throw conflict();
    if (request.status !== AccessRequestStatus.PENDING) {
      throw new DomainError('CONFLICT', 'access.notPending', { status: request.status });
    }
    const now = ctx.now();
    const steps = await tx.find(AccessStep, { request: request.id }, forUpdate(tx));
    for (const step of steps) {
      if (step.status === StepStatus.PENDING || step.status === StepStatus.WAITING) {
        step.status = StepStatus.CANCELLED;
        step.completedAt = now;
      }
    }
    await tx.nativeUpdate(
      AccessStepDepartment,
      { request: request.id, decision: DepartmentDecision.PENDING },
      { decision: DepartmentDecision.NOT_NEEDED },
    );
    request.status = AccessRequestStatus.WITHDRAWN;
    request.currentStep = null;
    request.closedAt = now;
    await tx.flush();
    return {
      result: request,
      audit: {
        action: 'ACCESS_REQUEST_WITHDRAWN',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
      },
    };
  });
}
