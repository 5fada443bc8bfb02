import { computed, reactive, ref, shallowRef } from 'vue';
import type { FieldError } from '@/app/graphql';
import {
  currentCursor,
  emptyCursorStack,
  hasPreviousPage,
  pageNumber,
  popCursor,
  pushCursor,
  type CursorStack,
  type PageSize,
} from './cursorStack';

/** One page of a Relay connection, flattened to what a table needs. */
export interface Page<TNode> {
  nodes: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /**
   * Values of this page the server withheld (requestWithFieldErrors), by response path: row `i`
   * is edge `i`, so a cell finds its own with fieldError(list.fieldErrors, `<root>.edges.${i}.node.<field>`).
   */
  fieldErrors?: readonly FieldError[];
}

export type FetchPage<TNode> = (args: { first: number; after: string | null }) => Promise<Page<TNode>>;

/** Flattens a connection (`edges { node }`, `pageInfo`, `totalCount`) into a Page. */
export function toPage<TNode>(connection: {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}): Page<TNode> {
  return {
    nodes: connection.edges.map((edge) => edge.node),
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

/**
 * State of a cursor-paged list: rows, loading, error, and prev/next over a stack of cursors.
 * `fetchPage` should pass `silent: true` to request(): the list shows its own error with a retry.
 */
export function usePagedQuery<TNode>(fetchPage: FetchPage<TNode>, initialPageSize: PageSize = 20) {
  const rows = shallowRef<TNode[]>([]);
  const fieldErrors = shallowRef<readonly FieldError[]>([]);
  const totalCount = ref(0);
  const loading = ref(false);
  /** Whether any answer (rows or an error) has arrived: until then "no data" and "0 in total" would be false. */
  const loaded = ref(false);
  const error = shallowRef<unknown>(null);
  const pageSize = ref<PageSize>(initialPageSize);
  const cursors = ref<CursorStack>(emptyCursorStack);
  const nextCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  // Only the latest request may fill the table: a slow earlier page must not overwrite it.
  let latest = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const page = await fetchPage({ first: pageSize.value, after: currentCursor(cursors.value) });
      if (ticket !== latest) return;
      rows.value = page.nodes;
      fieldErrors.value = page.fieldErrors ?? [];
      totalCount.value = page.totalCount;
      hasNextPage.value = page.hasNextPage && page.endCursor !== null;
      nextCursor.value = page.endCursor;
    } catch (cause) {
      if (ticket === latest) error.value = cause;
    } finally {
      if (ticket === latest) {
        loading.value = false;
        loaded.value = true;
      }
    }
  }

  function next(): Promise<void> {
    if (!hasNextPage.value || nextCursor.value === null) return Promise.resolve();
    cursors.value = pushCursor(cursors.value, nextCursor.value);
    return load();
  }

  function previous(): Promise<void> {
    if (!hasPreviousPage(cursors.value)) return Promise.resolve();
    cursors.value = popCursor(cursors.value);
    return load();
  }

  /** Back to the first page, e.g. after the filter changed. */
  function firstPage(): Promise<void> {
    cursors.value = emptyCursorStack;
    return load();
  }

  /** Cursors of one page size do not line up with another's, so a new size restarts at page 1. */
  function setPageSize(size: PageSize): Promise<void> {
    pageSize.value = size;
    return firstPage();
  }

  // reactive(): templates and scripts read `list.rows`, `list.loading` without `.value`.
  return reactive({
    rows,
    fieldErrors,
    totalCount,
    loading,
    loaded,
    error,
    pageSize,
    hasNextPage,
    hasPreviousPage: computed(() => hasPreviousPage(cursors.value)),
    page: computed(() => pageNumber(cursors.value)),
    /** Reloads the current page (after a change, or to retry). */
    reload: load,
    next,
    previous,
    firstPage,
    setPageSize,
  });
}

export type PagedQuery<TNode> = ReturnType<typeof usePagedQuery<TNode>>;
