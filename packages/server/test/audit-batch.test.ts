import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();
const PHONES = '{ users { edges { node { username phone } } } }';
const VERIFY = '{ verifyAuditChain(full: true) { ok checked firstBrokenId } }';

/** Two ADMINs of the root (so the reads have two authors) and a user whose phone they read unmasked. */
async function arrange() {
  const tree = await makeTree(server.em());
  for (const username of ['admin.a', 'admin.b']) {
    await makeUser(server.em(), { username, organization: tree.root, roles: [Role.ADMIN] });
  }
  await makeUser(server.em(), { username: 'alice', organization: tree.left, phone: '13800138000' });
  return { a: await login(server.url, 'admin.a', PASSWORD), b: await login(server.url, 'admin.b', PASSWORD) };
}

describe('sensitive reads of concurrent requests (group commit, issue 9 point 13)', () => {
  it('puts every one of 24 parallel unmasked reads on record under its own reader and request, in an intact chain', async () => {
    const tokens = await arrange();
    const before = await server.em().count(AuditEntry, {});
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => graphql(server.url, PHONES, {}, { token: i % 2 ? tokens.b : tokens.a })),
    );
    for (const response of responses) {
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data)).toContain('13800138000');
    }

    const entries = await server.em().find(AuditEntry, { action: 'SENSITIVE_READ' }, { orderBy: { id: 'asc' } });
    expect(entries).toHaveLength(24);
    expect(entries.filter((entry) => entry.actor === 'admin.a')).toHaveLength(12);
    expect(entries.filter((entry) => entry.actor === 'admin.b')).toHaveLength(12);
    expect(new Set(entries.map((entry) => entry.requestId)).size).toBe(24);
    // Ids follow on from what was there, without a gap.
    expect(entries.map((entry) => entry.id)).toEqual(Array.from({ length: 24 }, (_, i) => before + 1 + i));

    const verified = await graphql(server.url, VERIFY, {}, { token: tokens.a });
    expect(verified.data!.verifyAuditChain).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('withholds the data of every parallel read when their entries cannot be written (fails closed)', async () => {
    const tokens = await arrange();
    const connection = server.em().getConnection();
    await connection.execute('alter table audit_entry rename to audit_entry_away');
    let responses;
    try {
      responses = await Promise.all(
        Array.from({ length: 8 }, () => graphql(server.url, PHONES, {}, { token: tokens.a })),
      );
    } finally {
      await connection.execute('alter table audit_entry_away rename to audit_entry');
    }
    for (const response of responses) {
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(response)).not.toContain('13800138000');
    }
    expect(await server.em().count(AuditEntry, { action: 'SENSITIVE_READ' })).toBe(0);

    // The writer is not left stuck: the next reads are written and answered.
    const again = await Promise.all([1, 2].map(() => graphql(server.url, PHONES, {}, { token: tokens.b })));
    for (const response of again) expect(JSON.stringify(response.data)).toContain('13800138000');
    expect(await server.em().count(AuditEntry, { action: 'SENSITIVE_READ' })).toBe(2);
  });
});
