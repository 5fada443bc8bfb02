import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { AccessScope } from '../src/access/access-scope';
import { singleFont } from '../src/access/export-font';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { addMaterial } from '../src/dossiers/material.service';
import { attachMaterialFile } from '../src/dossiers/material-files';
import { MaterialCategory } from '../src/dossiers/material-category.entity';
import { login } from './support/client';
import { actingAs, makeArchives, makeKeptDossiers } from './support/dossier-factories';
import { makeUser, PASSWORD } from './support/factories';
import { makeGrant } from './support/grants';
import { useTestServer } from './support/server';

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-access-export-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir });

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function pdfOf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage([300, 400]);
  return Buffer.from(await doc.save());
}

/** A member kept by DA with a NORMAL material (a two-page PDF and a PNG) and a RESTRICTED one (a one-page PDF). */
async function arrange() {
  const archives = await makeArchives(server.em());
  const asKeeper = actingAs(server.em(), server.settings, archives.keeper, archives.officeA);
  const dossiers = await makeKeptDossiers(asKeeper, archives.branch, 2);
  const keeperToken = await login(server.url, 'keeper', PASSWORD);
  const upload = async (body: Buffer) => {
    const response = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keeperToken}` },
      body,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { sha256: string }).sha256;
  };
  const material = async (code: string, files: Buffer[]) => {
    const category = await server.em().findOneOrFail(MaterialCategory, { code });
    const added = await addMaterial(asKeeper, {
      dossierId: String(dossiers[0].id),
      categoryId: String(category.id),
      title: `${code} 材料`,
      formedOn: '2020-03-01',
      receivedOn: '2020-03-02',
    });
    for (const [i, file] of files.entries()) {
      await attachMaterialFile(asKeeper, {
        materialId: String(added.id),
        sha256: await upload(file),
        fileName: `f${i}`,
      });
    }
    return added;
  };
  const normal = await material('APPLICATION', [await pdfOf(2), PNG]);
  const restricted = await material('DISCIPLINE', [await pdfOf(1)]);
  const requester = await makeUser(server.em(), { username: 'requester', organization: archives.branch });
  const token = await login(server.url, 'requester', PASSWORD);
  return { dossiers, normal, restricted, requester, token, keeperToken };
}

const exportOf = async (requestId: number | string, dossierId: number | string, token?: string) => {
  const response = await fetch(`${server.url}/access-exports/${requestId}/${dossierId}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: response.status === 200 ? body : JSON.parse(body.toString()),
  };
};

/** The decoded content streams of each page, as text. */
function pageContents(doc: PDFDocument): string[] {
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    return refs
      .map((ref) => {
        const stream = doc.context.lookup(ref as PDFRef) as PDFRawStream;
        const filter = stream.dict.get(PDFName.of('Filter'));
        const bytes = Buffer.from(stream.contents);
        return (filter === PDFName.of('FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1');
      })
      .join('\n');
  });
}

const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex');

describe('the export of a granted dossier', () => {
  it('is one PDF of the catalogue and the opened files, every page watermarked, and audited', async () => {
    const { dossiers, normal, restricted, requester, token } = await arrange();
    const grant = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.IDENTITY, AccessScope.MATERIALS],
    });

    const exported = await exportOf(grant.requestId, dossiers[0].id, token);
    expect(exported.status).toBe(200);
    expect(exported.type).toBe('application/pdf');
    const doc = await PDFDocument.load(exported.body as Buffer);
    // One catalogue page, the PDF's two pages and the image's page; the RESTRICTED material's file is not opened.
    expect(doc.getPageCount()).toBe(4);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const watermark = `requester | ${grant.number} | ${today}`;
    for (const content of pageContents(doc)) expect(content.toLowerCase()).toContain(hex(watermark));
    expect(doc.getSubject()).toBe(watermark);

    const [entry] = await server.em().find(AuditEntry, { action: 'DOSSIER_EXPORTED' });
    expect(entry.target).toBe(`Dossier:${dossiers[0].id}`);
    expect(JSON.parse(entry.details!)).toMatchObject({
      request: grant.number,
      requestId: grant.requestId,
      basis: `grant:${grant.requestId}`,
      materials: [normal.id],
      files: 2,
      pages: 4,
    });
    expect(restricted.id).not.toBe(normal.id);
  });

  it('opens only the categories the grant names, RESTRICTED ones only under RESTRICTED', async () => {
    const { dossiers, restricted, requester, token } = await arrange();
    const category = await server.em().findOneOrFail(MaterialCategory, { code: 'DISCIPLINE' });
    const grant = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.MATERIALS, AccessScope.RESTRICTED],
      categoryIds: [category.id],
    });
    const exported = await exportOf(grant.requestId, dossiers[0].id, token);
    expect(exported.status).toBe(200);
    expect((await PDFDocument.load(exported.body as Buffer)).getPageCount()).toBe(2);
    const [entry] = await server.em().find(AuditEntry, { action: 'DOSSIER_EXPORTED' });
    expect(JSON.parse(entry.details!).materials).toEqual([restricted.id]);
  });

  it('does not exist without an active grant of that request for that dossier — not even for the custodian', async () => {
    const { dossiers, requester, token, keeperToken } = await arrange();
    const grant = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.MATERIALS],
    });
    const expired = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.MATERIALS],
      expiresAt: new Date(Date.now() - 1000),
    });
    const revoked = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.MATERIALS],
      revokedAt: new Date(),
    });
    const missing = await exportOf(999999, dossiers[0].id, token);
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');

    // The custodian keeps the dossier but holds no grant; the grant's request does not cover another dossier.
    expect(await exportOf(grant.requestId, dossiers[0].id, keeperToken)).toEqual(
      await exportOf(999999, dossiers[0].id, keeperToken),
    );
    expect(await exportOf(grant.requestId, dossiers[1].id, token)).toEqual(missing);
    expect(await exportOf(expired.requestId, dossiers[0].id, token)).toEqual(missing);
    expect(await exportOf(revoked.requestId, dossiers[0].id, token)).toEqual(missing);
    expect(await exportOf('abc', dossiers[0].id, token)).toEqual(missing);
    expect((await exportOf(grant.requestId, dossiers[0].id)).status).toBe(401);
    expect(await server.em().count(AuditEntry, { action: 'DOSSIER_EXPORTED' })).toBe(0);
  });
});

describe('the export font', () => {
  const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

  it('keeps a single font as it is', () => {
    const single = Buffer.from('OTTO-not-a-collection');
    expect(singleFont(single)).toBe(single);
  });

  it.skipIf(!existsSync(NOTO))(
    'takes the Simplified Chinese face out of a collection (.ttc), which pdf-lib embeds',
    async () => {
      const face = singleFont(readFileSync(NOTO));
      expect(Buffer.from(face).toString('latin1', 0, 4)).toBe('OTTO');
      expect((fontkit.create(Buffer.from(face)) as unknown as { postscriptName: string }).postscriptName).toMatch(
        /CJKsc-/,
      );
      const doc = await PDFDocument.create();
      doc.registerFontkit(fontkit);
      const font = await doc.embedFont(face, { subset: true });
      expect(font.widthOfTextAtSize('档案', 10)).toBeGreaterThan(0);
    },
  );
});
