import { EntityManager } from '@mikro-orm/knex';
import { Settings } from '../config/settings';
import { Organization } from '../organizations/organization.entity';
import { ServiceContext, systemContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { planRotation } from './rotation/index';
import { solutionOf, solverInputOf } from './rotation-mapping';
import { gatherRotationInput } from './rotation-input';
import { saveRotationPlan } from './rotation-plan.service';
import { RotationPlan } from './rotation-plan.entity';
import { addMonths, todayOf } from './staff-dates';

/** The demo's plan: office A's next two years, from the first of next month. */
const DEMO_OFFICE = 'SZ-DA-A';
const DEMO_MONTHS = 24;

/**
 * A DRAFT rotation plan of archive office A solved from the demo staff (api.md demo data: "a
 * rotation plan"), as its manager's `generateRotationPlan` would store it, so the rotation pages
 * show one on a fresh start. Only into a database without plans.
 */
export async function seedDemoRotationPlan(em: EntityManager, settings: Settings, now = new Date()) {
  if ((await em.count(RotationPlan, {})) > 0) return null;
  const manager = await em.findOne(User, { username: 'manager' }, { populate: ['organization'] });
  const office = await em.findOne(Organization, { code: DEMO_OFFICE });
  if (!manager || !office) return null;
  const ctx: ServiceContext = {
    ...systemContext(em, settings),
    now: () => now,
    actor: {
      userId: manager.id,
      username: manager.username,
      roles: manager.roles,
      organizationId: manager.organization.id,
      organizationPath: manager.organization.getEntity().path,
      sessionId: 'demo-data',
    },
  };
  const startDate = addMonths(`${todayOf(ctx).slice(0, 7)}-01`, 1);
  const request = { organizationId: String(office.id), startDate, months: DEMO_MONTHS };
  const result = await planRotation(solverInputOf(await gatherRotationInput(ctx, request)), { timeLimitSeconds: 20 });
  const plan = await saveRotationPlan(ctx, request, solutionOf(result));
  return { plan: plan.id, stays: result.assignments.length, feasible: result.feasible };
}
