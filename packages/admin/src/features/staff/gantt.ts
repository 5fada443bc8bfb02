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
 * bars are stays. A post held by several people at once (maximum staffing above 1) gets a lane
 * per concurrent stay, each its own row under the post's title, so no bar hides another. A
 * running stay (no end) is drawn up to the day its tenure ends, or to `until` (today, the plan's
 * end) when it has none; it is `due` when that day comes by `dueBy`.
 */
export function toGantt(spans: readonly GanttSpan[], until: string, dueBy: string = until): GanttData {
  const lanesOf = new Map<string, { row: number; end: number }[]>();
  const rows: string[] = [];
  const bars: GanttBar[] = [];
  const order = [...spans].sort((a, b) => a.startDate.localeCompare(b.startDate));
  // Posts keep the order they were first met in `spans`; lanes are filled earliest stay first.
  for (const span of spans) {
    if (!lanesOf.has(span.post.id)) lanesOf.set(span.post.id, []);
  }
  const postOrder = [...lanesOf.keys()];
  const placed = new Map<string, GanttBar>();
  for (const span of order) {
    const running = span.endDate === null;
    const endDate = span.endDate ?? span.tenureEndsOn ?? until;
    const start = dayValue(span.startDate);
    const end = dayValue(endDate);
    const lanes = lanesOf.get(span.post.id)!;
    let lane = lanes.find((each) => each.end <= start);
    if (!lane) {
      lane = { row: -1, end };
      lanes.push(lane);
    }
    lane.end = end;
    placed.set(span.id, {
      id: span.id,
      row: lanes.indexOf(lane),
      person: span.person,
      start,
      end,
      startDate: span.startDate,
      endDate,
      due: running && Boolean(span.tenureEndsOn) && span.tenureEndsOn! <= dueBy,
    });
  }
  // Lane indexes become row numbers: the posts in order, each with its lanes.
  const firstRow = new Map<string, number>();
  for (const postId of postOrder) {
    firstRow.set(postId, rows.length);
    const title = spans.find((span) => span.post.id === postId)!.post.title;
    for (let i = 0; i < lanesOf.get(postId)!.length; i += 1) rows.push(title);
  }
  for (const span of spans) {
    const bar = placed.get(span.id)!;
    bars.push({ ...bar, row: firstRow.get(span.post.id)! + bar.row });
  }
  const min = bars.length ? Math.min(...bars.map((bar) => bar.start)) : dayValue(until);
  const max = bars.length ? Math.max(...bars.map((bar) => bar.end)) : dayValue(until);
  return { rows, bars, min, max };
}
