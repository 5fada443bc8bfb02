import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { AuditedResult, runAudited } from '../audit/audited-change';
import { ServiceContext } from '../shared/service-context';
import { Settings } from '../config/settings';
import { Actor } from '../policy/actor';
import { authorize } from '../policy/policy';
import { badInput, DomainError } from '../shared/errors';
import { selectRows } from '../shared/lean-rows';
import { decodeRoles, User, UserStatus } from '../users/user.entity';
import { assertStrongPassword, DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { Session } from './session.entity';
import {
  accountOf,
  AttemptVerdict,
  judgeAttempt,
  lockedError,
  recordAttempt,
  unsuccessfulAttemptEvents,
} from './sign-in-throttle';
import { signToken, verifyToken } from './tokens';

const MINUTE = 60_000;

interface ActorRow {
  id: number;
  username: string;
  role_list: string;
  organization_id: number;
  path: string;
}

/**
 * The actor behind an `Authorization: Bearer` header, or null when absent, invalid, expired or
 * revoked. One statement reads the live session with only what an actor needs of its user and
 * organisation: no entities (issue 7), never the password hash.
 */
export async function authenticate(
  em: EntityManager,
  settings: Settings,
  header: string | undefined,
): Promise<Actor | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const claims = match ? verifyToken(match[1], settings.TOKEN_SECRET) : null;
  if (!claims) return null;
  return liveSessionActor(em, claims.sessionId, claims.userId);
}

/**
 * The actor of a live session (not revoked, not expired, its user active), or null. Besides
 * the Bearer header, signed download URLs (files/download-url.ts) are bound to a session this way,
 * so signing out ends them too.
 */
export async function liveSessionActor(em: EntityManager, sessionId: string, userId?: number): Promise<Actor | null> {
  const [row] = await selectRows<ActorRow>(
    em,
    `select u.id, u.username, u.role_list, u.organization_id, o.path
     from session s join "user" u on u.id = s.user_id join organization o on o.id = u.organization_id
     where s.id = ? and ${userId === undefined ? '' : 'u.id = ? and '}s.revoked_at is null and s.expires_at > ? and u.status = ?`,
    [sessionId, ...(userId === undefined ? [] : [userId]), new Date(), UserStatus.ACTIVE],
  );
  if (!row) return null;
  return {
    userId: row.id,
    username: row.username,
    roles: decodeRoles(row.role_list),
    organizationId: row.organization_id,
    organizationPath: row.path,
    sessionId,
  };
}

/** The actor of a session, from its user with the organisation loaded. */
function actorOf(user: User, sessionId: string): Actor {
  return {
    userId: user.id,
    username: user.username,
    roles: user.roles,
    organizationId: user.organization.id,
    organizationPath: user.organization.getEntity().path,
    sessionId,
  };
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: User;
  /** The new session's actor, so the rest of the sign-in request runs as the user. */
  actor: Actor;
}

interface SignInAttempt {
  verdict: AttemptVerdict;
  signedIn: SignedIn | null;
}

/**
 * Signs in. Failures get one message whatever went wrong, and the lockout counts failures
 * per username as typed, so neither tells whether an account exists (issue 4). The check and
 * its record are one transaction under the throttle's locks (auth/sign-in-throttle.ts).
 */
export async function login(ctx: ServiceContext, rawUsername: string, password: string): Promise<SignedIn> {
  const username = rawUsername.trim().toLowerCase().slice(0, 64);
  if (!username) throw badInput('username', 'common.required');
  if (!password) throw badInput('password', 'common.required');
  const attempt = await runAudited(
    ctx,
    async (tx) => {
      const user = await tx.findOne(User, { username }, { populate: ['organization'] });
      const verdict = await judgeAttempt(tx, ctx, username, async () => {
        const passwordOk = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
        return !!user && passwordOk && user.status === UserStatus.ACTIVE;
      });
      return { user, verdict };
    },
    async (tx, { user, verdict }): Promise<AuditedResult<SignInAttempt>> => {
      const lockStarted = await recordAttempt(tx, ctx, username, verdict);
      if (user && verdict.outcome === 'SUCCEEDED') return startSession(ctx, tx, user);
      const author = { actor: null, anonymousName: username, requestId: ctx.requestId };
      const audit = unsuccessfulAttemptEvents(ctx, 'LOGIN_FAILED', verdict, lockStarted, accountOf(user));
      return { result: { verdict, signedIn: null }, audit, author };
    },
  );
  if (attempt.verdict.outcome === 'REFUSED') throw lockedError(ctx, attempt.verdict.lockedUntil);
  if (!attempt.signedIn) throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');
  return attempt.signedIn;
}

