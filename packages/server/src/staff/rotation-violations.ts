import type { MessageParams } from '../shared/errors';
import type { Locale } from '../shared/service-context';
import type { Finding, FindingParam } from './rotation/findings';
import type { RotationPlanViolation } from './rotation/input';

/**
 * A plan's violations as stored: findings (code and facts) since the solver stopped writing
 * prose; rows stored before that carry only their English `message`, shown as it was.
 */
export type StoredViolation = Omit<RotationPlanViolation, 'code' | 'params'> &
  (Pick<RotationPlanViolation, 'code' | 'params'> | { code?: undefined; message: string });

/** A violation as the API answers it: the finding worded in the reader's language. */
export interface WordedViolation {
  rule: string;
  staffMemberId?: string | null;
  postId?: string | null;
  period?: string | null;
  message: string;
}

/** What app/i18n offers (passed in: it is composed from the modules, this one's included). */
export interface Words {
  translate: (locale: Locale, key: string, params?: MessageParams) => string;
  termOf: (locale: Locale, word: string) => string | undefined;
}

/** Names of the people and posts the violations mention; a missing one is shown by its id. */
export interface ViolationNames {
  staff: ReadonlyMap<number, string>;
  posts: ReadonlyMap<number, string>;
}

/** The people and posts a list of violations mentions, to load their names in one batch each. */
export function mentionedIds(violations: StoredViolation[]): { staff: number[]; posts: number[] } {
  const staff = new Set<number>();
  const posts = new Set<number>();
  const visit = (value: FindingParam) => {
    if (typeof value !== 'object') return;
    if ('staff' in value) staff.add(value.staff);
    else if ('staffList' in value) value.staffList.forEach((id) => staff.add(id));
    else if ('post' in value) posts.add(value.post);
    else if ('finding' in value) Object.values(value.finding.params).forEach(visit);
    else if ('findings' in value) value.findings.forEach((each) => Object.values(each.params).forEach(visit));
  };
  for (const violation of violations) {
    if (violation.staffMemberId) staff.add(Number(violation.staffMemberId));
    if (violation.postId) posts.add(Number(violation.postId));
    if (violation.code !== undefined) Object.values(violation.params).forEach(visit);
  }
  return { staff: [...staff], posts: [...posts] };
}

/** Words a stored violation in `locale`, people and posts by name (requirements §8: zh-CN first, English too). */
export function wordViolation(
  words: Words,
  locale: Locale,
  names: ViolationNames,
  violation: StoredViolation,
): WordedViolation {
  const { rule, staffMemberId, postId, period } = violation;
  const message = violation.code === undefined ? violation.message : wordFinding(words, locale, names, violation);
  return { rule, staffMemberId, postId, period, message };
}

function wordFinding(words: Words, locale: Locale, names: ViolationNames, finding: Finding): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] = wordParam(words, locale, names, value);
  }
  return words.translate(locale, `staff.violation.${finding.code}`, params);
}

function wordParam(words: Words, locale: Locale, names: ViolationNames, value: FindingParam): string | number {
  if (typeof value !== 'object') return value;
  const { translate } = words;
  const person = (id: number) => names.staff.get(id) ?? translate(locale, 'staff.violation.someone', { id });
  if ('staff' in value) return person(value.staff);
  if ('staffList' in value) return new Intl.ListFormat(locale).format(value.staffList.map(person));
  if ('post' in value)
    return names.posts.get(value.post) ?? translate(locale, 'staff.violation.somePost', { id: value.post });
  if ('date' in value) return formatDay(locale, value.date);
  if ('period' in value) return formatMonth(locale, value.period);
  if ('rule' in value) return words.termOf(locale, value.rule) ?? value.rule;
  if ('finding' in value) return wordFinding(words, locale, names, value.finding);
  const separator = locale === 'zh-CN' ? '；' : '; ';
  return value.findings.map((each) => wordFinding(words, locale, names, each)).join(separator);
}

const DAY_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};
const MONTH_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
};

/** `2027-07-01` as 2027年7月1日 / 1 July 2027; anything that is not a day is shown as it is. */
function formatDay(locale: Locale, date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(time) ? DAY_FORMAT[locale].format(time) : date;
}

/** A period `2027-07` as 2027年7月 / July 2027. */
function formatMonth(locale: Locale, label: string): string {
  const time = Date.parse(`${label}-01T00:00:00Z`);
  return /^\d{4}-\d{2}$/.test(label) && !Number.isNaN(time) ? MONTH_FORMAT[locale].format(time) : label;
}
