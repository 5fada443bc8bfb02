import { i18n, t } from '@/app/i18n';

/**
 * The action codes the server writes today, in the order the filter offers them. The trail is
 * open-ended (later modules add their own codes), so this list labels and suggests; it never
 * limits what can be shown or searched.
 */
export const AUDIT_ACTIONS = [
  'LOGIN',
  'LOGIN_FAILED',
  'LOGIN_LOCKED',
  'LOGIN_REFUSED_LOCKED',
  'LOGOUT',
  'PASSWORD_CHANGED',
  'PASSWORD_CHANGE_FAILED',
  'USER_CREATED',
  'USER_UPDATED',
  'USER_DISABLED',
  'USER_ENABLED',
  'USER_PASSWORD_RESET',
  'ORGANIZATION_CREATED',
  'ORGANIZATION_RENAMED',
  'ORGANIZATION_MOVED',
  'ORGANIZATION_ENABLED',
  'ORGANIZATION_DISABLED',
  'SENSITIVE_READ',
  'DEMO_DATA_SEEDED',
  'AUDIT_CHAIN_VERIFIED',
] as const;

export type KnownAuditAction = (typeof AUDIT_ACTIONS)[number];

// Codes are upper-case identifiers; anything else (a dot, a brace) would be read as a message path.
const ACTION_CODE = /^[A-Z][A-Z0-9_]*$/;

/** The action in the reader's language; a code this build does not know yet is shown as it is. */
export function auditActionLabel(code: string): string {
  const key = `audit.actions.${code}`;
  return ACTION_CODE.test(code) && i18n.global.te(key) ? t(key) : code;
}

/** Tag colour: failures, lockouts and disabling stand out when scanning the trail. */
export function auditActionTagType(code: string): 'danger' | 'warning' | 'info' {
  if (code.endsWith('_FAILED') || code.endsWith('_LOCKED')) return 'danger';
  if (code.endsWith('_DISABLED') || code === 'SENSITIVE_READ') return 'warning';
  return 'info';
}
