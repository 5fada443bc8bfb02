/**
 * National ID numbers (公民身份号码, GB 11643-1999): 17 digits — 6 of address, 8 of birth date
 * (YYYYMMDD), 3 of sequence whose last is odd for men and even for women — and a check character
 * by ISO 7064 MOD 11-2 (`0`–`9` or `X`). The SPA keeps a copy of this file
 * (packages/admin/src/shared/id-number.ts) with the same test vectors, so forms catch a typo
 * before the server does; the server's check is the one that counts.
 */

export type IdNumberProblem = 'format' | 'checkDigit' | 'birthDate' | 'futureBirthDate';

export interface IdNumberFacts {
  /** Normalised: upper-case `X`, no spaces. */
  value: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The facts an ID number states, or the first problem with it. `today` (`YYYY-MM-DD`) bounds
 * the birth date: nobody on record is born in the future.
 */
export function parseIdNumber(input: string, today: string): IdNumberFacts | IdNumberProblem {
  const value = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  if (idNumberCheckCharacter(value) !== value[17]) return 'checkDigit';
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01') return 'birthDate';
  if (birthDate > today) return 'futureBirthDate';
  return { value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}
