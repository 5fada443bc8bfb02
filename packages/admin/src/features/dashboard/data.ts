import type { Role } from '@/gql/graphql';

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

/** What each role can do in this console today, as keys of `dashboard.can.*`, in role order. */
const CAPABILITIES: Record<Role, string[]> = {
  ADMIN: ['manageUsers', 'manageOrganizations', 'readAudit'],
  AUDITOR: ['readAudit', 'verifyChain'],
  ARCHIVIST: ['browseOrganizations'],
  APPROVER: ['browseOrganizations'],
  STAFF_MANAGER: ['browseOrganizations'],
  REQUESTER: ['browseOrganizations'],
};

/** The capabilities of a set of roles, each once; everyone may change their password. */
export function capabilitiesOf(roles: readonly Role[]): string[] {
  return [...new Set([...roles.flatMap((role) => CAPABILITIES[role] ?? []), 'changePassword'])];
}
