import { computed, reactive, ref, shallowRef } from 'vue';

/**
 * The deepest entry a page jump reaches: the server's bound on `offset` (MAX_AUDIT_OFFSET), past
 * which it answers BAD_USER_INPUT. Older entries are reached by narrowing the filter.
 */
export const MAX_AUDIT_OFFSET = 10_000;
export const AUDIT_PAGE_SIZES = [10, 20, 50, 100] as const;

export interface OffsetPage<TNode> {
  nodes: TNode[];
  totalCount: number;
}

export type FetchOffsetPage<TNode> = (args: { first: number; offset: number }) => Promise<OffsetPage<TNode>>;

/**
 * A list with page numbers: page N is asked for as `offset (N-1) × size`, so any page of the
 * reachable range is one request away (the pager's jump). `loaded` stays false until the first
 * answer, so the page shows a skeleton rather than a flash of "no data".
 */
export function useOffsetPagedQuery<TNode>(fetchPage: FetchOffsetPage<TNode>, initialPageSize = 20) {
  const rows = shallowRef<TNode[]>([]);
  const totalCount = ref(0);
  const loading = ref(false);
  const loaded = ref(false);
  const error = shallowRef<unknown>(null);
  const page = ref(1);
  const pageSize = ref(initialPageSize);
  // Only the latest request may fill the table: a slow earlier page must not overwrite it.
  let latest = 0;

  /** The last page a jump can reach: its first entry lies within MAX_AUDIT_OFFSET. */
  const lastReachablePage = computed(() => Math.floor(MAX_AUDIT_OFFSET / pageSize.value) + 1);
  const reachableCount = computed(() => Math.min(totalCount.value, lastReachablePage.value * pageSize.value));

  async function load(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const result = await fetchPage({ first: pageSize.value, offset: (page.value - 1) * pageSize.value });
      if (ticket !== latest) return;
      rows.value = result.nodes;
      totalCount.value = result.totalCount;
      loaded.value = true;
    } catch (cause) {
      if (ticket === latest) error.value = cause;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  function goTo(target: number): Promise<void> {
    page.value = Math.min(Math.max(1, Math.trunc(target) || 1), lastReachablePage.value);
    return load();
  }

  function setPageSize(size: number): Promise<void> {
    pageSize.value = size;
    return goTo(1);
  }

  return reactive({
    rows,
    totalCount,
    reachableCount,
    loading,
    loaded,
    error,
    page,
    pageSize,
    /** Whether the total lies beyond what a jump reaches. */
    capped: computed(() => totalCount.value > reachableCount.value),
    reload: load,
    goTo,
    setPageSize,
  });
}

export type OffsetPagedQuery<TNode> = ReturnType<typeof useOffsetPagedQuery<TNode>>;
