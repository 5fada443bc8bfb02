import { describe, expect, it, vi } from 'vitest';
import { usePagedQuery, type Page } from '../usePagedQuery';

/** A server with `total` numbered rows, paging with cursors "c<index of last row>". */
function fakeServer(total: number) {
  return vi.fn(async ({ first, after }: { first: number; after: string | null }): Promise<Page<number>> => {
    const start = after === null ? 0 : Number(after.slice(1)) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => start + i);
    const end = nodes.length ? start + nodes.length - 1 : null;
    return { nodes, totalCount: total, hasNextPage: start + first < total, endCursor: end === null ? null : `c${end}` };
  });
}

describe('usePagedQuery', () => {
  it('walks forward and back through pages with the cursors it kept', async () => {
    const fetchPage = fakeServer(25);
    const list = usePagedQuery(fetchPage, 10);

    await list.reload();
    expect(list.rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(list.hasPreviousPage).toBe(false);

    await list.next();
    await list.next();
    expect(list.page).toBe(3);
    expect(list.rows).toEqual([20, 21, 22, 23, 24]);
    expect(list.hasNextPage).toBe(false);

    await list.previous();
    expect(list.page).toBe(2);
    expect(list.rows[0]).toBe(10);
    expect(fetchPage).toHaveBeenLastCalledWith({ first: 10, after: 'c9' });
  });

  it('restarts at page 1 when the page size changes', async () => {
    const fetchPage = fakeServer(250);
    const list = usePagedQuery(fetchPage, 10);
    await list.reload();
    await list.next();

    await list.setPageSize(50);
    expect(list.page).toBe(1);
    expect(fetchPage).toHaveBeenLastCalledWith({ first: 50, after: null });
    expect(list.rows).toHaveLength(50);
  });

  it('does not go past the last page', async () => {
    const fetchPage = fakeServer(5);
    const list = usePagedQuery(fetchPage, 10);
    await list.reload();
    await list.next();
    expect(list.page).toBe(1);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('keeps the error for the list to show, and clears it on retry', async () => {
    const failure = new Error('offline');
    const fetchPage = vi
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce({
        nodes: [1],
        totalCount: 1,
        hasNextPage: false,
        endCursor: 'c0',
      });
    const list = usePagedQuery<number>(fetchPage, 10);

    await list.reload();
    expect(list.error).toBe(failure);
    expect(list.loading).toBe(false);

    await list.reload();
    expect(list.error).toBeNull();
    expect(list.rows).toEqual([1]);
  });

  it('lets only the latest request fill the table', async () => {
    let releaseSlow: (page: Page<string>) => void = () => {};
    const slow = new Promise<Page<string>>((resolve) => (releaseSlow = resolve));
    const fetchPage = vi
      .fn()
      .mockReturnValueOnce(slow)
      .mockResolvedValueOnce({ nodes: ['fresh'], totalCount: 1, hasNextPage: false, endCursor: null });
    const list = usePagedQuery<string>(fetchPage, 10);

    const first = list.reload();
    await list.firstPage();
    releaseSlow({ nodes: ['stale'], totalCount: 1, hasNextPage: false, endCursor: null });
    await first;

    expect(list.rows).toEqual(['fresh']);
  });
});
