import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/app/i18n';
import {
  changedMemberFields,
  emptyMemberForm,
  idNumberProblem,
  memberFormFrom,
  stageDateProblem,
  toMemberQuery,
  emptyMemberFilter,
} from '../data';
import { memberDetail, WOMAN_ID } from './fixtures';

describe('member rules in the browser', () => {
  beforeEach(() => setLocale('en'));

  it('checks the ID number: check digit, and birth date and gender agreeing with the form', () => {
    expect(idNumberProblem(WOMAN_ID, { birthDate: '1949-12-31', gender: 'FEMALE' })).toBeNull();
    expect(idNumberProblem('110105194912310021', null)).toMatch(/check digit/);
    expect(idNumberProblem(WOMAN_ID, { birthDate: '1950-01-01', gender: '' })).toMatch(/birth date/);
    expect(idNumberProblem(WOMAN_ID, { birthDate: '', gender: 'MALE' })).toMatch(/gender/);
    expect(idNumberProblem('1101**********002X', null)).toMatch(/partly hidden/);
  });

  it('wants the dates of the stages reached, in order, the application at 18 or later', () => {
    const form = { ...emptyMemberForm(), birthDate: '1949-12-31', stage: 'ACTIVIST' as const };
    expect(stageDateProblem(form, 'applicationDate')).toMatch(/enter its date/);
    form.applicationDate = '1960-01-01';
    expect(stageDateProblem(form, 'applicationDate')).toMatch(/at least 18/);
    form.applicationDate = '2020-03-01';
    form.activistDate = '2020-01-01';
    expect(stageDateProblem(form, 'activistDate')).toMatch(/earlier than that of the previous stage/);
    form.activistDate = '2020-06-01';
    expect(stageDateProblem(form, 'activistDate')).toBeNull();
    form.probationaryDate = '2021-01-01';
    expect(stageDateProblem(form, 'probationaryDate')).toMatch(/not reached this stage/);
    expect(stageDateProblem({ ...form, activistDate: '2999-01-01' }, 'activistDate', '2026-01-01')).toMatch(
      /later than today/,
    );
  });

  it('sends an edit only what changed, and the relatives whole when any changed', () => {
    const shown = memberFormFrom(memberDetail({ phone: '138****5678' }));
    const form = structuredClone(shown);
    expect(changedMemberFields(shown, form)).toEqual({});
    form.post = ' 副馆长 ';
    form.relatives[0].workUnit = '示范中学';
    expect(changedMemberFields(shown, form)).toEqual({
      post: '副馆长',
      relatives: [{ kind: 'FAMILY', name: '王强', relation: '父亲', workUnit: '示范中学', idNumber: null }],
    });
  });

  it('searches an ID number whole, without spaces, with a capital X', () => {
    const { filter, orderBy } = toMemberQuery({ ...emptyMemberFilter(), idNumber: ' 110105 19491231002x ' });
    expect(filter).toEqual({ idNumber: WOMAN_ID });
    expect(orderBy).toBe('ID');
  });
});
