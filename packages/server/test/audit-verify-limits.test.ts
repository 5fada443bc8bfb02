import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunningServer, startHttpServer } from '../src/app/http';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { CHAIN_VERIFIED, VERIFICATIONS_PER_MINUTE } from '../src/audit/verify-chain.service';
import { openDatabase } from '../src/db/orm';
import { Organization } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, GraphQLResponse, login } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();

const VERIFY = '{ verifyAuditChain { ok } }';

async function signInAuditor(username: string, root?: Organization): Promise<string> {
  const organization = root ?? (await makeTree(server.em())).root;
  await makeUser(server.em(), { username, organization, roles: [Role.AUDITOR] });
  return login(server.url, username, PASSWORD);
}

const recordedVerifications = () => server.em().count(AuditEntry, { action: CHAIN_VERIFIED });
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code ?? 'OK';

describe('verifying the chain costs one per operation', () => {
  it('refuses two verifications in one operation (two aliases) with BAD_USER_INPUT, before running either', async () => {
    const token = await signInAuditor('auditor');

    const response = await graphql(
      server.url,
      '{ a: verifyAuditChain { ok } b: verifyAuditChain(full: true) { ok } }',
      {},
      { token, language: 'en' },
    );

    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/verifyAuditChain may run at most 1 time/);
    expect(await recordedVerifications()).toBe(0);
  });

  it('refuses a second verification hidden in fragments, and runs one spread twice under one name once', async () => {
    const token = await signInAuditor('auditor');
    const hidden =
      '{ ...A ... on Query { ...B } } fragment A on Query { verifyAuditChain { ok } } fragment B on Query { again: verifyAuditChain { ok } }';
    const merged = '{ ...A ...A verifyAuditChain { checked } } fragment A on Query { verifyAuditChain { ok } }';

    expect(codeOf(await graphql(server.url, hidden, {}, { token }))).toBe('BAD_USER_INPUT');
    const response = await graphql(server.url, merged, {}, { token });

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyAuditChain.ok).toBe(true);
    expect(await recordedVerifications()).toBe(1);
  });
});

describe('verifying the chain is rate limited per user, counted in the database', () => {
  let second: { running: RunningServer; close(): Promise<void> };
  beforeAll(async () => {
    // A second instance on the same database: the limit must hold across instances.
    const orm = await openDatabase(server.database.target);
    const running = await startHttpServer(orm, server.settings, 0);
    second = { running, close: () => running.stop().then(() => orm.close(true)) };
  });
  afterAll(() => second?.close());

  it(`answers RATE_LIMITED to the ${VERIFICATIONS_PER_MINUTE + 1}th verification within a minute, on either instance`, async () => {
    const token = await signInAuditor('auditor');
    const otherToken = await signInAuditor('auditor2', await server.em().findOneOrFail(Organization, { code: 'ROOT' }));
    const urls = [server.url, second.running.url];

    const codes: string[] = [];
    for (let i = 0; i < VERIFICATIONS_PER_MINUTE; i += 1) {
      codes.push(codeOf(await graphql(urls[i % 2], VERIFY, {}, { token })));
    }
    const refused = await Promise.all(urls.map((url) => graphql(url, VERIFY, {}, { token, language: 'en' })));

    expect(codes).toEqual(Array(VERIFICATIONS_PER_MINUTE).fill('OK'));
    expect(refused.map(codeOf)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(refused[0].errors![0].message).toMatch(/at most 6 a minute/);
    // Another user has a budget of their own.
    expect(codeOf(await graphql(server.url, VERIFY, {}, { token: otherToken }))).toBe('OK');
    expect(await recordedVerifications()).toBe(VERIFICATIONS_PER_MINUTE + 1);
  });

  it('lets exactly the allowed number through when verifications race, 20 rounds across both instances', async () => {
    const { root } = await makeTree(server.em());
    const urls = [server.url, second.running.url];
    const parallel = VERIFICATIONS_PER_MINUTE + 3;

    for (let round = 0; round < 20; round += 1) {
      const token = await signInAuditor(`racer${round}`, root);
      const responses = await Promise.all(
        Array.from({ length: parallel }, (_, i) => graphql(urls[i % 2], VERIFY, {}, { token })),
      );
      const codes = responses.map(codeOf).sort();

      expect(codes, `round ${round}`).toEqual([
        ...Array(VERIFICATIONS_PER_MINUTE).fill('OK'),
        ...Array(parallel - VERIFICATIONS_PER_MINUTE).fill('RATE_LIMITED'),
      ]);
    }
    expect(await recordedVerifications()).toBe(20 * VERIFICATIONS_PER_MINUTE);
  });
});
