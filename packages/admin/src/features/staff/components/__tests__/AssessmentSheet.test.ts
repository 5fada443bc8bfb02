import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import AssessmentSheet, { type SheetPerson } from '../AssessmentSheet.vue';

const assessed = (period: string, score: number) => ({
  id: `a-${period}`,
  period,
  score,
  grade: 'PASS' as const,
  passed: true,
  comment: '工作认真',
  assessorName: '刘主管',
  assessedAt: '2026-01-15T02:00:00Z',
});
const PEOPLE: SheetPerson[] = [
  { id: '1', name: '陈志强', assessments: [] },
  { id: '2', name: '林晓燕', assessments: [] },
  { id: '3', name: '黄建国', assessments: [assessed('2025', 80)] },
];

/** The server: 林晓燕 already has 2025 (a second is refused on `period`); a score under 60 fails and flags. */
function answer(call: GraphQLCall) {
  const input = call.variables.input as {
    staffMemberId: string;
    score: number;
    period: string;
    comment: string | null;
  };
  if (input.staffMemberId === '2')
    return graphQLError('林晓燕 2025 考核期已有考核，不能重复录入', 'BAD_USER_INPUT', 'period');
  const passed = input.score >= 60;
  return {
    data: {
      recordAssessment: {
        ...assessed(input.period, input.score),
        id: `new-${input.staffMemberId}`,
        grade: passed ? 'PASS' : 'FAIL',
        passed,
        comment: input.comment,
        staffMember: { id: input.staffMemberId, flaggedForRemoval: !passed },
      },
    },
  };
}

function mountSheet() {
  const { calls } = stubGraphQL(answer);
  const { wrapper } = mountWithApp(AssessmentSheet, { props: { people: PEOPLE, period: '2025' } });
  return { wrapper, calls };
}
type Wrapper = ReturnType<typeof mountSheet>['wrapper'];

const row = (wrapper: Wrapper, name: string) =>
  wrapper.findAll('.el-table__row').find((each) => each.text().includes(name))!;
async function fill(wrapper: Wrapper, name: string, score: string, comment = '') {
  await row(wrapper, name).find('input[data-test="assessment-score"]').setValue(score);
  if (comment) await row(wrapper, name).find('input[data-test="assessment-comment"]').setValue(comment);
}
const sent = (calls: GraphQLCall[]) =>
  calls.filter((call) => call.operationName === 'RecordAssessment').map((call) => call.variables.input);

describe('AssessmentSheet', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('shows a period already assessed instead of an input for it', async () => {
    const { wrapper } = mountSheet();
    await flushPromises();
    const line = row(wrapper, '黄建国');
    expect(line.find('[data-test="assessment-score"]').exists()).toBe(false);
    expect(line.find('[data-test="assessment-existing-score"]').text()).toBe('80');
    expect(line.find('[data-test="assessment-result"]').text()).toContain('已考核');
  });

  it('checks a score is 0–100 on its row before sending anything', async () => {
    const { wrapper, calls } = mountSheet();
    await flushPromises();
    await row(wrapper, '陈志强').find('[data-test="assessment-save"]').trigger('click');
    await flushPromises();
    expect(row(wrapper, '陈志强').find('[data-test="assessment-error"]').text()).toBe('请输入分数');
    await fill(wrapper, '陈志强', '101');
    await row(wrapper, '陈志强').find('[data-test="assessment-save"]').trigger('click');
    await flushPromises();
    expect(row(wrapper, '陈志强').find('[data-test="assessment-error"]').text()).toBe('分数须在 0 到 100 之间');
    expect(sent(calls)).toEqual([]);
  });

  it('saves row by row, each showing its own result: a grade and the flag it raised, or the server refusing a duplicate', async () => {
    const { wrapper, calls } = mountSheet();
    await flushPromises();
    await fill(wrapper, '陈志强', '55', '差错较多');
    await fill(wrapper, '林晓燕', '75');
    expect(wrapper.find('[data-test="assessment-save-all"]').text()).toContain('2');
    await wrapper.find('[data-test="assessment-save-all"]').trigger('click');
    await flushPromises();

    expect(sent(calls)).toEqual([
      { staffMemberId: '1', period: '2025', score: 55, comment: '差错较多' },
      { staffMemberId: '2', period: '2025', score: 75, comment: null },
    ]);
    const failed = row(wrapper, '陈志强');
    expect(failed.find('[data-test="assessment-grade"]').text()).toBe('不合格');
    expect(failed.find('[data-test="assessment-flagged"]').exists()).toBe(true);
    // Saved rows are done: no second save of the same line.
    expect(failed.find('[data-test="assessment-save"]').exists()).toBe(false);

    const refused = row(wrapper, '林晓燕');
    expect(refused.find('[data-test="assessment-error"]').text()).toBe('林晓燕 2025 考核期已有考核，不能重复录入');
    expect(refused.find('[data-test="assessment-grade"]').exists()).toBe(false);
    expect(refused.find('[data-test="assessment-save"]').exists()).toBe(true);
    expect(wrapper.emitted('recorded')).toEqual([['1', true]]);
  });
});
