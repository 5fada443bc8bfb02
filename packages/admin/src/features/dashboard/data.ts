import type { Permission } from '@/app/permissions';

export const SIGN_IN_PROBLEMS = ['LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGIN_REFUSED_LOCKED'];

export const PERIODS = { day: 24, week: 24 * 7 } as const;
export type Period = keyof typeof PERIODS;

/** The start of a period that ends now. */
export const periodStart = (period: Period, now = Date.now()) => new Date(now - PERIODS[period] * 3_600_000);

/** The IP address an audit entry's details record, if any. */
export function ipOf(details: string | null | undefined): string | null {
  try {
    const ip = (JSON.parse(details ?? 'null') as { ip?: unknown } | null)?.ip;
    return typeof ip === 'string' ? ip : null;
  } catch {
    return null;
  }
}

/**
 * What the signed-in user can do in this console today, as keys of `dashboard.can.*`, derived
 * from their permissions (the server's role × action table), each once.
 */
export function capabilitiesOf(can: (action: Permission) => boolean): string[] {
  const capabilities: string[] = [];
  if (can('user.manage')) capabilities.push('manageUsers');
  if (can('organization.manage')) capabilities.push('manageOrganizations');
  else if (can('organization.read')) capabilities.push('browseOrganizations');
  if (can('audit.read')) capabilities.push('readAudit', 'verifyChain');
  if (can('staff.manage')) capabilities.push('manageStaff');
  return [...capabilities, 'changePassword'];
}
