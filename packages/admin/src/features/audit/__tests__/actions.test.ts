import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/app/i18n';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { AUDIT_ACTIONS, auditActionLabel, auditActionTagType } from '../actions';

describe('audit action labels', () => {
  afterEach(() => setLocale('zh-CN'));

  it('names a known action in Chinese', () => {
    setLocale('zh-CN');
    expect(auditActionLabel('USER_CREATED')).toBe('新建用户');
    expect(auditActionLabel('ORGANIZATION_CREATED')).toBe('新建组织');
    expect(auditActionLabel('LOGIN_FAILED')).toBe('登录失败');
  });

  it('names a known action in English', () => {
    setLocale('en');
    expect(auditActionLabel('USER_CREATED')).toBe('User created');
    expect(auditActionLabel('ORGANIZATION_CREATED')).toBe('Organisation created');
    expect(auditActionLabel('LOGIN_FAILED')).toBe('Sign-in failed');
  });

  // Later modules add actions before this build knows them; the trail must still say what happened.
  it.each(['DOSSIER_TRANSFERRED', 'member.created', 'X{0}', ''])('shows an unknown code %j as it is', (code) => {
    expect(auditActionLabel(code)).toBe(code);
    setLocale('en');
    expect(auditActionLabel(code)).toBe(code);
  });

  it('has a label in both languages for every action the server writes', () => {
    for (const code of AUDIT_ACTIONS) {
      expect(zhCN.audit.actions[code], code).toBeTruthy();
      expect(en.audit.actions[code], code).toBeTruthy();
    }
    expect(Object.keys(zhCN.audit.actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(Object.keys(en.audit.actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('marks failures, lockouts and disabling so they stand out', () => {
    expect(auditActionTagType('LOGIN_FAILED')).toBe('danger');
    expect(auditActionTagType('LOGIN_LOCKED')).toBe('danger');
    expect(auditActionTagType('LOGIN_REFUSED_LOCKED')).toBe('danger');
    expect(auditActionTagType('USER_DISABLED')).toBe('warning');
    expect(auditActionTagType('USER_CREATED')).toBe('info');
  });
});
