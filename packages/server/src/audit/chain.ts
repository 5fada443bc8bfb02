import { createHash } from 'node:crypto';

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  id: number;
  at: Date;
  actorId?: number | null;
  actor: string;
  action: string;
  target?: string | null;
  targetLabel?: string | null;
  organizationPath?: string | null;
  details?: string | null;
  requestId?: string | null;
}

/**
 * SHA-256 over the previous hash and the entry's canonical content. The id is part of the
 * content, so moving a row to another position breaks the chain as surely as editing it.
 */
export function chainHash(prevHash: string, entry: ChainedContent): string {
  const canonical = JSON.stringify([
    entry.id,
    entry.at.toISOString(),
    entry.actorId ?? null,
    entry.actor,
    entry.action,
    entry.target ?? null,
    entry.details ?? null,
    entry.requestId ?? null,
    // Added later: hashed only when present, so entries written before them still verify.
    ...(entry.targetLabel || entry.organizationPath ? [entry.targetLabel ?? null, entry.organizationPath ?? null] : []),
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
