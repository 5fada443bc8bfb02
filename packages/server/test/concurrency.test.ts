import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../src/app/http';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { verifyAuditChain } from '../src/audit/verification';
import { LoginAttempt } from '../src/auth/login-attempt.entity';
import { openDatabase } from '../src/db/orm';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, GraphQLResponse, login } from './support/client';
import { makeOrganization, makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

/** issue 7: every race is run this many times on each dialect. */
const ROUNDS = 20;
// Rounds of password checks (argon2 is deliberately slow) and lock waits on a busy machine.
const SLOW = 300_000;

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const RENAME =
  'mutation ($id: ID!, $name: String!, $v: Int!) { renameOrganization(id: $id, name: $name, version: $v) { version } }';
const MOVE =
  'mutation ($id: ID!, $p: ID!, $v: Int!) { moveOrganization(id: $id, parentId: $p, version: $v) { version } }';
const CHANGE_PASSWORD = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

// The per-address limit has its own tests (auth.test.ts); in these rounds it would only get in the way.
const server = useTestServer({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000' });

const codeOf = (response: GraphQLResponse) => (response.errors ? response.errors[0].extensions?.code : 'OK');

/** How many responses ended with each outcome (`OK` or an error code). */
function tally(responses: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[codeOf(response)!] = (counts[codeOf(response)!] ?? 0) + 1;
  return counts;
}

async function rootAdmin() {
  const tree = await makeTree(server.em());
  await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
  return { tree, token: await login(server.url, 'root.admin', PASSWORD) };
}

/** Every path is its parent's path plus its code, and every chain of parents ends at the root. */
async function expectTreeIntact() {
  const organizations = await server.em().find(Organization, {});
  const byId = new Map(organizations.map((o) => [o.id, o]));
  for (const organization of organizations) {
    const parent = organization.parent ? byId.get(organization.parent.id) : undefined;
    expect(organization.path, organization.code).toBe(`${parent?.path ?? '/'}${organization.code}/`);
    let steps = 0;
    for (let at: Organization | undefined = organization; at?.parent; at = byId.get(at.parent.id)) {
      steps += 1;
      expect(steps, `a cycle through ${organization.code}`).toBeLessThanOrEqual(organizations.length);
    }
  }
}

describe('a flush with no changes', { timeout: SLOW }, () => {
  it('issues no SQL after loading an organisation and a user with their organisation', async () => {
    const tree = await makeTree(server.em());
    const user = await makeUser(server.em(), { organization: tree.leftBranch });
    const em = server.em();
    await em.findOneOrFail(Organization, tree.left.id);
    await em.findOneOrFail(User, user.id, { populate: ['organization'] });

    server.queries.reset();
    await em.flush();

    expect(server.queries.statements).toEqual([]);
  });

  it('leaves the user and their organisation at their versions however often the user signs in', async () => {
    const tree = await makeTree(server.em());
    const user = await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch });
    const before = await server.em().findOneOrFail(Organization, tree.leftBranch.id);

    for (let round = 0; round < ROUNDS; round += 1) await login(server.url, 'alice', PASSWORD);

    const organization = await server.em().findOneOrFail(Organization, tree.leftBranch.id);
    expect([organization.version, organization.updatedAt]).toEqual([before.version, before.updatedAt]);
    const after = await server.em().findOneOrFail(User, user.id);
    expect(after.version).toBe(user.version);
    expect(after.lastLoginAt).toBeInstanceOf(Date);
  });
});

describe('concurrent moves', { timeout: SLOW }, () => {
  it('never lets two opposite moves (A under B, B under A) both succeed, and never leaves a cycle', async () => {
    const { tree, token } = await rootAdmin();
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      const type = OrganizationType.COMMITTEE;
      const a = await makeOrganization(server.em(), { code: `A${round}`, type, parent: tree.root });
      const b = await makeOrganization(server.em(), { code: `B${round}`, type, parent: tree.root });
      const move = (from: Organization, to: Organization) =>
        graphql(server.url, MOVE, { id: String(from.id), p: String(to.id), v: from.version }, { token });

      const responses = await Promise.all([move(a, b), move(b, a)]);

      const counts = tally(responses);
      for (const [code, n] of Object.entries(counts)) outcomes[code] = (outcomes[code] ?? 0) + n;
      expect(counts.OK, JSON.stringify(counts)).toBe(1);
      const loser = responses.find((r) => r.errors)!.errors![0];
      expect(loser.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
      await expectTreeIntact();
    }
    expect(outcomes).toEqual({ OK: ROUNDS, BAD_USER_INPUT: ROUNDS });
  });

  it('answers mixed concurrent renames and moves of one organisation with success or CONFLICT, losing no update', async () => {
    const { tree, token } = await rootAdmin();
    const left = tree.left;
    const current = () => server.em().findOneOrFail(Organization, left.id);
    const versionOf = async () => (await current()).version;
    // Each round six clients read LEFT and then rename it, or move it from its parent to the
    // other of ROOT and RIGHT (never a move that changes nothing).
    const write = async (client: number, round: number) => {
      const { version: v, parent } = await current();
      if (client % 2 === 0) {
        return graphql(server.url, RENAME, { id: String(left.id), name: `名${round}-${client}`, v }, { token });
      }
      const other = parent!.id === tree.root.id ? tree.right : tree.root;
      return graphql(server.url, MOVE, { id: String(left.id), p: String(other.id), v }, { token });
    };
    let successes = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const start = await versionOf();

      const responses = await Promise.all([0, 1, 2, 3, 4, 5].map((client) => write(client, round)));

      const counts = tally(responses);
      expect(Object.keys(counts).filter((code) => code !== 'OK' && code !== 'CONFLICT')).toEqual([]);
      expect(counts.OK).toBeGreaterThanOrEqual(1);
      successes += counts.OK;
      // No lost update: each success is one version step and one audit entry, and the row
      // shows what the last audited change wrote.
      expect(await versionOf()).toBe(start + counts.OK);
      const entries = await server
        .em()
        .find(
          AuditEntry,
          { target: `Organization:${left.id}`, action: { $in: ['ORGANIZATION_RENAMED', 'ORGANIZATION_MOVED'] } },
          { orderBy: { id: 'asc' } },
        );
      expect(entries).toHaveLength(successes);
      const row = await server.em().findOneOrFail(Organization, left.id);
      const lastRename = entries.filter((e) => e.action === 'ORGANIZATION_RENAMED').at(-1);
      if (lastRename) expect(row.name).toBe(JSON.parse(lastRename.details!).to);
      const lastMove = entries.filter((e) => e.action === 'ORGANIZATION_MOVED').at(-1);
      if (lastMove) expect(row.path).toBe(JSON.parse(lastMove.details!).to);
      await expectTreeIntact();
    }
  });
});

