import { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { selectCatalogue } from '../src/dossiers/dossier.records';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();

const CATEGORIES = '{ materialCategories { id version code nameZh } }';
const UPDATE = `mutation ($input: UpdateMaterialCategoryInput!) {
  updateMaterialCategory(input: $input) { version nameZh } }`;

type Category = { id: string; version: number; code: string; nameZh: string };

async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  await makeUser(em, { username: 'boss', organization: root, roles: [Role.ADMIN] });
  await seedCatalogue(em);
  await em.flush();
  const admin = await login(server.url, 'boss', PASSWORD);
  const read = async () =>
    (await graphql(server.url, CATEGORIES, {}, { token: admin })).data!.materialCategories as Category[];
  return { admin, read };
}

const nameOf = (categories: readonly { code: string; nameZh: string }[], code: string) =>
  categories.find((category) => category.code === code)?.nameZh;

// selectCatalogue keeps the catalogue between requests (issue 9 point 13): these prove that no
// change is ever served stale, whoever makes it.
describe('the kept material catalogue', () => {
  it('answers a change made through the API at once', async () => {
    const { admin, read } = await arrange();
    const before = await read();
    const target = before.find((category) => category.code === before[0].code)!;
    const input = { id: target.id, version: target.version, nameZh: '改过的名称' };
    expect((await graphql(server.url, UPDATE, { input }, { token: admin })).errors).toBeUndefined();
    expect(nameOf(await read(), target.code)).toBe('改过的名称');
  });

  it('answers changes made past this server: a new row, and an update that raises the version', async () => {
    const { read } = await arrange();
    const before = await read();
    const connection = server.em().getConnection();
    await connection.execute(`update material_category set name_zh = ?, version = version + 1 where code = ?`, [
      '另一实例改的',
      before[1].code,
    ]);
    expect(nameOf(await read(), before[1].code)).toBe('另一实例改的');
    await connection.execute(
      `insert into material_category (version, created_at, updated_at, code, name_zh, name_en, sensitivity,
         filing_limit_months, sort_order, active) values (1, ?, ?, 'EXTRA', '新增类别', 'Extra', 'NORMAL', 1, 999, ?)`,
      [new Date(0), new Date(0), true],
    );
    expect((await read()).map((category) => category.code)).toContain('EXTRA');
  });

  it('never keeps what a rolled-back transaction wrote', async () => {
    const { read } = await arrange();
    const before = await read();
    const code = before[2].code;
    const rename = (tx: EntityManager, name: string) =>
      tx
        .getConnection()
        .execute(
          'update material_category set name_zh = ?, version = version + 1 where code = ?',
          [name, code],
          'run',
          tx.getTransactionContext(),
        );
    await expect(
      server.em().transactional(async (tx: EntityManager) => {
        await rename(tx, '未提交');
        // The transaction sees its own write…
        expect(nameOf(await selectCatalogue(tx), code)).toBe('未提交');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // …but nobody else does, not even once a committed change leaves the table with the
    // fingerprint the rolled-back write had.
    await server.em().transactional((tx: EntityManager) => rename(tx, '已提交'));
    expect(nameOf(await selectCatalogue(server.em()), code)).toBe('已提交');
    expect(nameOf(await read(), code)).toBe('已提交');
  });

  it('costs one statement once kept, and hands out records nobody can change', async () => {
    const { read } = await arrange();
    await read();
    server.queries.reset();
    const kept = await selectCatalogue(server.em());
    expect(server.queries.count).toBe(1);
    expect(Object.isFrozen(kept) && Object.isFrozen(kept[0])).toBe(true);
  });
});
