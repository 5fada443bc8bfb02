import { EntityManager } from '@mikro-orm/knex';
import { AuditEvent } from '../audit/audit.service';
import { rateLimited } from '../shared/errors';
import { lockName } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { User, userLabel } from '../users/user.entity';
import { LoginAttempt } from './login-attempt.entity';

const MINUTE = 60_000;

/**
 * What became of one password attempt: SUCCEEDED or FAILED when the password was checked,
 * REFUSED (unchecked) while the username is locked.
 */
export type AttemptVerdict = { outcome: 'SUCCEEDED' | 'FAILED' } | { outcome: 'REFUSED'; lockedUntil: Date };

/**
 * Judges a password attempt at `username` (a sign-in, or the current password at a password
 * change) so that the checks and their counting are atomic (issue 7: 30 parallel wrong
 * guesses at one username check at most LOGIN_MAX_FAILURES passwords, on every instance
 * sharing the database). Runs as `runAudited`'s `prepare` step: it takes the named locks of the
 * client address and then of the username, which every attempt at either holds until it is
 * recorded (`recordAttempt`), and only then counts and calls `checkPassword`.
 * A client address over its failure limit is refused with RATE_LIMITED and nothing is written.
 */
export async function judgeAttempt(
  tx: EntityManager,
  ctx: ServiceContext,
  username: string,
  checkPassword: () => Promise<boolean>,
): Promise<AttemptVerdict> {
  const address = ctx.clientAddress ?? null;
  if (address) await lockName(tx, 'sign-in:address', address);
  await lockName(tx, 'sign-in:username', username);
  if (address) await assertAddressNotFlooding(tx, ctx, address);
  const lockedUntil = await lockOf(tx, ctx, username);
  if (lockedUntil) return { outcome: 'REFUSED', lockedUntil };
  return { outcome: (await checkPassword()) ? 'SUCCEEDED' : 'FAILED' };
}

/**
 * Rate limit per client address: the per-username lockout alone would let one client try a
 * password against many usernames (requirements §1: logins are rate-limited). Only attempts
 * that did not succeed count, so an office behind one address can all sign in at nine.
 */
async function assertAddressNotFlooding(tx: EntityManager, ctx: ServiceContext, address: string) {
  const failures = await tx.count(LoginAttempt, {
    ip: address,
    succeeded: false,
    at: { $gt: new Date(ctx.now().getTime() - MINUTE) },
  });
  if (failures >= ctx.settings.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE) throw rateLimited('auth.tooManyAttempts');
}

/**
 * When the lock of a username ends, or null if it is not locked: LOGIN_MAX_FAILURES checked
 * passwords in a row failed within LOGIN_WINDOW_MINUTES of each other, and the last of them
 * is less than LOGIN_LOCK_MINUTES old. Refused attempts are not counted, so knocking at a
 * locked username does not keep it locked.
 */
async function lockOf(tx: EntityManager, ctx: ServiceContext, username: string): Promise<Date | null> {
  const { LOGIN_MAX_FAILURES: maxFailures, LOGIN_WINDOW_MINUTES: window, LOGIN_LOCK_MINUTES: lock } = ctx.settings;
  const now = ctx.now().getTime();
  const recent = await tx.find(
    LoginAttempt,
    { username, refused: false, at: { $gt: new Date(now - (window + lock) * MINUTE) } },
    { orderBy: { at: 'desc', id: 'desc' }, limit: maxFailures },
  );
  if (recent.length < maxFailures || recent.some((attempt) => attempt.succeeded)) return null;
  const newest = recent[0].at.getTime();
  if (newest - recent[maxFailures - 1].at.getTime() > window * MINUTE) return null;
  const until = newest + lock * MINUTE;
  return until > now ? new Date(until) : null;
}

/**
 * Records a judged attempt; runs in `runAudited`'s `work`, still under the named locks.
 * Returns when the lock this attempt started ends (it failed and was the last one allowed).
 */
export async function recordAttempt(
  tx: EntityManager,
  ctx: ServiceContext,
  username: string,
  verdict: AttemptVerdict,
): Promise<Date | null> {
  const attempt = new LoginAttempt(
    username,
    verdict.outcome === 'SUCCEEDED',
    ctx.clientAddress,
    verdict.outcome === 'REFUSED',
  );
  attempt.at = ctx.now();
  tx.persist(attempt);
  if (verdict.outcome !== 'FAILED') return null;
  await tx.flush();
  return lockOf(tx, ctx, username);
}

/** The target, label and organisation of an auth audit entry: the account concerned, if there is one. */
export function accountOf(user: User | null): Pick<AuditEvent, 'target' | 'label' | 'organizationPath'> {
  if (!user) return { target: null, label: null, organizationPath: null };
  return {
    target: `User:${user.id}`,
    label: userLabel(user),
    organizationPath: user.organization.getEntity().path,
  };
}

/**
 * The audit entries of an attempt that did not succeed (issue 7: lockouts and attempts refused
 * while locked are recorded): `failedAction` for a wrong password, LOGIN_LOCKED besides when it
 * started a lock, LOGIN_REFUSED_LOCKED for an attempt refused while locked.
 */
export function unsuccessfulAttemptEvents(
  ctx: ServiceContext,
  failedAction: string,
  verdict: AttemptVerdict,
  lockStarted: Date | null,
  account: Pick<AuditEvent, 'target' | 'label' | 'organizationPath'>,
): AuditEvent[] {
  const ip = ctx.clientAddress ?? null;
  if (verdict.outcome === 'REFUSED') {
    return [{ action: 'LOGIN_REFUSED_LOCKED', ...account, details: { ip, lockedUntil: verdict.lockedUntil } }];
  }
  const events: AuditEvent[] = [{ action: failedAction, ...account, details: { ip } }];
  if (lockStarted) events.push({ action: 'LOGIN_LOCKED', ...account, details: { ip, lockedUntil: lockStarted } });
  return events;
}

/** The RATE_LIMITED error of an attempt refused while locked, saying how long the lock lasts. */
export function lockedError(ctx: ServiceContext, lockedUntil: Date) {
  return rateLimited('auth.locked', {
    minutes: Math.ceil((lockedUntil.getTime() - ctx.now().getTime()) / MINUTE),
  });
}
