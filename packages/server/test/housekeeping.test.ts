import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneAuthRecords } from '../src/auth/housekeeping';
import { LoginAttempt } from '../src/auth/login-attempt.entity';
import { Session } from '../src/auth/session.entity';
import { makeTree, makeUser } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();
const HOUR = 60 * 60_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

describe('pruning of sign-in records', () => {
  it('drops sessions that ended over a day ago and old attempts, keeping everything still useful', async () => {
    const tree = await makeTree(server.em());
    const user = await makeUser(server.em(), { organization: tree.leftBranch });
    const em = server.em();
    const session = (expiresAt: Date, revokedAt: Date | null = null) => {
      const row = new Session(randomUUID(), user, expiresAt);
      row.revokedAt = revokedAt;
      em.persist(row);
      return row;
    };
    const active = session(new Date(Date.now() + 8 * HOUR));
    const recentlyExpired = session(hoursAgo(2));
    const recentlyRevoked = session(new Date(Date.now() + HOUR), hoursAgo(1));
    session(hoursAgo(30));
    session(new Date(Date.now() + HOUR), hoursAgo(25));
    const attempt = (at: Date) => {
      const row = new LoginAttempt(user.username, false, '127.0.0.1');
      row.at = at;
      em.persist(row);
      return row;
    };
    const recentAttempt = attempt(hoursAgo(1));
    attempt(hoursAgo(48));
    await em.flush();

    expect(await pruneAuthRecords(server.em())).toEqual({ sessions: 2, attempts: 1 });

    const sessionsLeft = (await server.em().find(Session, {})).map((s) => s.id).sort();
    expect(sessionsLeft).toEqual([active.id, recentlyExpired.id, recentlyRevoked.id].sort());
    expect((await server.em().find(LoginAttempt, {})).map((a) => a.id)).toEqual([recentAttempt.id]);
  });
});
