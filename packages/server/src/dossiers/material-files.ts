import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { runAudited } from '../audit/audited-change';
import { registerFileOwner } from '../files/file-owners';
import { isSha256 } from '../files/file-store';
import { StoredFile } from '../files/stored-file.entity';
import { Member } from '../members/member.entity';
import { Organization } from '../organizations/organization.entity';
import { DENIED } from '../policy/decision';
import { contentScope, grantFor } from '../policy/grants';
import { decide } from '../policy/policy';
import { badInput } from '../shared/errors';
import { placeholders, selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { User } from '../users/user.entity';
import { Dossier } from './dossier.entity';
import { Material, MaterialStatus } from './material.entity';
import { MaterialCategory } from './material-category.entity';
import { MaterialFile } from './material-file.entity';
import { lockKeptMaterial } from './material.service';
import { fileOfRow, MATERIAL_FILE_COLUMNS, MaterialFileRecord, MaterialFileRow } from './material-file-rows';

export type { MaterialFileRecord } from './material-file-rows';

/** Path separators and control characters are not part of a name the archivist gave. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_NAME = /[\\/\u0000-\u001f\u007f]/g;

/**
 * Files an uploaded content into a current material of a dossier the caller keeps (requirements
 * §4: custody). The content must have come through `POST /files`; the first file also becomes
 * the material's `sha256` (api.md `Material.sha256`).
 */
export async function attachMaterialFile(
  ctx: ServiceContext,
  input: { materialId: string; sha256: string; fileName: string; pages?: number | null },
): Promise<Material> {
  const sha256 = input.sha256.trim().toLowerCase();
  if (!isSha256(sha256)) throw badInput('sha256', 'files.invalidSha256');
  const fileName = requiredText('fileName', input.fileName.replace(UNSAFE_NAME, '_'), 200);
  const pages = input.pages ?? null;
  if (pages != null && !(Number.isInteger(pages) && pages > 0 && pages <= 10_000)) {
    throw badInput('pages', 'material.pages');
  }
  return runAudited(ctx, async (tx) => {
    const { material, organizationPath } = await lockKeptMaterial(ctx, tx, input.materialId);
    if (material.status !== MaterialStatus.CURRENT) throw badInput('materialId', 'material.notCurrent');
    const stored = await tx.findOne(StoredFile, { sha256 });
    if (!stored) throw badInput('sha256', 'material.fileNotUploaded');
    const link = new MaterialFile();
    Object.assign(link, {
      material: ref(material),
      file: ref(stored),
      fileName,
      pages,
      addedAt: ctx.now(),
      addedBy: ref(tx.getReference(User, ctx.actor!.userId)),
    });
    tx.persist(link);
    material.sha256 ??= sha256;
    return {
      result: material,
      audit: {
        action: 'MATERIAL_FILE_ATTACHED',
        target: `Material:${material.id}`,
        label: material.title,
        organizationPath,
        details: { dossier: material.dossier.id, version: material.version, sha256, fileName, size: stored.size },
      },
    };
  });
}

/** A revision keeps the files of the version it replaces (requirements §2: each version stays whole). */
export async function carryFilesForward(tx: EntityManager, previous: Material, next: Material): Promise<void> {
  const links = await tx.find(MaterialFile, { material: previous.id }, { orderBy: { id: 'asc' } });
  for (const link of links) {
    const copy = new MaterialFile();
    Object.assign(copy, {
      material: ref(next),
      file: link.file,
      fileName: link.fileName,
      pages: link.pages,
      addedAt: link.addedAt,
      addedBy: link.addedBy,
    });
    tx.persist(copy);
  }
}

/** Each material's files, oldest first, in one statement per batch (test/batching.test.ts). */
export function materialFileLoaders(em: EntityManager) {
  return {
    filesByMaterialId: new DataLoader<number, MaterialFileRecord[]>(async (ids) => {
      const rows = await selectRows<MaterialFileRow>(
        em,
        `select ${MATERIAL_FILE_COLUMNS} from material_file l join stored_file f on f.sha256 = l.sha256
          where l.material_id in (${placeholders(ids.length)}) order by l.id`,
        ids,
      );
      const byMaterial = new Map(ids.map((id) => [id, [] as MaterialFileRecord[]]));
      for (const row of rows) byMaterial.get(Number(row.file_material))?.push(fileOfRow(row)!);
      return ids.map((id) => byMaterial.get(id)!);
    }),
  };
}

/**
 * `GET /files/:sha256?owner=Material:<id>`: the archive office keeping the material's dossier
 * may read the files filed with it (requirements §4: custody), and so may the holder of an active
 * grant covering the dossier whose scope opens the material's category (basis `grant` with the
 * request id, recorded by the download's audit entry); anyone else, or a file the material does
 * not hold, gets the same DENIED (and the route's 404).
 */
registerFileOwner('Material', async (ctx, ownerId, sha256) => {
  const id = Number(ownerId);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== ownerId) return DENIED;
  const link = await ctx.em.findOne(MaterialFile, { material: id, file: { sha256 } }, { fields: ['id', 'material'] });
  const material = link && (await ctx.em.findOne(Material, id, { fields: ['id', 'dossier', 'category'] }));
  const dossier =
    material && (await ctx.em.findOne(Dossier, material.dossier.id, { fields: ['id', 'member', 'custodian'] }));
  const member = dossier && (await ctx.em.findOne(Member, dossier.member.id, { fields: ['id', 'organization'] }));
  const organization =
    member && (await ctx.em.findOne(Organization, member.organization.id, { fields: ['id', 'path'] }));
  if (!material || !dossier || !organization) return DENIED;
  const custody = decide(ctx.actor, 'dossier.keep', {
    organizationPath: organization.path,
    custodianId: dossier.custodian.id,
  });
  if (custody.allowed) return custody;
  const category = await ctx.em.findOne(MaterialCategory, material.category.id, { fields: ['id', 'sensitivity'] });
  if (!category) return DENIED;
  return grantFor(
    ctx,
    dossier.id,
    { scope: contentScope(category.sensitivity), categoryId: category.id },
    organization.path,
  );
});
