import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { authorize } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { placeholders, selectRows } from '../shared/lean-rows';
import { forUpdate, lockName } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { ACCESS_SCOPES, AccessScope, joinList, splitIds, StepMode } from './access-scope';
import { ChainStepRecord, ChainTemplateRecord, ScopeChainTemplate } from './access.types';
import { ChainTemplate, ChainTemplateStep } from './chain-template.entity';

/** Limits of a template: enough for any real chain, small enough to stay a readable form. */
export const CHAIN_LIMITS = { maxSteps: 10, maxDepartments: 10, minHours: 1, maxHours: 720 } as const;

export interface ChainStepInput {
  mode: StepMode;
  departmentIds: readonly string[];
  timeLimitHours?: number | null;
}

export interface SetChainTemplate {
  organizationId: string;
  scope: AccessScope;
  steps: readonly ChainStepInput[];
  /** The version being replaced; omitted (null) when creating. A stale one is a CONFLICT. */
  version?: number | null;
}

/** `/A/B/C/` → `['/A/', '/A/B/', '/A/B/C/']`: the organisation and its ancestors, root first. */
export function ancestorPaths(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  return codes.map((_, i) => `/${codes.slice(0, i + 1).join('/')}/`);
}

/** Templates set on organisations at these paths (for these scopes), with their steps in order. */
async function templatesAt(
  em: EntityManager,
  paths: readonly string[],
  scopes: readonly AccessScope[] = ACCESS_SCOPES,
): Promise<ChainTemplateRecord[]> {
  if (!paths.length || !scopes.length) return [];
  const rows = await selectRows<Record<string, unknown>>(
    em,
    `select t.id as id, t.version as version, t.updated_at as "updatedAt", t.scope as scope,
       o.id as "organizationId", o.path as "organizationPath"
     from chain_template t join organization o on o.id = t.organization_id
     where o.path in (${placeholders(paths.length)}) and t.scope in (${placeholders(scopes.length)})
     order by o.path, t.id`,
    [...paths, ...scopes],
  );
  if (!rows.length) return [];
  const steps = await selectRows<Record<string, unknown>>(
    em,
    `select s.template_id as "templateId", s.position as position, s.mode as mode,
       s.department_ids as "departmentIds", s.time_limit_hours as "timeLimitHours"
     from chain_template_step s where s.template_id in (${placeholders(rows.length)}) order by s.template_id, s.position`,
    rows.map((row) => row.id),
  );
  const stepsOf = new Map<number, ChainStepRecord[]>(rows.map((row) => [Number(row.id), []]));
  for (const step of steps) {
    stepsOf.get(Number(step.templateId))!.push({
      position: Number(step.position),
      mode: step.mode as StepMode,
      departmentIds: splitIds(step.departmentIds as string),
      timeLimitHours: step.timeLimitHours == null ? null : Number(step.timeLimitHours),
    });
  }
  return rows.map((row) => ({
    id: Number(row.id),
    version: Number(row.version),
    updatedAt: row.updatedAt instanceof Date ? row.updatedAt : new Date(row.updatedAt as number),
    organizationId: Number(row.organizationId),
    organizationPath: row.organizationPath as string,
    scope: row.scope as AccessScope,
    steps: stepsOf.get(Number(row.id))!,
  }));
}

/**
 * The template that applies to members of the organisation at `path` for each scope: the
 * nearest ancestor-or-self that sets one (requirements §3: chains are inherited down the tree).
 */
export async function effectiveTemplates(
  em: EntityManager,
  paths: readonly string[],
  scopes: readonly AccessScope[] = ACCESS_SCOPES,
): Promise<Map<string, Map<AccessScope, ChainTemplateRecord>>> {
  const all = await templatesAt(em, [...new Set(paths.flatMap(ancestorPaths))], scopes);
  const result = new Map<string, Map<AccessScope, ChainTemplateRecord>>();
  for (const path of paths) {
    const byScope = new Map<AccessScope, ChainTemplateRecord>();
    // `all` is in path order: a nearer (longer) ancestor comes later and wins.
    for (const template of all) if (path.startsWith(template.organizationPath)) byScope.set(template.scope, template);
    result.set(path, byScope);
  }
  return result;
}

async function organizationFor(em: EntityManager, id: string): Promise<Organization> {
  const organization = await em.findOne(Organization, parseId(id, 'organizationId'));
  if (!organization) throw badInput('organizationId', 'common.notFound', { entity: 'Organization' });
  return organization;
}