describe('concurrent sign-ins', { timeout: SLOW }, () => {
  it('signs in 20 parallel correct attempts at one account, every one of them', async () => {
    const tree = await makeTree(server.em());
    const user = await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch });
    for (let round = 0; round < ROUNDS; round += 1) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => graphql(server.url, LOGIN, { u: 'alice', p: PASSWORD })),
      );
      expect(tally(responses)).toEqual({ OK: 20 });
    }
    expect((await server.em().findOneOrFail(User, user.id)).version).toBe(user.version);
  });

  it('checks at most five of 30 parallel wrong passwords for one username and refuses the rest as RATE_LIMITED', async () => {
    const tree = await makeTree(server.em());
    for (let round = 0; round < ROUNDS; round += 1) {
      const username = `target${round}`;
      await makeUser(server.em(), { username, organization: tree.leftBranch });

      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => graphql(server.url, LOGIN, { u: username, p: `wrong-${i}` })),
      );

      expect(tally(responses)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 25 });
      const audited = async (action: string) => server.em().count(AuditEntry, { actor: username, action });
      expect(await audited('LOGIN_FAILED')).toBe(5);
      expect(await audited('LOGIN_LOCKED')).toBe(1);
      expect(await audited('LOGIN_REFUSED_LOCKED')).toBe(25);
      expect(await server.em().count(LoginAttempt, { username, refused: false })).toBe(5);
      const correct = await graphql(server.url, LOGIN, { u: username, p: PASSWORD });
      expect(codeOf(correct)).toBe('RATE_LIMITED');
    }
  });

  it('checks at most five of 12 parallel wrong current passwords at a password change, refusing the rest', async () => {
    const tree = await makeTree(server.em());
    for (let round = 0; round < ROUNDS; round += 1) {
      const username = `changer${round}`;
      await makeUser(server.em(), { username, organization: tree.leftBranch });
      const token = await login(server.url, username, PASSWORD);

      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          graphql(server.url, CHANGE_PASSWORD, { c: `wrong-${i}`, n: 'Better#Pass2026' }, { token }),
        ),
      );

      expect(tally(responses)).toEqual({ BAD_USER_INPUT: 5, RATE_LIMITED: 7 });
      expect(await server.em().count(AuditEntry, { actor: username, action: 'PASSWORD_CHANGE_FAILED' })).toBe(5);
    }
  });
});

