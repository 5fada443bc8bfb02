import { authorize } from '../policy/policy';
import { ServiceContext } from '../shared/service-context';
import { AuditEntry } from './audit-entry.entity';

export const SIGN_IN_ACTIONS = ['LOGIN', 'LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGIN_REFUSED_LOCKED'] as const;
export const MAX_MY_SIGN_INS = 20;

export interface SignInEvent {
  id: number;
  at: Date;
  /** One of SIGN_IN_ACTIONS. */
  action: string;
  /** The client address the attempt came from, as recorded. */
  ip: string | null;
}

/**
 * The caller's own latest sign-ins, failed ones included: every user may see attempts on their
 * account (a failure they did not make is worth noticing), though not the audit trail itself.
 * Found through the `target` index (`User:<id>`).
 */
export async function listMySignIns(ctx: ServiceContext, first: number): Promise<SignInEvent[]> {
  const actor = authorize(ctx.actor, 'session.self');
  const limit = Math.min(Math.max(1, Math.trunc(first) || 1), MAX_MY_SIGN_INS);
  const entries = await ctx.em.find(
    AuditEntry,
    { target: `User:${actor.userId}`, action: { $in: [...SIGN_IN_ACTIONS] } },
    { fields: ['id', 'at', 'action', 'details'], orderBy: { id: 'desc' }, limit },
  );
  return entries.map((entry) => ({ id: entry.id, at: entry.at, action: entry.action, ip: ipOf(entry.details) }));
}

function ipOf(details: string | null | undefined): string | null {
  try {
    const ip = (JSON.parse(details ?? 'null') as { ip?: unknown } | null)?.ip;
    return typeof ip === 'string' ? ip : null;
  } catch {
    return null;
  }
}
