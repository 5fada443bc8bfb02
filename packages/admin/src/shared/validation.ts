import type { FormItemRule } from 'element-plus';
import { t } from '@/app/i18n';
import { serverRules } from '@/gql/rules';

// The server's input rules, generated from it (`pnpm codegen` → @/gql/rules), so forms answer
// before the round trip with exactly what the server would refuse.
const { patterns, limits } = serverRules;
/** Organisation codes are unique, upper-case identifiers (e.g. ARCHIVE-A) used across partner systems. */
export const ORGANIZATION_CODE_PATTERN = new RegExp(patterns.organizationCode);
export const USERNAME_PATTERN = new RegExp(patterns.username);
export const PHONE_PATTERN = new RegExp(patterns.phone);
export const ORGANIZATION_NAME_MAX = limits.organizationNameMax;
/** RFC 5321's limit on an address, not a rule of ours. */
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = limits.passwordMin;
export const PASSWORD_MAX = limits.passwordMax;

/**
 * The server's password strength rule: 10 to 128 characters using at least 3 of lower case,
 * upper case, digits and symbols. Whether it contains the username is `containsUsername`.
 */
export function isStrongPassword(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password));
  return password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX && classes.length >= 3;
}

/** A password that spells out its own username is the first thing an attacker tries (server rule). */
export function containsUsername(password: string, username: string): boolean {
  const name = username.trim().toLowerCase();
  return name.length >= 3 && password.toLowerCase().includes(name);
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

/** `username` is read at validation time, so the rule follows what is typed in the same form. */
export function strongPassword(labelKey: string, username: () => string = () => ''): FormItemRule[] {
  return [
    { required: true, message: t('common.validation.required', { field: t(labelKey) }), trigger: 'blur' },
    {
      validator: (_rule, value: string | undefined, callback) => {
        if (!isStrongPassword(value ?? '')) callback(new Error(t('common.validation.passwordRule')));
        else if (containsUsername(value ?? '', username())) {
          callback(new Error(t('common.validation.passwordHasUsername')));
        } else callback();
      },
      trigger: 'blur',
    },
  ];
}

export function optionalEmail(labelKey: string): FormItemRule[] {
  return [
    { type: 'email', message: t('common.validation.email'), trigger: 'blur' },
    {
      max: EMAIL_MAX,
      message: t('common.validation.maxLength', { field: t(labelKey), max: EMAIL_MAX }),
      trigger: 'blur',
    },
  ];
}

export function optionalPhone(): FormItemRule {
  return { pattern: PHONE_PATTERN, message: t('common.validation.phone'), trigger: 'blur' };
}

/**
 * Rules for a new password typed twice (`newPassword`, `confirmPassword`): strong, free of the
 * username, and typed the same both times — the second typing catches a slip the user could not see.
 */
export function newPasswordRules(
  labelKey: string,
  form: { newPassword: string },
  username: () => string,
): Record<'newPassword' | 'confirmPassword', FormItemRule[]> {
  return {
    newPassword: strongPassword(labelKey, username),
    confirmPassword: [
      {
        validator: (_rule, value: string | undefined, callback) =>
          value === form.newPassword ? callback() : callback(new Error(t('common.validation.passwordMismatch'))),
        trigger: 'blur',
      },
    ],
  };
}
