import type { DossierCategoryFragment, DossierMaterialFragment, DossierPageQuery } from '@/gql/graphql';
import { currentLocale } from '@/app/i18n';

export type DossierDetail = NonNullable<DossierPageQuery['dossier']>;
export type MaterialVersion = DossierMaterialFragment;

/** One material through its versions, newest first (requirements §2: revisions never erase the old). */
export interface MaterialLineage {
  lineage: string;
  latest: MaterialVersion;
  versions: MaterialVersion[];
}

export interface CategorySection {
  category: DossierCategoryFragment;
  required: boolean;
  materials: MaterialLineage[];
}

export const categoryName = (category: Pick<DossierCategoryFragment, 'nameZh' | 'nameEn'>): string =>
  currentLocale() === 'en' ? category.nameEn : category.nameZh;

/** The response's path of a material's field, for fieldError(): `dossier.<alias>.<index>.<field>`. */
export const materialFieldPath = (alias: 'current' | 'superseded' | 'invalidated', index: number, field: string) =>
  `dossier.${alias}.${index}.${field}`;

/**
 * Materials grouped by category (catalogue order, required first as the checklist reads), each
 * category's materials by lineage with their versions newest first. A category appears when it
 * is required or holds any material.
 */
export function sectionsOf(dossier: DossierDetail, catalogue: DossierCategoryFragment[]): CategorySection[] {
  const all = [...dossier.current, ...dossier.superseded, ...dossier.invalidated];
  const lineages = new Map<string, MaterialVersion[]>();
  for (const material of all) {
    const versions = lineages.get(material.lineage) ?? [];
    versions.push(material);
    lineages.set(material.lineage, versions);
  }
  const byCategory = new Map<string, MaterialLineage[]>();
  for (const [lineage, versions] of lineages) {
    versions.sort((a, b) => b.version - a.version);
    const entry = { lineage, latest: versions[0], versions };
    const categoryId = versions[0].category.id;
    byCategory.set(categoryId, [...(byCategory.get(categoryId) ?? []), entry]);
  }
  const requiredIds = new Set(dossier.completeness.required.map((category) => category.id));
  return catalogue
    .filter((category) => requiredIds.has(category.id) || byCategory.has(category.id))
    .map((category) => ({
      category,
      required: requiredIds.has(category.id),
      materials: (byCategory.get(category.id) ?? []).sort(currentFirst),
    }))
    .sort((a, b) => Number(b.required) - Number(a.required));
}

/** Materials in force first, then the newest. */
const currentFirst = (a: MaterialLineage, b: MaterialLineage) =>
  Number(b.latest.status === 'CURRENT') - Number(a.latest.status === 'CURRENT') ||
  Number(b.latest.id) - Number(a.latest.id);

/** Where a version sits in the response, so a withheld field finds its error. */
export function pathOf(dossier: DossierDetail, material: MaterialVersion, field: string): string {
  const alias =
    material.status === 'CURRENT' ? 'current' : material.status === 'SUPERSEDED' ? 'superseded' : 'invalidated';
  return materialFieldPath(alias, dossier[alias].indexOf(material), field);
}

/** Today in China (the server's calendar for dates formed and received), YYYY-MM-DD. */
export const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const formatBytes = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
