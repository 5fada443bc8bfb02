import { describe, expect, it } from 'vitest';
import { isStrongPassword, ORGANIZATION_CODE_PATTERN } from '../validation';

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
});

describe('organisation code rule', () => {
  it.each(['ROOT', 'A1', 'ARCHIVE-A', '0-9', 'X'.repeat(32)])('accepts %s', (code) => {
    expect(ORGANIZATION_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each(['A', '-AB', 'archive', 'A B', 'X'.repeat(33), 'A_B'])('refuses %s', (code) => {
    expect(ORGANIZATION_CODE_PATTERN.test(code)).toBe(false);
  });
});
