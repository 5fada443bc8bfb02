import { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { MembershipStage } from '../members/membership';
import { PeekableLoader } from '../shared/batch-loaders';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { Completeness, computeCompleteness, CategoryRecord } from './completeness';
import { Dossier } from './dossier.entity';
import { Material } from './material.entity';
import { fileOfRow, MATERIAL_FILE_COLUMNS, MaterialFileRecord, MaterialFileRow } from './material-file-rows';
import { MaterialCategory } from './material-category.entity';

/** Plain records of reads (architecture: reads are lean); relations as `{ id }`. */
export type DossierRecord = Omit<Dossier, 'member' | 'custodian' | 'archivist'> & {
  member: { id: number };
  custodian: { id: number };
  archivist: { id: number };
};
export type MaterialRecord = Omit<Material, 'dossier' | 'category' | 'invalidatedBy' | 'createdBy'> & {
  dossier: { id: number };
  category: { id: number };
  /** Its files, when the read that produced the record joined them (the dossier's materials do). */
  files?: MaterialFileRecord[];
};

export const dossierProjection = (em: EntityManager, alias = 'd', prefix = '') =>
  new LeanProjection<DossierRecord>(em, Dossier, leanProperties(em, Dossier), alias, prefix);

export const materialProjection = (em: EntityManager, alias = 'x') =>
  new LeanProjection<MaterialRecord>(em, Material, leanProperties(em, Material), alias);

/** The catalogue last read from each database (keyed by its ORM's metadata), with its fingerprint. */
const catalogues = new WeakMap<object, { fingerprint: string; records: readonly CategoryRecord[] }>();

/**
 * The material categories, in catalogue order. Nearly every dossier and member read needs them
 * and they rarely change, while turning their dozen text columns into strings was the costliest
 * statement of an ID-number search on SQLite (issue 9 point 13). So the rows are kept, and each
 * read first asks the table for a fingerprint (row count, highest id, newest update, sum of
 * versions): every change, by this instance, another one or a seed, changes it, since every
 * update through the ORM raises the row's version. Reads inside a transaction may use a kept
 * catalogue that still matches but never keep one, so rows a transaction wrote and then rolled
 * back are never kept. The records are frozen: every request shares them.
 */
export async function selectCatalogue(em: EntityManager): Promise<readonly CategoryRecord[]> {
  const key = em.getMetadata();
  const [mark] = await selectRows(
    em,
    'select count(*) as n, max(id) as id, max(updated_at) as at, sum(version) as v from material_category',
  );
  const fingerprint = [mark.n, mark.id, mark.at instanceof Date ? mark.at.getTime() : mark.at, mark.v].join('|');
  const kept = catalogues.get(key);
  if (kept?.fingerprint === fingerprint) return kept.records;
  const projection = new LeanProjection<CategoryRecord>(
    em,
    MaterialCategory,
    leanProperties(em, MaterialCategory),
    'c',
  );
  const rows = await selectRows(em, `select ${projection.select} from material_category c order by c.sort_order, c.id`);
  const records = Object.freeze(rows.map((row) => Object.freeze(projection.read(row))));
  if (!em.getTransactionContext()) catalogues.set(key, { fingerprint, records });
  return records;
}

async function selectDossiers(em: EntityManager, column: string, ids: readonly number[]) {
  const projection = dossierProjection(em);
  const rows = await selectRows(
    em,
    `select ${projection.select} from dossier d where d.${column} in (${placeholders(ids.length)})`,
    ids,
  );
  return rows.map((row) => projection.read(row));
}

/**
 * Per-request loaders of dossiers and their facts, one statement per batch whatever the page
 * size (test/batching.test.ts): field decisions read custody from these.
 */
export function dossierLoaders(em: EntityManager) {
  const catalogue = new PeekableLoader<'all', readonly CategoryRecord[]>(async (keys) => {
    const all = await selectCatalogue(em);
    return keys.map(() => all);
  });
  return {
    materialCatalogue: catalogue,
    dossierById: new PeekableLoader<number, DossierRecord | null>(async (ids) => {
      const byId = new Map((await selectDossiers(em, 'id', ids)).map((dossier) => [dossier.id, dossier]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    dossierByMemberId: new PeekableLoader<number, DossierRecord | null>(async (ids) => {
      const found = await selectDossiers(em, 'member_id', ids);
      const byMember = new Map(found.map((dossier) => [dossier.member.id, dossier]));
      return ids.map((id) => byMember.get(id) ?? null);
    }),
    // Files come in the materials' statement: a material's `files` then resolves without a
    // promise, and the dossier page's 100 materials stay synchronous in graphql-js (issue 9 point 13).
    materialsByDossierId: new DataLoader<number, MaterialRecord[]>(async (ids) => {
      const projection = materialProjection(em);
      const rows = await selectRows<Record<string, unknown> & MaterialFileRow>(
        em,
        `select ${projection.select}, ${MATERIAL_FILE_COLUMNS} from material x
           left join material_file l on l.material_id = x.id left join stored_file f on f.sha256 = l.sha256
          where x.dossier_id in (${placeholders(ids.length)}) order by x.id, l.id`,
        ids,
      );
      const byDossier = new Map(ids.map((id) => [id, [] as MaterialRecord[]]));
      let material: MaterialRecord | undefined;
      for (const row of rows) {
        if (material?.id !== Number(row.id)) {
          material = { ...projection.read(row), files: [] };
          byDossier.get(material.dossier.id)?.push(material);
        }
        const file = fileOfRow(row);
        if (file) material.files!.push(file);
      }
      return ids.map((id) => byDossier.get(id)!);
    }),
    completenessByDossierId: new DataLoader<number, Completeness>(async (ids) => {
      const [all, rows] = await Promise.all([catalogue.load('all'), presentCategories(em, ids)]);
      return ids.map((id) => {
        const facts = rows.get(id);
        return computeCompleteness(all, facts?.stage ?? MembershipStage.APPLICANT, facts?.categories ?? new Set());
      });
    }),
  };
}

/**
 * Each dossier's member stage and the categories of its current materials, in one statement: a
 * row per dossier with its categories aggregated in SQL. A row per material (about 17 a dossier)
 * made the members page's completeness cost more than the page itself (issue 9 point 13).
 */
export async function presentCategories(
  em: EntityManager,
  dossierIds: readonly number[],
): Promise<Map<number, { stage: MembershipStage; categories: Set<number> }>> {
  const categoryList =
    em.getPlatform() instanceof PostgreSqlPlatform
      ? `string_agg(x.category_id::text, ',')`
      : 'group_concat(x.category_id)';
  const rows = await selectRows<{ dossier: number | string; stage: MembershipStage; categories: string | null }>(
    em,
    `select d.id as dossier, m.stage as stage,
            (select ${categoryList} from material x where x.dossier_id = d.id and x.status = 'CURRENT') as categories
       from dossier d join member m on m.id = d.member_id
      where d.id in (${placeholders(dossierIds.length)})`,
    dossierIds,
  );
  const result = new Map<number, { stage: MembershipStage; categories: Set<number> }>();
  for (const row of rows) {
    const categories = new Set(row.categories ? row.categories.split(',').map(Number) : []);
    result.set(Number(row.dossier), { stage: row.stage, categories });
  }
  return result;
}
