import { describe, expect, it } from 'vitest';
import { AccessPurpose } from '../src/access/access-purpose.entity';
import { ChainTemplate } from '../src/access/chain-template.entity';
import { seedDemoData } from '../src/db/demo-data';
import { fileStoreFor } from '../src/files/files.service';
import { graphql, login } from './support/client';
import { useTestServer } from './support/server';

const server = useTestServer();

const TEMPLATES = `query ($id: ID!) { chainTemplates(organizationId: $id) {
  scope inherited effective { organization { code } steps { mode timeLimitHours departments { code } } }
} }`;

describe('the demo’s access requests', () => {
  it('seeds the purposes and the root’s chains once, and lets the demo requester file for a dossier', async () => {
    const seed = () =>
      seedDemoData(server.em(), { keyring: server.settings.pii, files: fileStoreFor(server.settings) });
    await seed();
    await seed();
    expect(await server.em().count(AccessPurpose, {})).toBe(7);
    expect(await server.em().count(ChainTemplate, {})).toBe(3);

    const admin = await login(server.url, 'admin', 'Dangan@2026');
    const organizations = await graphql(server.url, '{ organizations { id code } }', {}, { token: admin });
    const branch = organizations.data!.organizations.find((o: { code: string }) => o.code === 'SZ-01-Z1-B1');
    const templates = await graphql(server.url, TEMPLATES, { id: branch.id }, { token: admin });
    expect(templates.data!.chainTemplates).toEqual(
      ['IDENTITY', 'MATERIALS', 'RESTRICTED'].map((scope) => ({
        scope,
        inherited: true,
        effective: {
          organization: { code: 'SZ' },
          steps: [{ mode: 'ALL_OF', timeLimitHours: 72, departments: [{ code: 'SZ-ZZB' }, { code: 'SZ-JW' }] }],
        },
      })),
    );

    const requester = await login(server.url, 'requester', 'Dangan@2026');
    const found = await graphql(
      server.url,
      '{ requestableDossiers(name: "") { id conflict } }',
      {},
      { token: requester },
    );
    expect(found.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const members = await graphql(
      server.url,
      '{ requestableDossiers(name: "王") { id memberName conflict } }',
      {},
      { token: requester },
    );
    const candidate = members.data!.requestableDossiers.find((d: { conflict: boolean }) => !d.conflict);
    expect(candidate).toBeDefined();
    const filed = await graphql(
      server.url,
      `
        mutation ($input: CreateAccessRequestInput!) {
          createAccessRequest(input: $input) {
            number
            status
            durationDays
          }
        }
      `,
      {
        input: {
          dossierIds: [candidate.id],
          scope: ['IDENTITY'],
          purpose: 'CADRE_ASSESSMENT',
          justification: '干部考察，需核实身份信息。',
        },
      },
      { token: requester },
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.createAccessRequest).toMatchObject({ status: 'PENDING', durationDays: 7 });
    for (const approver of ['approver.org', 'approver.disc']) {
      const token = await login(server.url, approver, 'Dangan@2026');
      const inbox = await graphql(
        server.url,
        '{ accessRequests(filter: { waitingForMe: true }) { totalCount } }',
        {},
        { token },
      );
      expect(inbox.data!.accessRequests.totalCount, approver).toBe(1);
      // Filing opens the first step, and its approvers are told in the app.
      const notices = await graphql(
        server.url,
        '{ unreadNotificationCount notifications(first: 5) { edges { node { kind } } } }',
        {},
        { token },
      );
      expect(notices.data!.unreadNotificationCount, approver).toBe(1);
      expect(notices.data!.notifications.edges[0].node.kind).toBe('ACCESS_STEP_WAITING');
    }
  });
});
