import { describe, expect, it } from 'vitest';
import { toGantt, type GanttSpan } from '../gantt';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const span = (
  id: string,
  postId: string,
  title: string,
  person: string,
  startDate: string,
  endDate: string | null,
  tenureEndsOn?: string,
): GanttSpan => ({
  id,
  post: { id: postId, title },
  person,
  startDate,
  endDate,
  tenureEndsOn,
});

describe('toGantt', () => {
  it('puts each post on one row in the order first met, with a bar per stay', () => {
    const gantt = toGantt(
      [
        span('a1', 'p1', '档案整理编目岗', '陈志强', '2024-01-01', '2025-01-01'),
        span('a2', 'p2', '档案鉴定岗', '林晓燕', '2024-03-01', '2026-03-01'),
        span('a3', 'p1', '档案整理编目岗', '黄建国', '2025-01-01', '2027-01-01'),
      ],
      '2026-12-07',
    );
    expect(gantt.rows).toEqual(['档案整理编目岗', '档案鉴定岗']);
    expect(gantt.bars.map((bar) => [bar.person, bar.row])).toEqual([
      ['陈志强', 0],
      ['林晓燕', 1],
      ['黄建国', 0],
    ]);
    expect(gantt.bars[0]).toMatchObject({ start: day('2024-01-01'), end: day('2025-01-01'), due: false });
    expect(gantt.min).toBe(day('2024-01-01'));
    expect(gantt.max).toBe(day('2027-01-01'));
  });

  it('keeps two posts of one title apart: rows are keyed by the post, not its name', () => {
    const gantt = toGantt(
      [
        span('a1', 'p1', '档案利用服务岗', '甲', '2025-01-01', '2026-01-01'),
        span('a2', 'p9', '档案利用服务岗', '乙', '2025-01-01', '2026-01-01'),
      ],
      '2026-12-07',
    );
    expect(gantt.rows).toHaveLength(2);
    expect(gantt.bars.map((bar) => bar.row)).toEqual([0, 1]);
  });

  it('draws a running stay up to its tenure end and marks it due when that comes by the due day', () => {
    const gantt = toGantt(
      [
        span('a1', 'p1', '档案接收征集岗', '周丽华', '2024-02-01', null, '2027-02-01'),
        span('a2', 'p2', '档案保管保护岗', '吴海涛', '2025-06-01', null, '2028-06-01'),
        span('a3', 'p3', '档案鉴定岗', '郑雅琴', '2025-06-01', null),
      ],
      '2026-12-07',
      '2027-06-07',
    );
    expect(gantt.bars.map((bar) => [bar.endDate, bar.due])).toEqual([
      ['2027-02-01', true],
      ['2028-06-01', false],
      // No tenure known: drawn to `until`, never due.
      ['2026-12-07', false],
    ]);
  });

  it('never marks a finished stay due, whatever its tenure', () => {
    const [bar] = toGantt([span('a1', 'p1', '岗', '甲', '2020-01-01', '2023-01-01', '2023-01-01')], '2026-12-07').bars;
    expect(bar!.due).toBe(false);
  });

  it('spans the axis over `until` alone when there is nothing to draw', () => {
    expect(toGantt([], '2026-12-07')).toEqual({ rows: [], bars: [], min: day('2026-12-07'), max: day('2026-12-07') });
  });
});

describe('toGantt with several holders of one post', () => {
  it('gives concurrent stays their own lanes and lets a later stay reuse a lane that has ended', () => {
    const gantt = toGantt(
      [
        span('a1', 'p1', '档案整理编目岗', '甲', '2024-01-01', '2026-01-01'),
        span('a2', 'p1', '档案整理编目岗', '乙', '2025-01-01', '2027-01-01'),
        span('a3', 'p1', '档案整理编目岗', '丙', '2026-01-01', '2028-01-01'),
        span('a4', 'p2', '档案鉴定岗', '丁', '2025-01-01', '2026-01-01'),
      ],
      '2026-12-07',
    );
    expect(gantt.rows).toEqual(['档案整理编目岗', '档案整理编目岗', '档案鉴定岗']);
    expect(gantt.bars.map((bar) => [bar.person, bar.row])).toEqual([
      ['甲', 0],
      ['乙', 1],
      ['丙', 0],
      ['丁', 2],
    ]);
  });
});
