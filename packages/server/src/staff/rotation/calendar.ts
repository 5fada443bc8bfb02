/**
 * The solver's calendar: the horizon cut into rotation periods. Dates stay `YYYY-MM-DD`
 * strings, which compare in date order; months are counted whole, as tenure is (a stay of
 * 36 months and 10 days has lasted 36 months).
 */

export interface RotationPeriod {
  index: number;
  /** First day of the period. */
  start: string;
  /** First day after the period. */
  end: string;
  /** Months from the horizon's start to the period's start. */
  offsetMonths: number;
  months: number;
  /** Which year of the horizon the period starts in (the cross-region quota is yearly). */
  year: number;
  /** `YYYY-MM`, as violations name a period. */
  label: string;
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The same day `months` later (or earlier), held to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(d, last));
}

/**
 * Whole months from `from` to `to`: the most months that can be added to `from` without
 * passing `to` (31 Jan to 29 Feb is one month), 0 when `to` is not after `from`.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(to);
  const months = (y2 - y1) * 12 + (m2 - m1);
  const whole = addMonths(from, months) > to ? months - 1 : months;
  return Math.max(0, whole);
}

/** The day before `date`: the last day of a stay or period. */
export function dayBefore(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The horizon's periods: `periodMonths` long, the last one cut at the horizon's end. */
export function rotationPeriods(startDate: string, months: number, periodMonths: number): RotationPeriod[] {
  const periods: RotationPeriod[] = [];
  for (let offset = 0; offset < months; offset += periodMonths) {
    const length = Math.min(periodMonths, months - offset);
    const start = addMonths(startDate, offset);
    periods.push({
      index: periods.length,
      start,
      end: addMonths(startDate, offset + length),
      offsetMonths: offset,
      months: length,
      year: Math.floor(offset / 12),
      label: start.slice(0, 7),
    });
  }
  return periods;
}
