import { createI18n } from 'vue-i18n';
import zhCN from '@/locales/zh-CN.json';
import en from '@/locales/en.json';

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

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
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
