import type { AuditEntriesQuery, AuditFilter } from '@/gql/graphql';

export type AuditEntry = AuditEntriesQuery['auditEntries']['edges'][number]['node'];

export interface AuditFilterForm {
  actor: string;
  action: string;
  target: string;
  /** Entries about this organisation's subtree (the server keeps it within the reader's). */
  organizationId: string | null;
  /** From and to, inclusive, as picked in the date-time range picker. */
  range: [Date, Date] | null;
}

export function emptyAuditFilter(): AuditFilterForm {
  return { actor: '', action: '', target: '', organizationId: null, range: null };
}

/** The API filter for what the auditor typed: blank fields filter nothing; times go out as ISO-8601. */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  return {
    actor: form.actor.trim() || undefined,
    // Codes are upper case; a code typed in lower case still finds its entries.
    action: form.action.trim().toUpperCase() || undefined,
    target: form.target.trim() || undefined,
    organizationId: form.organizationId || undefined,
    from: form.range?.[0].toISOString(),
    to: form.range?.[1].toISOString(),
  };
}

/** Who acted, as a person reads it: the display name with the username, or the username alone. */
export function actorText(entry: Pick<AuditEntry, 'actor' | 'actorName'>): string {
  return entry.actorName && entry.actorName !== entry.actor ? `${entry.actorName} (${entry.actor})` : entry.actor;
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
