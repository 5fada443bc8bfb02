import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/db/demo-data';
import { fileStoreFor } from '../src/files/files.service';
import { Assessment } from '../src/staff/assessment.entity';
import { Contract } from '../src/staff/contract.entity';
import { Exchange } from '../src/staff/exchange.entity';
import { Assignment, Post, StaffPreference } from '../src/staff/post.entity';
import { StaffMember } from '../src/staff/staff-member.entity';
import { TrainingAttendance } from '../src/staff/training.entity';
import { selectRows } from '../src/shared/lean-rows';
import { graphql, login } from './support/client';
import { useTestServer } from './support/server';
import { RotationPlan, RotationPlanAssignment } from '../src/staff/rotation-plan.entity';
import { checkRotationPlan } from '../src/staff/rotation/index';
import { gatherRotationInput } from '../src/staff/rotation-input';
import { solverInputOf } from '../src/staff/rotation-mapping';
import { User } from '../src/users/user.entity';
import { actingAs } from './support/dossier-factories';

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-staff-demo-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir }, { resetEachTest: false });
const seed = () =>
  seedDemoData(server.em(), {
    keyring: server.settings.pii,
    files: fileStoreFor(server.settings),
    settings: server.settings,
  });

beforeAll(async () => {
  await server.reset();
  await seed();
});

describe('the demo archive staff (api.md demo data)', () => {
  it('fill both archive offices with posts, contracts, a year of training and current assignments, once', async () => {
    const em = server.em();
    const counts = async () => ({
      staff: await em.count(StaffMember, {}),
      posts: await em.count(Post, {}),
      contracts: await em.count(Contract, {}),
      attendances: await em.count(TrainingAttendance, {}),
      assessments: await em.count(Assessment, {}),
      assignments: await em.count(Assignment, {}),
      exchanges: await em.count(Exchange, {}),
      preferences: await em.count(StaffPreference, {}),
    });
    const once = await counts();
    await seed();

    expect(await counts()).toEqual(once);
    expect(once.staff).toBeGreaterThanOrEqual(12);
    expect(once.staff).toBeLessThanOrEqual(20);
    expect(once.exchanges).toBe(1);
    expect(once.preferences).toBeGreaterThan(0);
    const offices = await selectRows<{ code: string }>(
      em,
      'select o.code from staff_member s join organization o on o.id = s.organization_id group by o.code order by o.code',
    );
    expect(offices.map((row) => row.code)).toEqual(['SZ-02-DA', 'SZ-DA-A']);
    // Everyone still employed holds a post; nobody holds more than one.
    const current = await em.find(Assignment, { endDate: null });
    expect(new Set(current.map((each) => each.staffMember.id)).size).toBe(once.staff);
    expect(current).toHaveLength(once.staff);
  });

  it('have two years of annual assessments: exactly one person failed once, and nobody is flagged', async () => {
    const token = await login(server.url, 'manager', 'Dangan@2026');
    const response = await graphql(
      server.url,
      `
        {
          staffMembers(first: 50) {
            totalCount
            edges {
              node {
                name
                flaggedForRemoval
                contracts {
                  endingSoon
                }
                assessments {
                  period
                  passed
                }
                trainingProgress {
                  hours
                }
              }
            }
          }
        }
      `,
      {},
      { token },
    );

    expect(response.errors).toBeUndefined();
    const nodes = response.data!.staffMembers.edges.map((edge: { node: Record<string, any> }) => edge.node) as {
      name: string;
      flaggedForRemoval: boolean;
      contracts: { endingSoon: boolean }[];
      assessments: { period: string; passed: boolean }[];
    }[];
    expect(nodes.every((node) => !node.flaggedForRemoval)).toBe(true);
    expect(nodes.every((node) => node.assessments.length === 2 && /^\d{4}$/.test(node.assessments[0].period))).toBe(
      true,
    );
    const failed = nodes.flatMap((node) => node.assessments.filter((a) => !a.passed).map(() => node.name));
    expect(failed).toHaveLength(1);
    expect(nodes.filter((node) => node.contracts.some((c) => c.endingSoon)).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the staff dashboard', () => {
  it('gives managers the pass rate by annual period, training against the target and what comes due', async () => {
    const token = await login(server.url, 'manager', 'Dangan@2026');
    const year = new Date().getFullYear();

    const response = await graphql(
      server.url,
      `
        query ($year: Int) {
          staffStatistics(year: $year) {
            passRates {
              period
              assessed
              passed
              rate
            }
            training {
              year
              people
              metTarget
              averageHours
              targetHours
            }
            rotationsDue
            contractsEnding
            flaggedForRemoval
          }
        }
      `,
      { year },
      { token },
    );

    expect(response.errors).toBeUndefined();
    const statistics = response.data!.staffStatistics;
    expect(statistics.passRates.map((rate: { period: string }) => rate.period)).toEqual([
      String(year - 2),
      String(year - 1),
    ]);
    expect(statistics.passRates[1].assessed - statistics.passRates[1].passed).toBe(1);
    expect(statistics.training).toMatchObject({ year, people: 15, targetHours: 90 });
    expect(statistics.contractsEnding).toBeGreaterThanOrEqual(1);
    expect(statistics.flaggedForRemoval).toBe(0);
  });

  it('is not for an ADMIN: the pass rate aggregates guarded scores', async () => {
    const token = await login(server.url, 'admin', 'Dangan@2026');

    const response = await graphql(server.url, '{ staffStatistics { flaggedForRemoval } }', {}, { token });

    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hold a draft rotation plan of office A that the independent checker accepts', async () => {
    const token = await login(server.url, 'manager', 'Dangan@2026');
    const plans = await graphql(
      server.url,
      '{ rotationPlans { id status months organization { code } score { hard } } }',
      {},
      { token },
    );
    expect(plans.data!.rotationPlans).toHaveLength(1);
    const [plan] = plans.data!.rotationPlans;
    expect(plan).toMatchObject({ status: 'DRAFT', months: 24, organization: { code: 'SZ-DA-A' }, score: { hard: 0 } });
    const stored = await server.em().findOneOrFail(RotationPlan, Number(plan.id));
    const stays = await server.em().find(RotationPlanAssignment, { plan: stored.id });
    expect(stays.length).toBeGreaterThan(0);
    const user = await server.em().findOneOrFail(User, { username: 'manager' }, { populate: ['organization'] });
    const manager = actingAs(server.em(), server.settings, user, user.organization.getEntity());
    const input = solverInputOf(
      await gatherRotationInput(manager, {
        organizationId: String(stored.organization.id),
        startDate: stored.startDate,
        months: 24,
      }),
    );
    const check = checkRotationPlan(
      input,
      stays.map((stay) => ({
        staffId: stay.staffMember.id,
        postId: stay.post.id,
        startDate: stay.startDate,
        endDate: stay.endDate,
      })),
    );
    expect(check.hard).toEqual([]);
  });
});
