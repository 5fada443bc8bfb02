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
    // Codes are upper case (see actions.ts); a code typed in lower case still finds its entries.
    action: form.action.trim().toUpperCase() || undefined,
    target: form.target.trim() || undefined,
    from: form.range?.[0].toISOString(),
    to: form.range?.[1].toISOString(),
  };
}

/** The details JSON indented for reading; text that is not JSON is shown as it was stored. */
export function formatDetails(details: string | null | undefined): string {
  if (!details) return '';
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}