async function startSession(ctx: ServiceContext, tx: EntityManager, user: User): Promise<AuditedResult<SignInAttempt>> {
  const expiresAt = new Date(ctx.now().getTime() + ctx.settings.TOKEN_TTL_MINUTES * MINUTE);
  const session = new Session(randomUUID(), user, expiresAt);
  tx.persist(session);
  // Not a versioned edit of the account (MikroORM bumps `version` on every update unless it is
  // set): a sign-in must not turn an admin's concurrent edit of the user into a CONFLICT.
  await tx.nativeUpdate(User, { id: user.id }, { lastLoginAt: ctx.now(), version: raw('version') });
  const token = signToken({ sessionId: session.id, userId: user.id }, ctx.settings.TOKEN_SECRET, expiresAt);
  const signedIn: SignedIn = { token, expiresAt, user, actor: actorOf(user, session.id) };
  return {
    result: { verdict: { outcome: 'SUCCEEDED' }, signedIn },
    audit: { action: 'LOGIN', ...accountOf(user), details: { ip: ctx.clientAddress ?? null } },
    author: { actor: { userId: user.id, username: user.username }, requestId: ctx.requestId },
  };
}

/** Revokes the caller's session: the token stops working on every server instance. */
export async function logout(ctx: ServiceContext): Promise<boolean> {
  const actor = authorize(ctx.actor, 'session.self');
  return runAudited(ctx, async (tx) => {
    await tx.nativeUpdate(Session, { id: actor.sessionId }, { revokedAt: ctx.now() });
    const user = await tx.findOne(User, actor.userId, { populate: ['organization'] });
    return { result: true, audit: { action: 'LOGOUT', ...accountOf(user) } };
  });
}

/**
 * Changes the caller's password. A wrong current password counts toward the same lockout as a
 * failed sign-in and is refused while the username is locked (issue 7), so a stolen session
 * cannot be used to guess the password without limit.
 */
export async function changePassword(
  ctx: ServiceContext,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const actor = authorize(ctx.actor, 'session.self');
  if (!currentPassword) throw badInput('currentPassword', 'common.required');
  if (newPassword === currentPassword) throw badInput('newPassword', 'auth.samePassword');
  assertStrongPassword(newPassword, actor.username, 'newPassword');
  const verdict = await runAudited(
    ctx,
    async (tx) => {
      const user = await tx.findOneOrFail(User, actor.userId, { populate: ['organization'] });
      const verdict = await judgeAttempt(tx, ctx, actor.username, () =>
        verifyPassword(user.passwordHash, currentPassword),
      );
      const passwordHash = verdict.outcome === 'SUCCEEDED' ? await hashPassword(newPassword) : null;
      return { user, verdict, passwordHash };
    },
    async (tx, { user, verdict, passwordHash }) => {
      const lockStarted = await recordAttempt(tx, ctx, actor.username, verdict);
      if (!passwordHash) {
        const audit = unsuccessfulAttemptEvents(ctx, 'PASSWORD_CHANGE_FAILED', verdict, lockStarted, accountOf(user));
        return { result: verdict, audit };
      }
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
      // Other sessions end: whoever else knew the old password is signed out.
      await tx.nativeUpdate(
        Session,
        { user: user.id, revokedAt: null, id: { $ne: actor.sessionId } },
        { revokedAt: ctx.now() },
      );
      return { result: verdict, audit: { action: 'PASSWORD_CHANGED', ...accountOf(user) } };
    },
  );
  if (verdict.outcome === 'REFUSED') throw lockedError(ctx, verdict.lockedUntil);
  if (verdict.outcome === 'FAILED') throw badInput('currentPassword', 'auth.wrongCurrentPassword');
  return true;
}

/** Ends every session of a user (disabled account, password reset by an admin). */
export async function revokeSessionsOf(em: EntityManager, userId: number): Promise<void> {
  await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}
