import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { Organization } from '../organizations/organization.entity';
import { ACCESS_SCOPES, joinList, StepMode } from './access-scope';
import { ChainTemplate, ChainTemplateStep } from './chain-template.entity';
import { seedAccessPurposes } from './purposes';

/** api.md demo rule: whatever the scope, one joint step (会签) of these departments, within 72 hours. */
const DEMO_CHAIN = { organization: 'SZ', departments: ['SZ-ZZB', 'SZ-JW'], timeLimitHours: 72 } as const;

/**
 * The purposes and the root's approval chains of the demo (idempotent: only what is missing).
 * Every scope gets the same chain, as api.md's demo rule has it; a longer chain for RESTRICTED
 * would need a third deciding department, which the demo's users do not staff.
 */
export async function seedDemoAccess(em: EntityManager): Promise<string[]> {
  const created = await seedAccessPurposes(em);
  const byCode = new Map(
    (await em.find(Organization, { code: [DEMO_CHAIN.organization, ...DEMO_CHAIN.departments] })).map((o) => [
      o.code,
      o,
    ]),
  );
  const root = byCode.get(DEMO_CHAIN.organization);
  const departments = DEMO_CHAIN.departments.map((code) => byCode.get(code));
  if (!root || departments.some((department) => !department)) return created;
  const existing = new Set((await em.find(ChainTemplate, { organization: root.id })).map((t) => t.scope));
  for (const scope of ACCESS_SCOPES) {
    if (existing.has(scope)) continue;
    const template = Object.assign(new ChainTemplate(), { organization: ref(root), scope });
    const step = Object.assign(new ChainTemplateStep(), {
      template: ref(template),
      position: 1,
      mode: StepMode.ALL_OF,
      departmentIds: joinList(departments.map((department) => department!.id)),
      timeLimitHours: DEMO_CHAIN.timeLimitHours,
    });
    em.persist([template, step]);
    created.push(`ChainTemplate:${DEMO_CHAIN.organization}:${scope}`);
  }
  return created;
}
