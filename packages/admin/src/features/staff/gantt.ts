/**
 * The rotation Gantt chart's data (issue 11 §7): one row per post, one bar per person's stay.
 * Pure, so the mapping is tested apart from ECharts; GanttChart.vue only draws what this returns.
 */

/** One stay on a post: [start, end) in YYYY-MM-DD; an open end is drawn up to `until`. */
export interface GanttSpan {
  id: string;
  post: { id: string; title: string };
  person: string;
  startDate: string;
  endDate: string | null;
  /** The day the post's longest tenure is reached: a stay still running then is due to rotate. */
  tenureEndsOn?: string | null;
}

export interface GanttBar {
  id: string;
  /** Index into `rows`. */
  row: number;
  person: string;
  start: number;
  end: number;
  startDate: string;
  endDate: string;
  /** A running stay that reaches the post's longest tenure by `dueBy` (a rotation is due). */
  due: boolean;
}

export interface GanttData {
  /** Post titles, top to bottom, in the order first met. */
  rows: string[];
  bars: GanttBar[];
  /** The time axis: the earliest start and the latest end. */
  min: number;
  max: number;
}

const dayValue = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * Rows are posts (two posts of one title in different organisations stay apart, keyed by id),
 * bars are stays. A running stay (no end) is drawn up to the day its tenure ends, or to `until`
 * (today, the plan's end) when it has none; it is `due` when that day comes by `dueBy`.
 */
export function toGantt(spans: readonly GanttSpan[], until: string, dueBy: string = until): GanttData {
  const rowOf = new Map<string, number>();
  const rows: string[] = [];
  const bars: GanttBar[] = [];
  for (const span of spans) {
    let row = rowOf.get(span.post.id);
    if (row === undefined) {
      row = rows.length;
      rowOf.set(span.post.id, row);
      rows.push(span.post.title);
    }
    const running = span.endDate === null;
    const endDate = span.endDate ?? span.tenureEndsOn ?? until;
    bars.push({
      id: span.id,
      row,
      person: span.person,
      start: dayValue(span.startDate),
      end: dayValue(endDate),
      startDate: span.startDate,
      endDate,
      due: running && Boolean(span.tenureEndsOn) && span.tenureEndsOn! <= dueBy,
    });
  }
  const min = bars.length ? Math.min(...bars.map((bar) => bar.start)) : dayValue(until);
  const max = bars.length ? Math.max(...bars.map((bar) => bar.end)) : dayValue(until);
  return { rows, bars, min, max };
}
