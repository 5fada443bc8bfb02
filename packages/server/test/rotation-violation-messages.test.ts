import { describe, expect, it } from 'vitest';
import * as i18n from '../src/app/i18n';
import { messageKeys, termOf, translate } from '../src/app/i18n';
import type { Locale } from '../src/shared/service-context';
import { wordViolation } from '../src/staff/rotation-violations';
import { FINDING_CODES } from '../src/staff/rotation/findings';
import { CLOSING_REASONS, ROTATION_RULES } from '../src/staff/rotation/model-input';

const LOCALES: Locale[] = ['zh-CN', 'en'];
/** A template as written: translate leaves a placeholder it is given no value for as it is. */
const template = (locale: Locale, key: string) => translate(locale, key);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('hold every key in zh-CN and in English, with the same placeholders', () => {
    const chinese = messageKeys('zh-CN').sort();
    expect(messageKeys('en').sort()).toEqual(chinese);
    for (const key of chinese) {
      expect({ key, placeholders: placeholders(template('en', key)) }).toEqual({
        key,
        placeholders: placeholders(template('zh-CN', key)),
      });
    }
  });

  it('word every finding the rotation solver can emit, and have a term for every rule a violation names', () => {
    for (const locale of LOCALES) {
      const keys = new Set(messageKeys(locale));
      for (const code of FINDING_CODES)
        expect(keys, `${locale} staff.violation.${code}`).toContain(`staff.violation.${code}`);
      for (const rule of [...ROTATION_RULES, ...CLOSING_REASONS]) {
        expect(termOf(locale, rule), `${locale} term ${rule}`).toEqual(expect.any(String));
      }
      expect(keys).toContain('staff.violation.someone');
      expect(keys).toContain('staff.violation.somePost');
      // And no text is left over from a finding that is gone.
      const worded = [...keys].filter((key) => key.startsWith('staff.violation.')).map((key) => key.slice(16));
      expect(worded.filter((code) => ![...FINDING_CODES, 'someone', 'somePost'].includes(code))).toEqual([]);
    }
  });
});

describe('a rotation finding in words', () => {
  const names = { staff: new Map([[7, '陈志强']]), posts: new Map([[1, '档案鉴定岗']]) };
  const kept = {
    rule: 'qualification',
    staffMemberId: '7',
    postId: '1',
    period: '2027-07',
    code: 'keptOnClosedPost' as const,
    params: {
      staff: { staff: 7 },
      post: { post: 1 },
      period: { period: '2027-07' },
      hold: {
        finding: {
          code: 'heldOnExchangeBetween' as const,
          params: { from: { date: '2027-03-01' }, to: { date: '2028-02-29' } },
        },
      },
      closedBy: {
        finding: {
          code: 'closedQualification' as const,
          params: { qualification: 'SECRECY', period: { period: '2027-07' } },
        },
      },
    },
  };

  it('names people and posts, and shows days and months as the reader writes them', () => {
    expect(wordViolation(i18n, 'zh-CN', names, kept).message).toBe(
      '陈志强在2027年7月不能调整（2027年3月1日至2028年2月29日交流），但也不能继续留在档案鉴定岗：SECRECY 资格在2027年7月内并非全程有效',
    );
    expect(wordViolation(i18n, 'en', names, kept).message).toBe(
      '陈志强 cannot be moved in July 2027 (on exchange from 1 March 2027 to 29 February 2028) but may not stay on 档案鉴定岗 either: the SECRECY qualification is not valid throughout July 2027',
    );
  });

  it('shows a person or post it has no name for by id, and lists people in the reader’s way', () => {
    const overfilled = {
      rule: 'max-staffing',
      postId: '2',
      period: '2027-01',
      code: 'overfilledByFixed' as const,
      params: { post: { post: 2 }, max: 1, staff: { staffList: [7, 9] }, period: { period: '2027-01' } },
    };
    expect(wordViolation(i18n, 'zh-CN', names, overfilled).message).toBe(
      '岗位（编号 2）最多 1 人，但陈志强和人员（编号 9）在2027年1月都只能在该岗位',
    );
    expect(wordViolation(i18n, 'en', names, overfilled).message).toBe(
      'post 2 takes at most 1, but 陈志强 and staff member 9 can be nowhere else in January 2027',
    );
  });
});
