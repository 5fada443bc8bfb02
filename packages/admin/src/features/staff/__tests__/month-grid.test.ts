import { describe, expect, it } from 'vitest';
import { monthGrid } from '../data';

describe('monthGrid', () => {
  it('lays a month out in Monday-first weeks, padded with the neighbouring months’ days', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = monthGrid(new Date(2026, 11, 15), []);
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', inMonth: false, items: [] });
    expect(weeks[0][1]).toMatchObject({ date: '2026-12-01', inMonth: true });
    expect(weeks[4][3]).toMatchObject({ date: '2026-12-31', inMonth: true });
    expect(weeks[4][6]).toMatchObject({ date: '2027-01-03', inMonth: false });
  });

  it('puts each item on its day, in order, and ends on the week holding the last day', () => {
    const items = [
      { date: '2027-02-28', id: 'b' },
      { date: '2027-02-01', id: 'a' },
      { date: '2027-02-28', id: 'c' },
    ];
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    const weeks = monthGrid(new Date(2027, 1, 1), items);
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0]).toEqual({ date: '2027-02-01', inMonth: true, items: [items[1]] });
    expect(weeks[3][6].items.map((item) => item.id)).toEqual(['b', 'c']);
  });
});
