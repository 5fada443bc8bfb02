import type { DisposalMethod, LifecycleDossierFragment, InvalidatedMaterialsQuery } from '@/gql/graphql';
import { currentLocale } from '@/app/i18n';

export type LifecycleDossierRow = LifecycleDossierFragment;
export type InvalidatedMaterialRow = InvalidatedMaterialsQuery['invalidatedMaterials']['edges'][number]['node'];

/** The server's bounds (dossiers/overdue.service.ts), checked here before anything is sent. */
export const EXPLANATION_MIN = 5;
export const EXPLANATION_MAX = 500;
export const MAX_PROMISE_DAYS = 90;
export const FINDINGS_MIN = 2;
export const FINDINGS_MAX = 2000;
export const DECISION_NOTE_MIN = 5;
export const DECISION_NOTE_MAX = 1000;
export const DISPOSAL_METHODS: readonly DisposalMethod[] = ['DESTROYED', 'RETURNED', 'TRANSFERRED'];

/** Today in China (UTC+8) as YYYY-MM-DD: the server decides dates by this calendar. */
export const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Whether a promised date is one the server accepts: after today, within MAX_PROMISE_DAYS. */
export function isPromisedDateAllowed(day: string, today = chinaToday()): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day > today && day <= addDays(today, MAX_PROMISE_DAYS);
}

/** A date (YYYY-MM-DD, or the day of an instant) as the user's language writes it. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(date);
}

export const categoryName = (category: { nameZh: string; nameEn: string }) =>
  currentLocale() === 'en' ? category.nameEn : category.nameZh;

/** Overdue state of a row for its tag: escalated, explained (promise pending) or unexplained. */
export function overdueState(row: Pick<LifecycleDossierRow, 'escalatedAt' | 'explainedAt'>) {
  if (row.escalatedAt) return 'escalated' as const;
  return row.explainedAt ? ('explained' as const) : ('unexplained' as const);
}
