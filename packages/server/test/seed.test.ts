import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/db/demo-data';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { User } from '../src/users/user.entity';
import { Member } from '../src/members/member.entity';
import { parseIdNumber } from '../src/members/id-number';
import { opened, PII } from '../src/members/personal-data';
import { selectRows } from '../src/shared/lean-rows';
import { graphql, login } from './support/client';
import { useTestServer } from './support/server';

/** api.md: every demo user, with the role it documents; all sign in with the same password. */
const DEMO_PASSWORD = 'Dangan@2026';
const DEMO_USERS: [string, string][] = [
  ['admin', 'ADMIN'],
  ['archivist', 'ARCHIVIST'],
  ['archivist2', 'ARCHIVIST'],
  ['approver.org', 'APPROVER'],
  ['approver.disc', 'APPROVER'],
  ['auditor', 'AUDITOR'],
  ['manager', 'STAFF_MANAGER'],
  ['requester', 'REQUESTER'],
];
const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) { user { username roles organization { code type } } }
}`;

const server = useTestServer();

const seed = (members = false) => seedDemoData(server.em(), { keyring: server.settings.pii, members });

async function signInDemoUser(username: string) {
  const response = await graphql(server.url, LOGIN, { u: username, p: DEMO_PASSWORD });
  expect(response.errors, username).toBeUndefined();
  return response.data!.login.user as {
    username: string;
    roles: string[];
    organization: { code: string; type: string };
  };
}

describe('demo data', () => {
  it('is idempotent: seeding twice leaves the same organisations and users', async () => {
    await seed();
    const once = { organizations: await server.em().count(Organization, {}), users: await server.em().count(User, {}) };

    await seed();

    expect(once.organizations).toBeGreaterThan(0);
    expect(once.users).toBeGreaterThanOrEqual(DEMO_USERS.length);
    expect({
      organizations: await server.em().count(Organization, {}),
      users: await server.em().count(User, {}),
    }).toEqual(once);
  });

  it.each(DEMO_USERS)('lets %s sign in with the demo password, holding the role %s', async (username, role) => {
    await seed();

    const user = await signInDemoUser(username);

    expect(user.username).toBe(username);
    expect(user.roles).toEqual([role]);
  });

  it('places the archivists in two different archive offices and the approvers in the two departments', async () => {
    await seed();

    const [archivist, archivist2, approverOrg, approverDisc] = await Promise.all(
      ['archivist', 'archivist2', 'approver.org', 'approver.disc'].map(signInDemoUser),
    );

    expect([archivist.organization.type, archivist2.organization.type]).toEqual(['ARCHIVE_OFFICE', 'ARCHIVE_OFFICE']);
    expect(archivist.organization.code).not.toBe(archivist2.organization.code);
    expect([approverOrg.organization.type, approverDisc.organization.type]).toEqual(['DEPARTMENT', 'DEPARTMENT']);
    expect(approverOrg.organization.code).not.toBe(approverDisc.organization.code);
    expect(await server.em().count(Organization, { type: OrganizationType.ARCHIVE_OFFICE })).toBeGreaterThanOrEqual(2);
  });
});

describe('demo members and dossiers', () => {
  it('fills both archive offices with valid, consistent members and dossiers in every state, once', async () => {
    await seed(true);
    await seed(true);

    const em = server.em();
    const members = await em.find(Member, {}, { populate: ['organization'] });
    expect(members.length).toBeGreaterThanOrEqual(200);
    expect(new Set(members.map((m) => m.idNumberIndex)).size).toBe(members.length);
    for (const member of members) {
      const facts = parseIdNumber(opened(server.settings.pii, member.idNumberEncrypted, PII.idNumber)!, '2100-01-01');
      expect(facts, member.name).toMatchObject({ birthDate: member.birthDate, gender: member.gender });
    }
    const counts = await selectRows<{ code: string; status: string; overdue: number | string; n: number | string }>(
      em,
      `select o.code as code, d.status as status,
              case when d.status = 'ESTABLISHING' and d.completion_deadline < ? then 1 else 0 end as overdue,
              count(*) as n
         from dossier d join organization o on o.id = d.custodian_id group by o.code, d.status, overdue`,
      [new Date()],
    );
    const states = new Set(counts.map((row) => `${row.code} ${row.status} ${Number(row.overdue)}`));
    for (const office of ['SZ-DA-A', 'SZ-02-DA']) {
      for (const state of ['COMPLETE 0', 'ESTABLISHING 0', 'ESTABLISHING 1', 'RETIRED_COLLECTION 0']) {
        expect(states, `${office} ${state}`).toContain(`${office} ${state}`);
      }
    }
    const materialStates = await selectRows<{ status: string }>(em, 'select distinct status from material');
    expect(materialStates.map((row) => row.status).sort()).toEqual(['CURRENT', 'INVALIDATED', 'SUPERSEDED']);

    // The stored statuses agree with completeness computed from the catalogue, as the API reads it.
    const token = await login(server.url, 'archivist', DEMO_PASSWORD);
    const page = await graphql(
      server.url,
      '{ dossiers(first: 100) { edges { node { status overdue completeness { complete } } } } }',
      {},
      { token },
    );
    expect(page.errors).toBeUndefined();
    for (const { node } of page.data!.dossiers.edges) {
      expect(node.completeness.complete).toBe(node.status !== 'ESTABLISHING');
    }

    const requester = await login(server.url, 'requester', DEMO_PASSWORD);
    const me = await graphql(
      server.url,
      '{ me { displayName member { name idNumber dossier { status custodian { code } } } } }',
      {},
      { token: requester },
    );
    expect(me.data!.me.member).toMatchObject({
      name: me.data!.me.displayName,
      dossier: { custodian: { code: 'SZ-DA-A' } },
    });
    expect(me.data!.me.member.idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});
