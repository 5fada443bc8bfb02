import type { AuditEntriesQuery, AuditFilter } from '@/gql/graphql';

export type AuditEntry = AuditEntriesQuery['auditEntries']['edges'][number]['node'];

export interface AuditFilterForm {
  actor: string;
  action: string;
  target: string;
  /** From and to, inclusive, as picked in the date-time range picker. */
  range: [Date, Date] | null;
}

export function emptyAuditFilter(): AuditFilterForm {
  return { actor: '', action: '', target: '', range: null };
}

/** The API filter for what the auditor typed: blank fields filter nothing; times go out as ISO-8601. */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  return {
    actor: form.actor.trim() || undefined,
    action: form.action.trim() || undefined,
    target: form.target.trim() || undefined,
    from: form.range?.[0].toISOString(),
    to: form.range?.[1].toISOString(),
  };
}

/** Enough of a SHA-256 hex digest to tell entries apart on screen; the full value is in the tooltip. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}
