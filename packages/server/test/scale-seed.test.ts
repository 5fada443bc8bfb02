import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/demo-data';
import { seedScaleData, SHOWCASE_MATERIALS } from '../src/db/scale-data';
import { parseIdNumber } from '../src/members/id-number';
import { selectRows } from '../src/shared/lean-rows';
import { graphql, login } from './support/client';
import { commandRunner } from './support/commands';
import { useTestServer } from './support/server';

/**
 * `pnpm seed:scale` (issue 9 point 13) on a few members: what it writes is data the server reads
 * as its own — personal data decrypts with the server's keys, completeness computes, the audit
 * chain (with the seed's one entry) verifies. The benchmark runs it at 100 000 (bench/scale.ts).
 */
const server = useTestServer();
const runCommand = commandRunner(server);

const MEMBERS = `query ($filter: MemberFilter) {
  members(filter: $filter, first: 50) {
    totalCount
    edges { node { id name birthDate gender idNumber phone membershipStatus organization { name }
      dossier { id status completeness { rate complete } } } }
  }
}`;

const DOSSIER = `query ($id: ID!) {
  dossier(id: $id) {
    status
    completeness { complete rate missing { code } }
    current: materials(status: CURRENT) { id content }
    superseded: materials(status: SUPERSEDED) { id version }
    invalidated: materials(status: INVALIDATED) { id }
  }
}`;

describe('scale seed', () => {
  it('writes members, dossiers and materials that the server reads, and one audit entry that keeps the chain valid', async () => {
    const result = await seedScaleData(server.em(), { members: 50, keyring: server.settings.pii, batch: 20 });
    expect(result).toMatchObject({ members: 50, dossiers: 50 });
    expect(result.materials).toBeGreaterThanOrEqual(SHOWCASE_MATERIALS + 49 * 15);

    // The custodian archivist of the first committee's members sees them decrypted.
    const archivist = await login(server.url, 'archivist', DEMO_PASSWORD);
    const [committee] = await selectRows<{ id: number }>(server.em(), 'select id from organization where code = ?', [
      result.committees[0],
    ]);
    const page = await graphql(
      server.url,
      MEMBERS,
      { filter: { organizationId: String(committee.id) } },
      { token: archivist },
    );
    expect(page.errors).toBeUndefined();
    const members = page.data!.members;
    expect(members.totalCount).toBeGreaterThan(10);
    for (const { node } of members.edges) {
      const facts = parseIdNumber(node.idNumber, '2100-01-01');
      expect(facts, node.idNumber).toMatchObject({ birthDate: node.birthDate, gender: node.gender });
      expect(node.phone).toMatch(/^1\d{10}$/);
      expect(node.dossier.completeness.rate).toBeGreaterThan(0);
      if (node.dossier.status === 'COMPLETE') expect(node.dossier.completeness.complete).toBe(true);
      if (node.dossier.status === 'ESTABLISHING') expect(node.dossier.completeness.complete).toBe(false);
    }

    // The showcase dossier: 100 materials, complete, contents readable by its custodian.
    const dossier = await graphql(server.url, DOSSIER, { id: String(result.showcase.dossierId) }, { token: archivist });
    expect(dossier.errors).toBeUndefined();
    const { current, superseded, invalidated, completeness } = dossier.data!.dossier;
    expect(current.length + superseded.length + invalidated.length).toBe(SHOWCASE_MATERIALS);
    expect(superseded.length).toBeGreaterThan(0);
    expect(completeness).toMatchObject({ complete: true, rate: 1, missing: [] });
    expect(current[0].content).toContain('规模数据');

    // Exact search through the blind index finds the showcase member for its custodian; the
    // ADMIN, who reads ID numbers masked, cannot use the search to confirm hidden digits.
    const search = (token: string) =>
      graphql(server.url, MEMBERS, { filter: { idNumber: result.showcase.idNumber } }, { token });
    const found = await search(archivist);
    expect(found.data!.members.totalCount).toBe(1);
    expect(found.data!.members.edges[0].node.idNumber).toBe(result.showcase.idNumber);
    const admin = await login(server.url, 'admin', DEMO_PASSWORD);
    expect((await search(admin)).data!.members.totalCount).toBe(0);

    const verified = await runCommand('src/audit/verify-command.ts', ['--full']);
    expect(verified.output).toMatch(/Audit chain intact/);
    expect(verified.code).toBe(0);

    // A database seeded once is not seeded again (the ID numbers would repeat).
    await expect(seedScaleData(server.em(), { members: 5, keyring: server.settings.pii })).rejects.toThrow(
      /already holds scale data/,
    );
  });

  it('runs as `pnpm seed:scale --members N`', async () => {
    const seeded = await runCommand('src/db/scale-seed-command.ts', ['--members', '20']);
    expect(seeded.output).toMatch(/Done in [\d.]+ s: \d+ organisations, 20 members and dossiers, \d+ materials/);
    expect(seeded.code).toBe(0);
  });
});
