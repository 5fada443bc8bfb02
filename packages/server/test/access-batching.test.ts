import { describe, expect, it } from 'vitest';
import { AccessScope } from '../src/access/access-scope';
import { createAccessRequest } from '../src/access/filing';
import { MaterialCategory } from '../src/dossiers/material-category.entity';
import { graphql, login } from './support/client';
import { PASSWORD } from './support/factories';
import { actingAs } from './support/dossier-factories';
import { makeAccessWorld, makeMemberWithDossier } from './support/access-factories';
import { useTestServer } from './support/server';

const server = useTestServer();

// `first` as a variable, as the SPA sends it (a literal multiplies the cost estimate).
const PAGE = `query ($first: Int) { accessRequests(first: $first) {
  totalCount
  edges { node {
    id number status filedAt scopes durationDays
    requester { id displayName } requesterOrganizationName
    purpose { code nameZh }
    dossiers { id memberName organizationName custodianName }
    categories { code }
    justificationFile { sha256 }
  } }
} }`;

/**
 * `size` requests (each for two dossiers, narrowed to a category), read by an approver of a
 * deciding department: the statements of the read, minus those of signing the request in.
 */
async function statementsFor(size: number): Promise<number> {
  await server.reset();
  const em = server.em();
  const world = await makeAccessWorld(em, server.settings);
  await makeMemberWithDossier(world, em, { name: '孙查阅', user: world.users.requester });
  const a = await makeMemberWithDossier(world, em, { name: '甲' });
  const b = await makeMemberWithDossier(world, em, { name: '乙' });
  const category = await em.findOneOrFail(MaterialCategory, { code: { $ne: null } }, { orderBy: { id: 'asc' } });
  const ctx = actingAs(em, server.settings, world.users.requester, world.branch);
  for (let i = 0; i < size; i += 1) {
    await createAccessRequest(ctx, {
      dossierIds: [String(a.dossierId), String(b.dossierId)],
      scope: [
        AccessScope.IDENTITY,
        category.sensitivity === 'RESTRICTED' ? AccessScope.RESTRICTED : AccessScope.MATERIALS,
      ],
      categoryIds: [String(category.id)],
      purpose: 'POLITICAL_REVIEW',
      justification: '政治审查需要，查阅档案。',
    });
  }
  const token = await login(server.url, 'approver.org', PASSWORD);
  // The catalogue is kept between requests (dossier.records.ts): read it once, as any earlier request would.
  await graphql(server.url, '{ materialCategories { id } }', {}, { token });
  server.queries.reset();
  await graphql(server.url, '{ __typename }', {}, { token });
  const authentication = server.queries.count;
  server.queries.reset();
  const response = await graphql(server.url, PAGE, { first: 100 }, { token });
  const statements = server.queries.count;
  expect(response.errors).toBeUndefined();
  expect(response.data!.accessRequests.totalCount).toBe(size);
  const node = response.data!.accessRequests.edges[0].node;
  expect(node.dossiers.map((d: { memberName: string }) => d.memberName)).toEqual(['甲', '乙']);
  expect(node.categories).toEqual([{ code: category.code }]);
  return statements - authentication;
}

describe('a page of access requests with their relations', () => {
  it('costs the same statements for 1, 10 and 50 requests', async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 50]) counts.push(await statementsFor(size));
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // The page and its count; the dossiers, the purposes, the requesters' names, their
    // organisations and the kept catalogue's fingerprint, each one statement for the whole page.
    expect(counts[0]).toBe(7);
  });
});
