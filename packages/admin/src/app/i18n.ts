import { createI18n } from 'vue-i18n';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** zh-CN is the working language of the archive offices (requirements §8). */
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'dangan.locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

function storedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

type Messages = Record<string, unknown>;

/**
 * Each feature keeps its texts beside its code (`<feature>/locales/<locale>.json`, one top-level
 * key per feature); they are merged here so a new module's texts plug in without touching this file.
 */
const localeFiles = import.meta.glob<Messages>('../**/locales/*.json', { eager: true, import: 'default' });

export function collectMessages(files: Record<string, Messages>): Record<Locale, Messages> {
  const messages: Record<Locale, Messages> = { 'zh-CN': {}, en: {} };
  for (const [path, content] of Object.entries(files)) {
    const locale = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    if (!isLocale(locale)) throw new Error(`unknown locale file ${path}`);
    for (const key of Object.keys(content)) {
      if (key in messages[locale]) throw new Error(`message key "${key}" is defined twice (${path})`);
    }
    Object.assign(messages[locale], content);
  }
  return messages;
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  // The merged files carry no static type; keys are checked by the tests, not the compiler.
  messages: collectMessages(localeFiles) as Record<Locale, Record<string, string>>,
});

export function currentLocale(): Locale {
  const locale = i18n.global.locale.value;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers the choice for the next visit. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** Translation outside components (request errors, guards, confirmations). */
export const t = i18n.global.t;
