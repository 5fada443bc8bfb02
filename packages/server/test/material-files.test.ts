import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ref } from '@mikro-orm/core';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { Dossier } from '../src/dossiers/dossier.entity';
import { Material } from '../src/dossiers/material.entity';
import { MaterialFile } from '../src/dossiers/material-file.entity';
import { MaterialCategory } from '../src/dossiers/material-category.entity';
import { StoredFile } from '../src/files/stored-file.entity';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-material-files-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir });

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(500), Buffer.from('\n%%EOF\n')]);

async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const other = await makeOrganization(em, { code: 'DB', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'stranger', organization: other, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'boss', organization: root, roles: [Role.ADMIN] });
  await seedCatalogue(em);
  await em.flush();
  const [keeper, stranger, admin] = await Promise.all(
    ['keeper', 'stranger', 'boss'].map((name) => login(server.url, name, PASSWORD)),
  );
  const created = await graphql(
    server.url,
    `
      mutation ($input: CreateMemberInput!) {
        createMember(input: $input) {
          dossier {
            id
          }
        }
      }
    `,
    {
      input: {
        name: '王芳',
        gender: 'FEMALE',
        ethnicity: '汉族',
        birthDate: '1949-12-31',
        idNumber: '11010519491231002X',
        organizationId: String(branch.id),
        stage: 'APPLICANT',
        applicationDate: '2020-03-01',
      },
    },
    { token: keeper },
  );
  expect(created.errors).toBeUndefined();
  const dossierId = created.data!.createMember.dossier.id as string;
  const categories = (await graphql(server.url, '{ materialCategories { id code } }', {}, { token: keeper })).data!
    .materialCategories as { id: string; code: string }[];
  const added = await graphql(
    server.url,
    `
      mutation ($input: AddMaterialInput!) {
        addMaterial(input: $input) {
          id
          version
        }
      }
    `,
    {
      input: {
        dossierId,
        categoryId: categories.find((c) => c.code === 'APPLICATION')!.id,
        title: '入党申请书',
        formedOn: '2020-03-01',
        receivedOn: '2020-03-05',
      },
    },
    { token: keeper },
  );
  expect(added.errors).toBeUndefined();
  return { keeper, stranger, admin, dossierId, materialId: added.data!.addMaterial.id as string };
}

async function upload(content: Buffer, token: string) {
  const response = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body: content,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { sha256: string; size: number };
}

const ATTACH = `mutation ($m: ID!, $s: String!, $n: String!) {
  attachMaterialFile(materialId: $m, sha256: $s, fileName: $n) { id sha256 files { sha256 fileName size contentType } } }`;
const FILES = `query ($id: ID!) { dossier(id: $id) { materials { id sha256 files { sha256 fileName } } } }`;

