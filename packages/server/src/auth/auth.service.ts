import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { appendAuditEntry, lockAuditChain } from '../audit/audit.service';
import { ServiceContext } from '../shared/service-context';
import { Settings } from '../config/settings';
import { Actor } from '../policy/actor';
import { authorize } from '../policy/policy';
import { badInput, DomainError, rateLimited } from '../shared/errors';
import { selectRows } from '../shared/lean-rows';
import { decodeRoles, User, UserStatus } from '../users/user.entity';
import { LoginAttempt } from './login-attempt.entity';
import { assertStrongPassword, DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { Session } from './session.entity';
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
  const [row] = await selectRows<ActorRow>(
    em,
    `select u.id, u.username, u.role_list, u.organization_id, o.path
     from session s join "user" u on u.id = s.user_id join organization o on o.id = u.organization_id
     where s.id = ? and u.id = ? and s.revoked_at is null and s.expires_at > ? and u.status = ?`,
    [claims.sessionId, claims.userId, new Date(), UserStatus.ACTIVE],
  );
  if (!row) return null;
  return {
    userId: row.id,
    username: row.username,
    roles: decodeRoles(row.role_list),
    organizationId: row.organization_id,
    organizationPath: row.path,
    sessionId: claims.sessionId,
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

/**
 * Signs in. Failures get one message whatever went wrong, and the lockout counts failures
 * per username as typed, so neither tells whether an account exists (issue 4).
 */
export async function login(ctx: ServiceContext, rawUsername: string, password: string): Promise<SignedIn> {
  const username = rawUsername.trim().toLowerCase().slice(0, 64);
  if (!username) throw badInput('username', 'common.required');
  if (!password) throw badInput('password', 'common.required');
  await assertNotFlooding(ctx);
  await assertNotLockedOut(ctx, username);

  const user = await ctx.em.findOne(User, { username }, { populate: ['organization'] });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
  const succeeded = !!user && passwordOk && user.status === UserStatus.ACTIVE;

  const signedIn = await ctx.em.transactional(async (tx) => {
    await lockAuditChain(tx);
    tx.persist(new LoginAttempt(username, succeeded, ctx.clientAddress));
    return user && succeeded ? startSession(ctx, tx, user) : recordFailedLogin(ctx, tx, username, user);
  });
  if (!signedIn) throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');
  return signedIn;
}

async function startSession(ctx: ServiceContext, tx: EntityManager, user: User): Promise<SignedIn> {
  const expiresAt = new Date(Date.now() + ctx.settings.TOKEN_TTL_MINUTES * MINUTE);
  const session = new Session(randomUUID(), user, expiresAt);
  tx.persist(session);
  // Not a versioned edit of the account: parallel sign-ins must not conflict with each other.
  await tx.nativeUpdate(User, { id: user.id }, { lastLoginAt: ctx.now() });
  const author = { actor: { userId: user.id, username: user.username }, requestId: ctx.requestId };
  await appendAuditEntry(tx, author, {
    action: 'LOGIN',
    target: `User:${user.id}`,
    details: { ip: ctx.clientAddress },
  });
  const token = signToken({ sessionId: session.id, userId: user.id }, ctx.settings.TOKEN_SECRET, expiresAt);
  return { token, expiresAt, user, actor: actorOf(user, session.id) };
}

/** Failed sign-ins are audited under the name that was typed. */
async function recordFailedLogin(ctx: ServiceContext, tx: EntityManager, username: string, user: User | null) {
  const author = { actor: null, anonymousName: username, requestId: ctx.requestId };
  const target = user ? `User:${user.id}` : null;
  await appendAuditEntry(tx, author, { action: 'LOGIN_FAILED', target, details: { ip: ctx.clientAddress } });
  return null;
}

/**
 * Rate limit per client address: the per-username lockout alone would let one client try a
 * password against many usernames (requirements §1: logins are rate-limited).
 */
async function assertNotFlooding(ctx: ServiceContext) {
  if (!ctx.clientAddress) return;
  const attempts = await ctx.em.count(LoginAttempt, {
    ip: ctx.clientAddress,
    at: { $gt: new Date(Date.now() - MINUTE) },
  });
  if (attempts >= ctx.settings.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE) throw rateLimited('auth.tooManyAttempts');
}

async function assertNotLockedOut(ctx: ServiceContext, username: string) {
  const { LOGIN_MAX_FAILURES: maxFailures, LOGIN_WINDOW_MINUTES: window, LOGIN_LOCK_MINUTES: lock } = ctx.settings;
  const recent = await ctx.em.find(
    LoginAttempt,
    { username, at: { $gt: new Date(Date.now() - window * MINUTE) } },
    { orderBy: { at: 'desc', id: 'desc' }, limit: maxFailures },
  );
  const consecutiveFailures = recent.findIndex((attempt) => attempt.succeeded);
  const failures = consecutiveFailures === -1 ? recent.length : consecutiveFailures;
  if (failures < maxFailures) return;
  const lockedUntil = recent[0].at.getTime() + lock * MINUTE;
  if (Date.now() < lockedUntil) {
    throw rateLimited('auth.locked', { minutes: Math.ceil((lockedUntil - Date.now()) / MINUTE) });
  }
}

/** Revokes the caller's session: the token stops working on every server instance. */
export async function logout(ctx: ServiceContext): Promise<boolean> {
  const actor = authorize(ctx.actor, 'session.self');
  return runAudited(ctx, async (tx) => {
    await tx.nativeUpdate(Session, { id: actor.sessionId }, { revokedAt: ctx.now() });
    return { result: true, audit: { action: 'LOGOUT', target: `User:${actor.userId}`, label: actor.username } };
  });
}

export async function changePassword(
  ctx: ServiceContext,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const actor = authorize(ctx.actor, 'session.self');
  const user = await ctx.em.findOneOrFail(User, actor.userId);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw badInput('currentPassword', 'auth.wrongCurrentPassword');
  }
  assertStrongPassword(newPassword, user.username, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  return runAudited(ctx, async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    // Other sessions end: whoever else knew the old password is signed out.
    await tx.nativeUpdate(
      Session,
      { user: user.id, revokedAt: null, id: { $ne: actor.sessionId } },
      { revokedAt: ctx.now() },
    );
    return { result: true, audit: { action: 'PASSWORD_CHANGED', target: `User:${user.id}`, label: user.username } };
  });
}

/** Ends every session of a user (disabled account, password reset by an admin). */
export async function revokeSessionsOf(em: EntityManager, userId: number): Promise<void> {
  await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}
