import { describe, expect, it } from 'vitest';
import { collectMessages, i18n } from '../i18n';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files', () => {
  it('give both languages the same keys', () => {
    const { messages } = i18n.global;
    expect(leafKeys(messages.value.en).sort()).toEqual(leafKeys(messages.value['zh-CN']).sort());
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
