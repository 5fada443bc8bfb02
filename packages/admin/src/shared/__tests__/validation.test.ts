import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale, t } from '@/app/i18n';
import {
  containsUsername,
  fieldName,
  requiredChoice,
  requiredMessage,
  requiredText,
  isStrongPassword,
  ORGANIZATION_CODE_PATTERN,
  PHONE_PATTERN,
  USERNAME_PATTERN,
} from '../validation';

describe('password rule (mirrors the server)', () => {
  it('accepts ten characters from three classes', () => {
    expect(isStrongPassword('Dangan@2026')).toBe(true);
    expect(isStrongPassword('dangan2026!')).toBe(true);
  });

  it('refuses short passwords and passwords from fewer than three classes', () => {
    expect(isStrongPassword('Dan@2026')).toBe(false);
    expect(isStrongPassword('danganarchive')).toBe(false);
    expect(isStrongPassword('dangan20262026')).toBe(false);
  });

  it('refuses passwords longer than 128 characters', () => {
    expect(isStrongPassword(`Aa1${'x'.repeat(125)}`)).toBe(true);
    expect(isStrongPassword(`Aa1${'x'.repeat(126)}`)).toBe(false);
  });

  it('finds the username inside the password whatever the case, once the username has 3 characters', () => {
    expect(containsUsername('My-Zhang.Wei-2026', 'zhang.wei')).toBe(true);
    expect(containsUsername('Archive#2026', 'zhang.wei')).toBe(false);
    expect(containsUsername('ab#Archive2026', 'ab')).toBe(false);
  });
});

describe('username rule (mirrors the server)', () => {
  it.each(['abc', 'zhang.wei', 'a_b-c.d', '007', `a${'b'.repeat(63)}`])('accepts %s', (username) => {
    expect(USERNAME_PATTERN.test(username)).toBe(true);
  });

  it.each(['ab', '.zhang', '-abc', 'Zhang', 'zhang wei', '张伟', `a${'b'.repeat(64)}`])('refuses %s', (username) => {
    expect(USERNAME_PATTERN.test(username)).toBe(false);
  });
});

describe('phone rule (mirrors the server)', () => {
  it.each(['13900000001', '+86 139-0000-0001', '010-1234567'])('accepts %s', (phone) => {
    expect(PHONE_PATTERN.test(phone)).toBe(true);
  });

  it.each(['12345', '-13900000001', '139 0000 abcd', `1${'2'.repeat(31)}`])('refuses %s', (phone) => {
    expect(PHONE_PATTERN.test(phone)).toBe(false);
  });
});

describe('organisation code rule', () => {
  it.each(['ROOT', 'A1', 'ARCHIVE-A', '0-9', 'X'.repeat(32)])('accepts %s', (code) => {
    expect(ORGANIZATION_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each(['A', '-AB', 'archive', 'A B', 'X'.repeat(33), 'A_B'])('refuses %s', (code) => {
    expect(ORGANIZATION_CODE_PATTERN.test(code)).toBe(false);
  });
});

describe('English validation messages', () => {
  beforeEach(() => setLocale('en'));

  it('name the field in sentence case, mid-sentence', () => {
    expect(requiredMessage('user.username')).toBe('Please enter the username');
    expect(requiredText('user.password', 128).map((rule) => rule.message)).toEqual([
      'Please enter the initial password',
      'The initial password must be at most 128 characters',
    ]);
    expect(requiredChoice('user.organization').message).toBe('Please choose the organisation');
  });

  it('leave Chinese labels as they are', () => {
    expect(fieldName('user.email')).toBe('e-mail');
    setLocale('zh-CN');
    expect(fieldName('user.email')).toBe('邮箱');
    expect(requiredMessage('user.username')).toBe('请输入用户名');
  });

  // Field messages are short phrases: sentence case, no full stop (issue 8, point 6).
  // Messages are compiled at build time, so read them rendered, with a placeholder field name.
  const validationKeys = [
    ...Object.keys((i18n.global.getLocaleMessage('en') as { common: { validation: object } }).common.validation).map(
      (key) => `common.validation.${key}`,
    ),
    'login.usernameRequired',
    'login.passwordRequired',
    'user.usernameRule',
    'org.codeRule',
  ];
  it.each(validationKeys)('%s is in sentence case without a full stop', (key) => {
    const text = t(key, { field: 'field', max: 1, min: 1 });
    const words = text.split(/\s+/).slice(1);
    expect(words.filter((word) => /^[A-Z][a-z]/.test(word))).toEqual([]);
    expect(text).not.toMatch(/\.$/);
  });
});