const download = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('files of materials', () => {
  it('lets the custodian file an uploaded PDF, read it and preview it; others get FORBIDDEN and 404', async () => {
    const { keeper, stranger, admin, dossierId, materialId } = await arrange();
    const content = pdf();
    const { sha256, size } = await upload(content, keeper);

    const attached = await graphql(
      server.url,
      ATTACH,
      { m: materialId, s: sha256, n: 'a/b\\申请书.pdf' },
      { token: keeper },
    );
    expect(attached.errors).toBeUndefined();
    expect(attached.data!.attachMaterialFile).toEqual({
      id: materialId,
      sha256,
      files: [{ sha256, fileName: 'a_b_申请书.pdf', size, contentType: 'application/pdf' }],
    });

    const owner = `Material:${materialId}`;
    const direct = await download(`/files/${sha256}?owner=${owner}`, keeper);
    expect(direct.status).toBe(200);
    expect(Buffer.from(await direct.arrayBuffer()).equals(content)).toBe(true);
    const signed = await graphql(
      server.url,
      'query ($o: String!, $s: String!) { fileDownloadUrl(owner: $o, sha256: $s) }',
      { o: owner, s: sha256 },
      { token: keeper },
    );
    expect(signed.errors).toBeUndefined();
    const preview = await download(signed.data!.fileDownloadUrl);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toContain('application/pdf');

    const downloads = await server.em().find(AuditEntry, { action: 'FILE_DOWNLOADED' });
    expect(downloads).toHaveLength(2);
    expect(JSON.parse(String(downloads[0].details))).toMatchObject({ owner, basis: 'custody', via: 'bearer' });
    expect(await server.em().count(AuditEntry, { action: 'MATERIAL_FILE_ATTACHED' })).toBe(1);

    for (const token of [stranger, admin]) {
      const seen = await graphql(server.url, FILES, { id: dossierId }, { token });
      if (token === stranger) expect(seen.data?.dossier).toBeNull();
      else {
        expect(seen.data!.dossier.materials[0]).toMatchObject({ id: materialId, files: null });
        expect(seen.errors!.map((error) => error.extensions!.code)).toEqual(['FORBIDDEN']);
      }
      expect((await download(`/files/${sha256}?owner=${owner}`, token)).status).toBe(404);
      const url = await graphql(
        server.url,
        'query ($o: String!, $s: String!) { fileDownloadUrl(owner: $o, sha256: $s) }',
        { o: owner, s: sha256 },
        { token },
      );
      expect(onlyError(url).extensions!.code).toBe('NOT_FOUND');
    }
    // A file the material does not hold is not read through it, even by the custodian.
    const unrelated = await upload(pdf(), keeper);
    expect((await download(`/files/${unrelated.sha256}?owner=${owner}`, keeper)).status).toBe(404);
  });

  it('refuses files never uploaded, other offices and non-current materials; revisions keep their files', async () => {
    const { keeper, stranger, materialId } = await arrange();
    const missing = await graphql(
      server.url,
      ATTACH,
      { m: materialId, s: 'a'.repeat(64), n: 'x.pdf' },
      { token: keeper, language: 'en' },
    );
    expect(onlyError(missing).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sha256' });
    expect(onlyError(missing).message).toMatch(/upload it first/);
    const malformed = await graphql(server.url, ATTACH, { m: materialId, s: 'nope', n: 'x.pdf' }, { token: keeper });
    expect(onlyError(malformed).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sha256' });

    const { sha256 } = await upload(pdf(), keeper);
    const foreign = await graphql(server.url, ATTACH, { m: materialId, s: sha256, n: 'x.pdf' }, { token: stranger });
    expect(onlyError(foreign).extensions!.code).toBe('NOT_FOUND');
    const blank = await graphql(server.url, ATTACH, { m: materialId, s: sha256, n: '  ' }, { token: keeper });
    expect(onlyError(blank).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });

    await graphql(server.url, ATTACH, { m: materialId, s: sha256, n: 'v1.pdf' }, { token: keeper });
    const revised = await graphql(
      server.url,
      `
        mutation ($input: ReviseMaterialInput!) {
          reviseMaterial(input: $input) {
            id
            version
            sha256
            files {
              fileName
            }
          }
        }
      `,
      { input: { id: materialId, version: 1, title: '入党申请书（修订）' } },
      { token: keeper },
    );
    expect(revised.errors).toBeUndefined();
    const next = revised.data!.reviseMaterial;
    expect(next).toMatchObject({ version: 2, sha256, files: [{ fileName: 'v1.pdf' }] });
    const second = await upload(pdf(), keeper);
    const added = await graphql(server.url, ATTACH, { m: next.id, s: second.sha256, n: 'v2.pdf' }, { token: keeper });
    expect(added.data!.attachMaterialFile.files.map((f: { fileName: string }) => f.fileName)).toEqual([
      'v1.pdf',
      'v2.pdf',
    ]);

    // The superseded version keeps only its own file, is still readable in custody, and takes no new ones.
    const old = await graphql(
      server.url,
      ATTACH,
      { m: materialId, s: second.sha256, n: 'late.pdf' },
      { token: keeper },
    );
    expect(onlyError(old).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'materialId' });
    expect((await download(`/files/${sha256}?owner=Material:${materialId}`, keeper)).status).toBe(200);
    expect((await download(`/files/${second.sha256}?owner=Material:${materialId}`, keeper)).status).toBe(404);
  });

  it('reads a dossier of 100 materials with their files in the statements of one', async () => {
    const statementsFor = async (size: number) => {
      await server.reset();
      const { keeper, dossierId } = await arrange();
      const em = server.em().fork();
      const dossier = await em.findOneOrFail(Dossier, Number(dossierId));
      const category = await em.findOneOrFail(MaterialCategory, { code: 'INTERVIEW' });
      const stored = new StoredFile('b'.repeat(64), 10, 'application/pdf', new Date(), null);
      em.persist(stored);
      for (let i = 1; i < size; i += 1) {
        const material = em.create(Material, {
          dossier: ref(dossier),
          category: ref(category),
          lineage: `lineage-${i}`,
          title: `谈话记录 ${i}`,
          formedOn: '2020-03-01',
          receivedOn: '2020-03-02',
        } as never);
        for (const name of ['a.pdf', 'b.pdf']) {
          em.persist(Object.assign(new MaterialFile(), { material: ref(material), file: ref(stored), fileName: name }));
        }
      }
      await em.flush();
      const query = `query ($id: ID!) { dossier(id: $id) { completeness { rate } materials { id content notes category { code }
        files { sha256 fileName size contentType } } } }`;
      server.queries.reset();
      await graphql(server.url, '{ __typename }', {}, { token: keeper });
      const authentication = server.queries.count;
      server.queries.reset();
      const response = await graphql(server.url, query, { id: dossierId }, { token: keeper });
      const statements = server.queries.count - authentication;
      expect(response.errors).toBeUndefined();
      expect(response.data!.dossier.materials).toHaveLength(size);
      return statements;
    };
    const one = await statementsFor(1);
    expect(await statementsFor(100)).toBe(one);
  });
});
