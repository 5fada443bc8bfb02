import { looksMasked } from '../policy/masking';
import { badInput } from '../shared/errors';
import { requiredText } from '../shared/validation';
import { IdNumberFacts, isCalendarDate, parseIdNumber } from './id-number';
import { Gender, MembershipStage, STAGE_DATE, STAGES, stageRank } from './membership';

export const PHONE = /^\+?[0-9][0-9 -]{5,30}$/;
/** requirements §2 / 党章: an applicant is at least 18 years old. */
const MINIMUM_AGE = 18;

/** The calendar day in China (UTC+8): dates of record are Chinese calendar days. */
export const chinaToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** A `YYYY-MM-DD` date that is a real day and not in the future; BAD_USER_INPUT on `field` otherwise. */
export function validDate(field: string, value: string, today: string): string {
  const trimmed = value.trim();
  if (!isCalendarDate(trimmed)) throw badInput(field, 'member.dateFormat');
  if (trimmed > today) throw badInput(field, 'member.dateInFuture');
  return trimmed;
}

export function optionalDate(field: string, value: string | null | undefined, today: string): string | null {
  return value?.trim() ? validDate(field, value, today) : null;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value?.trim() ? requiredText(field, value, max) : null;
}

/** A national ID number that is valid and agrees with the record's birth date and gender. */
export function validIdNumber(
  field: string,
  value: string,
  record: { birthDate: string; gender: Gender } | null,
  today: string,
): IdNumberFacts {
  if (looksMasked(value)) throw badInput(field, 'member.maskedValue');
  const facts = parseIdNumber(value, today);
  if (typeof facts === 'string') throw badInput(field, `member.idNumber.${facts}`);
  if (record && facts.birthDate !== record.birthDate) throw badInput(field, 'member.idNumber.birthDateMismatch');
  if (record && facts.gender !== record.gender) throw badInput(field, 'member.idNumber.genderMismatch');
  return facts;
}

export function validPhone(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (looksMasked(trimmed)) throw badInput('phone', 'member.maskedValue');
  if (!PHONE.test(trimmed)) throw badInput('phone', 'member.phoneFormat');
  return trimmed;
}

export function validAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (looksMasked(trimmed)) throw badInput('address', 'member.maskedValue');
  return requiredText('address', trimmed, 200);
}

export type StageDates = Partial<Record<(typeof STAGE_DATE)[MembershipStage], string | null>>;

/**
 * The party dates of a member at `stage` (requirements §2): each stage reached has its date,
 * none beyond it does, they follow one another, and the application comes at 18 or later.
 */
export function checkStageDates(stage: MembershipStage, dates: StageDates, birthDate: string): void {
  let previous: string | null = null;
  for (const each of STAGES) {
    const field = STAGE_DATE[each];
    const date = dates[field] ?? null;
    const reached = stageRank(each) <= stageRank(stage);
    if (reached && !date) throw badInput(field, 'member.dateRequired');
    if (!reached && date) throw badInput(field, 'member.dateBeyondStage');
    if (date && previous && date < previous) throw badInput(field, 'member.dateOrder');
    if (date) previous = date;
  }
  const application = dates.applicationDate;
  if (application && application < addYears(birthDate, MINIMUM_AGE)) {
    throw badInput('applicationDate', 'member.tooYoung', { age: MINIMUM_AGE });
  }
}

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
