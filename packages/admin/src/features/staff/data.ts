import type { FormItemRule } from 'element-plus';
import { t } from '@/app/i18n';
import type {
  AttendanceResult,
  CourseKind,
  CourseMode,
  ExchangeStatus,
  StaffFilter,
  StaffMembersQuery,
  StaffStatus,
  StaffDetailFragment,
} from '@/gql/graphql';
import { serverRules } from '@/gql/rules';

export type StaffRow = StaffMembersQuery['staffMembers']['edges'][number]['node'];
export type StaffDetail = StaffDetailFragment;

export const STAFF_STATUSES: readonly StaffStatus[] = serverRules.enums.StaffStatus;
export const COURSE_KINDS: readonly CourseKind[] = serverRules.enums.CourseKind;
export const COURSE_MODES: readonly CourseMode[] = serverRules.enums.CourseMode;
export const ATTENDANCE_RESULTS: readonly AttendanceResult[] = serverRules.enums.AttendanceResult;
export const EXCHANGE_STATUSES: readonly ExchangeStatus[] = serverRules.enums.ExchangeStatus;

export const STAFF_STATUS_TAG: Record<StaffStatus, 'success' | 'warning' | 'info'> = {
  ACTIVE: 'success',
  ON_EXCHANGE: 'warning',
  LEFT: 'info',
};

export const EXCHANGE_STATUS_TAG: Record<ExchangeStatus, 'primary' | 'success' | 'info' | 'warning'> = {
  PLANNED: 'info',
  ONGOING: 'warning',
  COMPLETED: 'success',
  CANCELLED: 'info',
};

export interface StaffFilterForm {
  search: string;
  organizationId: string | null;
  status: StaffStatus | '';
  /** Only managers of staff may filter by the flag (the server refuses it otherwise). */
  flagged: boolean;
}

export const emptyStaffFilter = (): StaffFilterForm => ({
  search: '',
  organizationId: null,
  status: '',
  flagged: false,
});

/** The server's StaffFilter for the form: blanks are left out rather than sent as "". */
export function toStaffFilter(form: StaffFilterForm): StaffFilter {
  const filter: StaffFilter = {};
  if (form.search.trim()) filter.search = form.search.trim();
  if (form.organizationId) filter.organizationId = form.organizationId;
  if (form.status) filter.status = form.status;
  if (form.flagged) filter.flaggedForRemoval = true;
  return filter;
}

/** The response path of a roster cell, for fieldError(): row `i` is edge `i`. */
export const staffFieldPath = (index: number, field: string) => `staffMembers.edges.${index}.node.${field}`;

/** 0–100 with one decimal at most, as the server takes it (requirements §7: score 0–100). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/**
 * Why a score cannot be sent, or null when it can: blank, not a number, or outside 0–100. The
 * assessment sheet checks each row with it before its own request.
 */
export function scoreProblem(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || String(value).trim() === '') return t('staff.assessment.scoreRequired');
  const score = Number(value);
  if (!Number.isFinite(score) || score < SCORE_MIN || score > SCORE_MAX) return t('staff.assessment.scoreRange');
  return null;
}

/** The score rule of a form field (Element Plus), the same check as scoreProblem(). */
export function scoreRule(): FormItemRule {
  return {
    trigger: ['blur', 'change'],
    validator: (_rule, value: unknown, callback: (error?: Error) => void) => {
      const problem = scoreProblem(value as string);
      callback(problem ? new Error(problem) : undefined);
    },
  };
}

/** Annual periods are `YYYY` (api.md); halves and quarters `YYYY-H1`, `YYYY-Q3`. */
export const PERIOD_PATTERN = /^\d{4}(-(H[12]|Q[1-4]))?$/;

