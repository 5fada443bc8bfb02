import type { InjectionKey } from 'vue';
import type { Cell } from './xlsx';

/** The most entries one export holds: 100 pages of 100, a few seconds of requests. */
export const EXPORT_CAP = 10_000;
export const EXPORT_PAGE_SIZE = 100;

export interface ExportPage<TNode> {
  nodes: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface CollectedEntries<TNode> {
  entries: TNode[];
  /** All entries under the filter, of which at most EXPORT_CAP were fetched. */
  totalCount: number;
}

/**
 * Fetches every entry under a filter, page by page with cursors (a seek by key each time, cheap
 * however deep), up to `cap`; `onProgress` hears how many of how many after each page.
 */
export async function collectEntries<TNode>(
  fetchPage: (after: string | null, first: number) => Promise<ExportPage<TNode>>,
  onProgress: (fetched: number, total: number) => void,
  cap = EXPORT_CAP,
): Promise<CollectedEntries<TNode>> {
  const entries: TNode[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const page: ExportPage<TNode> = await fetchPage(after, Math.min(EXPORT_PAGE_SIZE, cap - entries.length));
    totalCount = page.totalCount;
    entries.push(...page.nodes);
    onProgress(entries.length, Math.min(totalCount, cap));
    if (!page.hasNextPage || !page.endCursor || entries.length >= cap || !page.nodes.length) break;
    after = page.endCursor;
  }
  return { entries, totalCount };
}

/** What an export needs from outside: the spreadsheet writer (loaded on demand) and the download. */
export interface AuditExportTools {
  /** Loads the writer: a dynamic import, so its code is fetched only when someone exports. */
  loadWriter(): Promise<(sheet: string, rows: readonly (readonly Cell[])[], widths?: readonly number[]) => Uint8Array>;
  /** Hands the file to the browser. */
  save(file: Blob, filename: string): void;
}

export const AUDIT_EXPORT_TOOLS: InjectionKey<AuditExportTools> = Symbol('auditExportTools');

function saveWithLink(file: Blob, filename: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has handed the file over; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const defaultExportTools: AuditExportTools = {
  loadWriter: () => import('./xlsx').then((module) => module.writeXlsx),
  save: saveWithLink,
};

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
