import { isCalendarDate } from '../members/id-number';
import { chinaToday } from '../members/member-validation';
import { badInput } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';

/** Today as a Chinese calendar day: staff dates of record are days, as members' are. */
export const todayOf = (ctx: Pick<ServiceContext, 'now'>) => chinaToday(ctx.now());

/** A `YYYY-MM-DD` day (past or future: contracts and retirements lie ahead); BAD_USER_INPUT on `field` otherwise. */
export function calendarDay(field: string, value: string): string {
  const trimmed = value.trim();
  if (!isCalendarDate(trimmed)) throw badInput(field, 'staff.dateFormat');
  return trimmed;
}

export const optionalDay = (field: string, value: string | null | undefined) =>
  value?.trim() ? calendarDay(field, value) : null;

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const format = (date: Date) => date.toISOString().slice(0, 10);

/** The day `months` later, clamped to the month's end (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return format(target);
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day);
  return format(new Date(Date.UTC(year, month - 1, date + days)));
}

/** Whole months from `from` to `to` (a tenure). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