/** A date of the form YYYY-MM-DD. */
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** End on or after start (inclusive dates, as the server stores them). */
export function endNotBefore(start: () => string, messageKey: string): FormItemRule {
  return {
    trigger: 'change',
    validator: (_rule, value: unknown, callback: (error?: Error) => void) => {
      const end = String(value ?? '');
      const from = start();
      callback(DATE_PATTERN.test(end) && DATE_PATTERN.test(from) && end < from ? new Error(t(messageKey)) : undefined);
    },
  };
}

/**
 * Strictly after a day: an assignment's end is exclusive, so ending it on its first day would
 * leave a stay of no days, which the server refuses (endAssignment: `staff.dateOrder`).
 */
export function laterThan(start: () => string, message: () => string): FormItemRule {
  return {
    trigger: 'change',
    validator: (_rule, value: unknown, callback: (error?: Error) => void) => {
      const end = String(value ?? '');
      const from = start();
      callback(DATE_PATTERN.test(end) && DATE_PATTERN.test(from) && end <= from ? new Error(message()) : undefined);
    },
  };
}

/** A whole number from `min` to `max`, or blank when `optional` (the server then takes its default). */
export function wholeNumberRule(min: number, max: number, message: () => string, optional = false): FormItemRule {
  return {
    trigger: ['blur', 'change'],
    validator: (_rule, value: unknown, callback: (error?: Error) => void) => {
      if ((value === null || value === undefined || value === '') && optional) return callback();
      const number = Number(value);
      const fits = value !== null && value !== '' && Number.isInteger(number) && number >= min && number <= max;
      callback(fits ? undefined : new Error(message()));
    },
  };
}

/** A person's current assignment, as the end-assignment dialog shows it. */
export interface Holding {
  staffMemberId: string;
  name: string;
  postTitle: string;
  startDate: string;
}

/** Training hours of the year as a share of the target, 0–100 (el-progress takes a percentage). */
export function progressPercent(hours: number, target: number): number {
  if (target <= 0) return 100;
  return Math.min(100, Math.round((hours / target) * 100));
}

/** YYYY-MM-DD of a Date, in local time (the calendar shows local days). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first and last day of the month a day falls in, for trainingSessions(from, to). */
export function monthRange(day: Date): { from: string; to: string } {
  const first = new Date(day.getFullYear(), day.getMonth(), 1);
  const last = new Date(day.getFullYear(), day.getMonth() + 1, 0);
  return { from: isoDay(first), to: isoDay(last) };
}

/** Groups items by a day (YYYY-MM-DD), days in order: the training calendar's list by date. */
export function byDay<T extends { date: string }>(items: readonly T[]): { date: string; items: T[] }[] {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.date.localeCompare(b.date))) {
    days.set(item.date, [...(days.get(item.date) ?? []), item]);
  }
  return [...days].map(([date, grouped]) => ({ date, items: grouped }));
}

/** One day of a month's grid: its items, and whether it belongs to the month shown. */
export interface GridDay<T> {
  date: string;
  inMonth: boolean;
  items: T[];
}

/**
 * The weeks of `month` as a wall calendar shows them, Monday first (as Chinese calendars do),
 * padded with the neighbouring months' days; each day with its items, in their order.
 */
export function monthGrid<T extends { date: string }>(month: Date, items: readonly T[]): GridDay<T>[][] {
  const byDate = new Map(byDay(items).map((day) => [day.date, day.items]));
  const first = new Date(month.getFullYear(), month.getMonth(), 1);
  const start = new Date(first);
  start.setDate(1 - ((first.getDay() + 6) % 7));
  const weeks: GridDay<T>[][] = [];
  for (let cursor = new Date(start); ;) {
    const week: GridDay<T>[] = [];
    for (let i = 0; i < 7; i += 1) {
      const date = isoDay(cursor);
      week.push({ date, inMonth: cursor.getMonth() === first.getMonth(), items: byDate.get(date) ?? [] });
      cursor.setDate(cursor.getDate() + 1);
    }
    weeks.push(week);
    if (cursor.getMonth() !== first.getMonth()) return weeks;
  }
}
