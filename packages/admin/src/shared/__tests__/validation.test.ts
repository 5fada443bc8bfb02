import { describe, expect, it } from 'vitest';
import {
  containsUsername,
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
