import type { FormItemRule } from 'element-plus';
import { t } from '@/app/i18n';

/** Organisation codes are unique, upper-case identifiers (e.g. ARCHIVE-A) used across partner systems. */
export const ORGANIZATION_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;

const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,19}$/;

/**
 * The server's password rule, mirrored so forms answer before the round trip:
 * at least 10 characters using at least 3 of lower case, upper case, digits and symbols.
 */
export function isStrongPassword(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password));
  return password.length >= 10 && classes.length >= 3;
}

/** A required text field of at most `max` characters; `labelKey` names it in the message. */
export function requiredText(labelKey: string, max: number): FormItemRule[] {
  return [
    {
      required: true,
      whitespace: true,
      message: t('common.validation.required', { field: t(labelKey) }),
      trigger: 'blur',
    },
    { max, message: t('common.validation.maxLength', { field: t(labelKey), max }), trigger: 'blur' },
  ];
}

export function requiredChoice(labelKey: string): FormItemRule {
  return { required: true, message: t('common.validation.requiredSelect', { field: t(labelKey) }), trigger: 'change' };
}

export function strongPassword(labelKey: string): FormItemRule[] {
  return [
    { required: true, message: t('common.validation.required', { field: t(labelKey) }), trigger: 'blur' },
    {
      validator: (_rule, value: string, callback) =>
        isStrongPassword(value ?? '') ? callback() : callback(new Error(t('common.validation.passwordRule'))),
      trigger: 'blur',
    },
  ];
}

export function optionalEmail(): FormItemRule {
  return { type: 'email', message: t('common.validation.email'), trigger: 'blur' };
}

export function optionalPhone(): FormItemRule {
  return { pattern: PHONE_PATTERN, message: t('common.validation.phone'), trigger: 'blur' };
}