describe('concurrent sign-ins from many addresses', { timeout: SLOW }, () => {
  // Client addresses are forwarded by the (trusted) local proxy, so they can differ.
  const limited = useTestServer({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '10', TRUST_PROXY: 'loopback' });
  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

  it('checks at most ten of 30 parallel wrong guesses at different usernames when ten failures a minute are allowed', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const address = `198.51.100.${round + 1}`;

      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          graphql(limited.url, LOGIN, { u: `guess${round}-${i}`, p: 'wrong' }, from(address)),
        ),
      );

      expect(tally(responses)).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 20 });
      expect(await limited.em().count(LoginAttempt, { ip: address })).toBe(10);
    }
  });

  it('checks at most five of 30 parallel wrong guesses at one username, each from its own address', async () => {
    const tree = await makeTree(limited.em());
    for (let round = 0; round < ROUNDS; round += 1) {
      const username = `target${round}`;
      await makeUser(limited.em(), { username, organization: tree.leftBranch });

      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          graphql(limited.url, LOGIN, { u: username, p: `wrong-${i}` }, from(`10.0.${round}.${i + 1}`)),
        ),
      );

      expect(tally(responses)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 25 });
      expect(await limited.em().count(AuditEntry, { actor: username, action: 'LOGIN_FAILED' })).toBe(5);
    }
  });
});

// Instances share a database only on PostgreSQL: the SQLite file belongs to one process (one
// connection, db/orm.ts), so on SQLite there is no second instance to start and this block is
// not registered at all.
if (dialect === 'postgresql') {
  describe('two instances on one PostgreSQL', { timeout: SLOW }, () => {
    let other: { url: string; stop(): Promise<void> } | undefined;
    beforeAll(async () => {
      const orm = await openDatabase(server.database.target);
      const running = await startHttpServer(orm, server.settings, 0);
      other = {
        url: running.url,
        stop: async () => {
          await running.stop();
          await orm.close(true);
        },
      };
    });
    afterAll(() => other?.stop());
    const both = () => [server.url, other!.url];

    it('keeps one valid audit chain when both write at once', async () => {
      const { tree, token } = await rootAdmin();
      await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch });
      const versionOf = async (o: Organization) => (await server.em().findOneOrFail(Organization, o.id)).version;
      for (let round = 0; round < ROUNDS; round += 1) {
        const [first, second] = both();
        const v = await versionOf(tree.left);
        const responses = await Promise.all([
          graphql(first, RENAME, { id: String(tree.left.id), name: `甲${round}`, v }, { token }),
          graphql(second, RENAME, { id: String(tree.left.id), name: `乙${round}`, v }, { token }),
          graphql(
            second,
            RENAME,
            { id: String(tree.right.id), name: `右${round}`, v: await versionOf(tree.right) },
            { token },
          ),
          graphql(first, LOGIN, { u: 'alice', p: PASSWORD }),
          graphql(second, LOGIN, { u: 'alice', p: PASSWORD }),
          graphql(second, LOGIN, { u: `nobody${round}`, p: 'wrong' }),
        ]);
        expect(responses.map(codeOf).sort()).toEqual(['CONFLICT', 'OK', 'OK', 'OK', 'OK', 'UNAUTHENTICATED']);
      }

      // From the first entry: the whole chain written through both instances is one valid chain.
      const verification = await verifyAuditChain(server.em(), server.settings, { full: true });
      expect(verification).toMatchObject({
        ok: true,
        checked: await server.em().count(AuditEntry, {}),
        firstBrokenId: null,
      });
      expect(verification.checked).toBe(1 + ROUNDS * 5);
    });

    it('refuses a token on one instance as soon as it was signed out on the other', async () => {
      const tree = await makeTree(server.em());
      await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch });
      const ME = '{ me { username } }';
      for (let round = 0; round < ROUNDS; round += 1) {
        const [signedOutAt, askedAt] = round % 2 ? both() : both().reverse();
        const token = await login(signedOutAt, 'alice', PASSWORD);
        expect((await graphql(askedAt, ME, {}, { token })).data).toEqual({ me: { username: 'alice' } });

        expect((await graphql(signedOutAt, 'mutation { logout }', {}, { token })).data).toEqual({ logout: true });

        expect((await graphql(askedAt, ME, {}, { token })).data).toEqual({ me: null });
        expect(codeOf(await graphql(askedAt, 'mutation { logout }', {}, { token }))).toBe('UNAUTHENTICATED');
      }
    });

    it('counts one lockout across both: 30 parallel wrong guesses through either check at most five', async () => {
      const tree = await makeTree(server.em());
      for (let round = 0; round < ROUNDS; round += 1) {
        const username = `target${round}`;
        await makeUser(server.em(), { username, organization: tree.leftBranch });

        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, i) => graphql(both()[i % 2], LOGIN, { u: username, p: `wrong-${i}` })),
        );

        expect(tally(responses)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 25 });
        expect(await server.em().count(AuditEntry, { actor: username, action: 'LOGIN_FAILED' })).toBe(5);
      }
    });
  });
}
