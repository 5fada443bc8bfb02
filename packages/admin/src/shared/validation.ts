import type { FormItemRule } from 'element-plus';
import { currentLocale, t } from '@/app/i18n';
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

/** The character the server masks identifying values with (policy/masking.ts: `138****5678`). */
export const MASK_CHARACTER = serverRules.maskCharacter;

/** A value that looks like one the server masked: sent back, it would overwrite the real one. */
export function looksMasked(value: string | null | undefined): boolean {
  return value?.includes(MASK_CHARACTER) ?? false;
}

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

/**
 * A field's label as it reads inside a message. English labels are capitalised for their place
 * beside the input ("Initial password"); mid-sentence they are not ("Please enter the initial
 * password"), unless they begin with an acronym ("ID number"). Chinese has no case.
 */
export function fieldName(labelKey: string): string {
  const label = t(labelKey);
  if (currentLocale() !== 'en' || /^[A-Z]{2}/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "Please enter the …" for a required field named by `labelKey`. */
export const requiredMessage = (labelKey: string) => t('common.validation.required', { field: fieldName(labelKey) });

/** A required text field of at most `max` characters; `labelKey` names it in the message. */
export function requiredText(labelKey: string, max: number): FormItemRule[] {
  return [
    {
      required: true,
      whitespace: true,
      message: requiredMessage(labelKey),
      trigger: 'blur',
    },
    { max, message: t('common.validation.maxLength', { field: fieldName(labelKey), max }), trigger: 'blur' },
  ];
}

export function requiredChoice(labelKey: string): FormItemRule {
  return {
    required: true,
    message: t('common.validation.requiredSelect', { field: fieldName(labelKey) }),
    trigger: 'change',
  };
}

/** `username` is read at validation time, so the rule follows what is typed in the same form. */
export function strongPassword(labelKey: string, username: () => string = () => ''): FormItemRule[] {
  return [
    { required: true, message: requiredMessage(labelKey), trigger: 'blur' },
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

/** The server's e-mail rule (users/user.service.ts). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A check of a field an edit form sends only when changed (shared/forms.ts changedFields): left
 * as it was shown (`shown()`), the value is not sent, so it passes — even when the server showed
 * it masked (`138****5678`). Edited, it must be blank or pass `problem` (a message, or null).
 */
function checkedWhenChanged(shown: () => string, problem: (value: string) => string | null): FormItemRule {
  return {
    validator: (_rule, value: string | undefined, callback) => {
      const trimmed = (value ?? '').trim();
      const message = trimmed && value !== shown() ? problem(trimmed) : null;
      if (message) callback(new Error(message));
      else callback();
    },
    trigger: 'blur',
  };
}

/** An optional e-mail address; `shown` is the value the form opened with (see checkedWhenChanged). */
export function optionalEmail(labelKey: string, shown: () => string = () => ''): FormItemRule {
  return checkedWhenChanged(shown, (value) => {
    if (looksMasked(value)) return t('common.validation.masked');
    if (!EMAIL_PATTERN.test(value)) return t('common.validation.email');
    if (value.length > EMAIL_MAX)
      return t('common.validation.maxLength', { field: fieldName(labelKey), max: EMAIL_MAX });
    return null;
  });
}

/** An optional phone number; `shown` is the value the form opened with (see checkedWhenChanged). */
export function optionalPhone(shown: () => string = () => ''): FormItemRule {
  return checkedWhenChanged(shown, (value) => {
    // Before the format: a typed-over mask would replace the real number with stars.
    if (looksMasked(value)) return t('common.validation.masked');
    return PHONE_PATTERN.test(value) ? null : t('common.validation.phone');
  });
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
