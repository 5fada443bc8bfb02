import { describe, expect, it, vi } from 'vitest';
import { useFilteredPagedQuery } from '../useFilteredPagedQuery';

/** Names filtered by a prefix, one per page, with cursors "c<index>". */
function namesServer(names: string[]) {
  return vi.fn(async (prefix: string | undefined, { after }: { first: number; after: string | null }) => {
    const matching = names.filter((name) => !prefix || name.startsWith(prefix));
    const start = after === null ? 0 : Number(after.slice(1)) + 1;
    return {
      nodes: matching.slice(start, start + 1),
      totalCount: matching.length,
      hasNextPage: start + 1 < matching.length,
      endCursor: `c${start}`,
    };
  });
}

function namesList(fetchPage: ReturnType<typeof namesServer>) {
  return useFilteredPagedQuery({
    emptyForm: () => ({ prefix: '' }),
    toFilter: (form) => form.prefix.trim() || undefined,
    fetchPage,
  });
}

describe('useFilteredPagedQuery', () => {
  it('keeps paging under the searched filter while the form is being edited', async () => {
    const fetchPage = namesServer(['zhang.wei', 'zhang.min', 'wang.fang']);
    const { filter, list, search } = namesList(fetchPage);
    filter.value.prefix = 'zhang';
    await search();
    expect(list.rows).toEqual(['zhang.wei']);

    filter.value.prefix = 'wang';
    await list.next();

    expect(list.rows).toEqual(['zhang.min']);
    expect(fetchPage).toHaveBeenLastCalledWith('zhang', { first: 20, after: 'c0' });
  });

  it('starts a new search at page 1', async () => {
    const fetchPage = namesServer(['zhang.wei', 'zhang.min', 'wang.fang']);
    const { filter, list, search } = namesList(fetchPage);
    await list.reload();
    await list.next();
    expect(list.page).toBe(2);

    filter.value.prefix = 'wang';
    await search();

    expect(list.page).toBe(1);
    expect(list.rows).toEqual(['wang.fang']);
  });

  it('clears the form and the filter on reset', async () => {
    const fetchPage = namesServer(['zhang.wei', 'wang.fang']);
    const { filter, list, search, resetFilter } = namesList(fetchPage);
    filter.value.prefix = 'wang';
    await search();

    await resetFilter();

    expect(filter.value.prefix).toBe('');
    expect(list.totalCount).toBe(2);
    expect(fetchPage).toHaveBeenLastCalledWith(undefined, { first: 20, after: null });
  });
});
