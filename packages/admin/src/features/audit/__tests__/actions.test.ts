import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { setLocale } from '@/app/i18n';
import { graphQLError, stubGraphQL } from '@/__tests__/support';
import { auditActionTagType, useAuditActionsStore } from '../actions';

const LABELS = { 'zh-CN': '新建用户', en: 'User created' } as const;

describe('audit action labels from the server', () => {
  afterEach(() => setLocale('zh-CN'));

  it("labels a code in the reader's language, asking again when the language changes", async () => {
    const { calls } = stubGraphQL((call) => ({
      data: {
        auditActions: [{ code: 'USER_CREATED', label: LABELS[call.headers['Accept-Language'] as keyof typeof LABELS] }],
      },
    }));
    setActivePinia(createPinia());
    const actions = useAuditActionsStore();

    await actions.ensureLoaded();
    await actions.ensureLoaded();
    expect(actions.label('USER_CREATED')).toBe('新建用户');
    setLocale('en');
    await actions.ensureLoaded();

    expect(actions.label('USER_CREATED')).toBe('User created');
    expect(calls).toHaveLength(2);
  });

  // Later modules add actions; the trail must still say what happened, even before the list arrives.
  it.each(['DOSSIER_TRANSFERRED', 'member.created', 'X{0}', ''])(
    'shows a code without a label, %j, as it is',
    (code) => {
      setActivePinia(createPinia());

      expect(useAuditActionsStore().label(code)).toBe(code);
    },
  );

  it('shows codes when the list cannot be had, and asks again next time', async () => {
    const { calls } = stubGraphQL(() => graphQLError('无权执行此操作', 'FORBIDDEN'));
    setActivePinia(createPinia());
    const actions = useAuditActionsStore();

    await actions.ensureLoaded();
    await flushPromises();
    await actions.ensureLoaded();

    expect(actions.label('USER_CREATED')).toBe('USER_CREATED');
    expect(calls).toHaveLength(2);
  });

  it('marks failures, lockouts and disabling so they stand out', () => {
    expect(auditActionTagType('LOGIN_FAILED')).toBe('danger');
    expect(auditActionTagType('LOGIN_LOCKED')).toBe('danger');
    expect(auditActionTagType('LOGIN_REFUSED_LOCKED')).toBe('danger');
    expect(auditActionTagType('USER_DISABLED')).toBe('warning');
    expect(auditActionTagType('USER_CREATED')).toBe('info');
  });
});