/** `chainTemplates(organizationId)`: per scope, the template set there and the one that applies. */
export async function listChainTemplates(ctx: ServiceContext, organizationId: string): Promise<ScopeChainTemplate[]> {
  const organization = await organizationFor(ctx.em, organizationId);
  authorize(ctx.actor, 'chainTemplate.read', { organizationPath: organization.path });
  const effective = (await effectiveTemplates(ctx.em, [organization.path])).get(organization.path)!;
  return ACCESS_SCOPES.map((scope) => scopeChain(scope, organization.id, effective.get(scope) ?? null));
}

const scopeChain = (
  scope: AccessScope,
  organizationId: number,
  effective: ChainTemplateRecord | null,
): ScopeChainTemplate => ({
  scope,
  template: effective?.organizationId === organizationId ? effective : null,
  effective,
  inherited: !!effective && effective.organizationId !== organizationId,
});

/**
 * Checks a template's steps (issue 10 §1): at least one step, none empty, each department known,
 * of type DEPARTMENT, enabled and named once per step, the time limit within bounds. Errors
 * name the field path (`steps.1.departmentIds`), so the form marks the step at fault.
 */
export async function validatedSteps(em: EntityManager, steps: readonly ChainStepInput[]): Promise<ChainStepRecord[]> {
  if (!steps.length) throw badInput('steps', 'chain.noSteps');
  if (steps.length > CHAIN_LIMITS.maxSteps)
    throw badInput('steps', 'chain.tooManySteps', { max: CHAIN_LIMITS.maxSteps });
  const parsed = steps.map((step, i) => {
    const field = `steps.${i}.departmentIds`;
    if (!step.departmentIds.length) throw badInput(field, 'chain.emptyStep', { step: i + 1 });
    if (step.departmentIds.length > CHAIN_LIMITS.maxDepartments) {
      throw badInput(field, 'chain.tooManyDepartments', { max: CHAIN_LIMITS.maxDepartments });
    }
    const ids = step.departmentIds.map((id) => parseId(id, field));
    if (new Set(ids).size !== ids.length) throw badInput(field, 'chain.departmentTwice', { step: i + 1 });
    const hours = step.timeLimitHours ?? null;
    if (
      hours !== null &&
      !(Number.isInteger(hours) && hours >= CHAIN_LIMITS.minHours && hours <= CHAIN_LIMITS.maxHours)
    ) {
      throw badInput(`steps.${i}.timeLimitHours`, 'chain.timeLimit', {
        min: CHAIN_LIMITS.minHours,
        max: CHAIN_LIMITS.maxHours,
      });
    }
    return { position: i + 1, mode: step.mode, departmentIds: ids, timeLimitHours: hours };
  });
  const ids = [...new Set(parsed.flatMap((step) => step.departmentIds))];
  const departments = new Map(
    (await em.find(Organization, { id: { $in: ids } }, { fields: ['id', 'name', 'type', 'active'] })).map((o) => [
      o.id,
      o,
    ]),
  );
  parsed.forEach((step, i) => {
    for (const id of step.departmentIds) {
      const department = departments.get(id);
      const field = `steps.${i}.departmentIds`;
      if (!department) throw badInput(field, 'chain.departmentUnknown', { step: i + 1, id });
      if (department.type !== OrganizationType.DEPARTMENT) {
        throw badInput(field, 'chain.notDepartment', { step: i + 1, name: department.name });
      }
      if (!department.active) throw badInput(field, 'chain.departmentDisabled', { step: i + 1, name: department.name });
    }
  });
  return parsed;
}

/** Locks one organisation's template of a scope (a template being created has no row to lock yet). */
const lockTemplate = (tx: EntityManager, organizationId: string, scope: AccessScope) =>
  lockName(tx, 'chainTemplate', `${organizationId}:${scope}`);

async function templateEvent(tx: EntityManager, action: string, template: ChainTemplate, organization: Organization) {
  const steps = await tx.find(ChainTemplateStep, { template: template.id }, { orderBy: { position: 'asc' } });
  const ids = [...new Set(steps.flatMap((step) => splitIds(step.departmentIds)))];
  const codes = new Map((await tx.find(Organization, { id: { $in: ids } })).map((o) => [o.id, o.code]));
  return {
    action,
    target: `ChainTemplate:${template.id}`,
    label: `${organization.name} · ${template.scope}`,
    organizationPath: organization.path,
    details: {
      organization: organization.code,
      scope: template.scope,
      steps: steps.map((step) => ({
        mode: step.mode,
        departments: splitIds(step.departmentIds).map((id) => codes.get(id) ?? id),
        timeLimitHours: step.timeLimitHours ?? null,
      })),
    },
  };
}

/**
 * Creates or replaces an organisation's template for a scope (ADMIN of the subtree). Requests
 * already filed keep the chain frozen onto them; only later filings see the change.
 */
