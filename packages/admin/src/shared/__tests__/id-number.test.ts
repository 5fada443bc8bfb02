import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, parseIdNumber } from '../id-number';

// The same vectors as packages/server/test/id-number.test.ts: the two copies must agree.
const TODAY = '2026-06-01';

describe('national ID numbers (GB 11643-1999), as the browser checks them', () => {
  it('accepts valid numbers and reads their birth date and gender', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    });
    expect(parseIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ value: '11010519491231002X' });
    expect(parseIdNumber('320106198506123310', TODAY)).toMatchObject({ birthDate: '1985-06-12', gender: 'MALE' });
    expect(parseIdNumber('370202198002290018', TODAY)).toMatchObject({ birthDate: '1980-02-29', gender: 'MALE' });
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('32058319920315124')).toBe('1');
  });

  it('names the first problem of an invalid number', () => {
    expect(parseIdNumber('1101051949123100', TODAY)).toBe('format');
    expect(parseIdNumber('11010519491231002A', TODAY)).toBe('format');
    expect(parseIdNumber('110105194912310021', TODAY)).toBe('checkDigit');
    expect(parseIdNumber('440304199902291236', TODAY)).toBe('birthDate');
    expect(parseIdNumber('510107203001010017', TODAY)).toBe('futureBirthDate');
  });
});
