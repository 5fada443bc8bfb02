import { describe, expect, it } from 'vitest';
import { collectMessages, i18n } from '../i18n';

/**
 * Locale files are compiled at build time (vite.config.ts): a message arrives as the root node of
 * its AST (`type`/`t` 0 with a `body`/`b`, vue-i18n's own test), not as a string.
 */
function isCompiledMessage(value: object): boolean {
  const node = value as Record<string, unknown>;
  return (node.type ?? node.t) === 0 && ('body' in node || 'b' in node);
}

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || isCompiledMessage(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files', () => {
  it('give both languages the same keys', () => {
    const { messages } = i18n.global;
    expect(leafKeys(messages.value.en).sort()).toEqual(leafKeys(messages.value['zh-CN']).sort());
  });

  // Guards the build-time compilation: the runtime-only vue-i18n has no compiler of its own.
  it('fill in named values of compiled messages in both languages', () => {
    const { t, locale } = i18n.global;
    expect(t('dashboard.welcome', { name: '张三' })).toBe('欢迎，张三');
    locale.value = 'en';
    try {
      expect(t('user.resetPasswordFor', { name: 'Li Si' })).toBe('Reset the password of Li Si');
    } finally {
      locale.value = 'zh-CN';
    }
  });

  it('merge features and refuse a key two features define', () => {
    const merged = collectMessages({ './a/locales/en.json': { a: { x: 'X' } }, './b/locales/en.json': { b: {} } });
    expect(Object.keys(merged.en)).toEqual(['a', 'b']);
    expect(() => collectMessages({ './a/locales/en.json': { a: {} }, './b/locales/en.json': { a: {} } })).toThrow(
      /defined twice/,
    );
    expect(() => collectMessages({ './a/locales/fr.json': {} })).toThrow(/unknown locale/);
  });
});