export async function setChainTemplate(ctx: ServiceContext, input: SetChainTemplate): Promise<ScopeChainTemplate> {
  return runAudited(
    ctx,
    (tx) => lockTemplate(tx, input.organizationId, input.scope),
    async (tx) => {
      const organization = await organizationFor(tx, input.organizationId);
      authorize(ctx.actor, 'chainTemplate.manage', { organizationPath: organization.path });
      const steps = await validatedSteps(tx, input.steps);
      let template = await tx.findOne(
        ChainTemplate,
        { organization: organization.id, scope: input.scope },
        forUpdate(tx),
      );
      if (template) {
        if (input.version == null || template.version !== input.version) throw conflict();
        await tx.nativeDelete(ChainTemplateStep, { template: template.id });
        // A new set of steps is a new version of the template, though no column of its own changed.
        template.updatedAt = new Date(Math.max(ctx.now().getTime(), template.updatedAt.getTime() + 1));
      } else {
        if (input.version != null) throw conflict();
        template = new ChainTemplate();
        template.organization = ref(organization);
        template.scope = input.scope;
        tx.persist(template);
      }
      for (const step of steps) {
        const row = new ChainTemplateStep();
        Object.assign(row, {
          template: ref(template),
          position: step.position,
          mode: step.mode,
          departmentIds: joinList(step.departmentIds),
          timeLimitHours: step.timeLimitHours,
        });
        tx.persist(row);
      }
      await tx.flush();
      const record: ChainTemplateRecord = {
        id: template.id,
        version: template.version,
        updatedAt: template.updatedAt,
        organizationId: organization.id,
        organizationPath: organization.path,
        scope: input.scope,
        steps,
      };
      return {
        result: scopeChain(input.scope, organization.id, record),
        audit: await templateEvent(tx, 'CHAIN_TEMPLATE_SET', template, organization),
      };
    },
  );
}

/** Removes an organisation's template for a scope: its members fall back to the inherited one. */
export async function removeChainTemplate(
  ctx: ServiceContext,
  input: { organizationId: string; scope: AccessScope; version: number },
): Promise<ScopeChainTemplate> {
  return runAudited(
    ctx,
    (tx) => lockTemplate(tx, input.organizationId, input.scope),
    async (tx) => {
      const organization = await organizationFor(tx, input.organizationId);
      authorize(ctx.actor, 'chainTemplate.manage', { organizationPath: organization.path });
      const template = await tx.findOne(
        ChainTemplate,
        { organization: organization.id, scope: input.scope },
        forUpdate(tx),
      );
      if (!template) throw notFound('ChainTemplate');
      if (template.version !== input.version) throw conflict();
      const audit = await templateEvent(tx, 'CHAIN_TEMPLATE_REMOVED', template, organization);
      await tx.nativeDelete(ChainTemplateStep, { template: template.id });
      tx.remove(template);
      await tx.flush();
      const inherited = (await effectiveTemplates(tx, [organization.path], [input.scope]))
        .get(organization.path)!
        .get(input.scope);
      return { result: scopeChain(input.scope, organization.id, inherited ?? null), audit };
    },
  );
}

/** One step of a request's chain as resolved at filing. */
export interface ResolvedStep {
  mode: StepMode;
  departmentIds: number[];
  timeLimitHours: number | null;
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * The union of templates (requirements §3: a request's chain is the union for its scopes), in
 * the order given (scope by scope, and within a scope the templates of the dossiers' organisations
 * root first). Each department decides in one step only (one person decides at most once per
 * request, so a department asked twice could never finish):
 * - a step identical to one already in the chain (same mode, same departments) is dropped;
 * - an ALL_OF step loses the departments already in an earlier step (they decide there) and is
 *   dropped when none is left;
 * - an ANY_OF step with a department that must approve in an earlier ALL_OF step is already
 *   satisfied by that approval and is dropped; otherwise it loses the departments already in an
 *   earlier ANY_OF step (so it may become stricter, never weaker) and is dropped when none is left.
 * A kept step keeps its own time limit.
 */
export function unionOfSteps(templates: readonly ChainTemplateRecord[]): ResolvedStep[] {
  const chain: ResolvedStep[] = [];
  const deciding = new Set<number>();
  const mustApprove = new Set<number>();
  for (const template of templates) {
    for (const step of template.steps) {
      if (chain.some((kept) => kept.mode === step.mode && sameSet(kept.departmentIds, step.departmentIds))) continue;
      if (step.mode === StepMode.ANY_OF && step.departmentIds.some((id) => mustApprove.has(id))) continue;
      const departmentIds = step.departmentIds.filter((id) => !deciding.has(id));
      if (!departmentIds.length) continue;
      chain.push({ mode: step.mode, departmentIds, timeLimitHours: step.timeLimitHours });
      for (const id of departmentIds) {
        deciding.add(id);
        if (step.mode === StepMode.ALL_OF) mustApprove.add(id);
      }
    }
  }
  return chain;
}
