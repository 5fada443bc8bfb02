/** A file of a material as the API shows it: the link's name, the stored content's facts. */
export interface MaterialFileRecord {
  sha256: string;
  fileName: string;
  pages: number | null;
  size: number;
  contentType: string;
  addedAt: Date;
}

/**
 * The select list of a material's file: its link `l` (material_file) and stored content `f`
 * (stored_file), under names no material column has, so the materials' statement can join them.
 */
export const MATERIAL_FILE_COLUMNS = `l.material_id as file_material, l.sha256 as file_sha256, l.file_name as file_name,
  l.pages as file_pages, f.size as file_size, f.content_type as file_content_type, l.added_at as file_added_at`;

export interface MaterialFileRow {
  file_material: number | string | null;
  file_sha256: string | null;
  file_name: string;
  file_pages: number | null;
  file_size: number | string;
  file_content_type: string;
  file_added_at: Date | number | string;
}

/** The file a row of MATERIAL_FILE_COLUMNS names, or null when a left join found none. */
export function fileOfRow(row: MaterialFileRow): MaterialFileRecord | null {
  if (row.file_sha256 == null) return null;
  return {
    sha256: row.file_sha256,
    fileName: row.file_name,
    pages: row.file_pages == null ? null : Number(row.file_pages),
    size: Number(row.file_size),
    contentType: row.file_content_type,
    addedAt: asDate(row.file_added_at),
  };
}

/** SQLite hands back epoch milliseconds, PostgreSQL a Date. */
const asDate = (value: Date | number | string) =>
  value instanceof Date ? value : new Date(/^\d+$/.test(String(value)) ? Number(value) : String(value));
