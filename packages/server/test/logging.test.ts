import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqlOf, withoutQuotedText } from '../src/app/log-safety';
import { setLogLevel, setLogSink } from '../src/app/logger';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, startTestServer, TestServer } from './support/server';

// Issue 7 §3: logged SQL and logged errors carry no parameter values (an argon2 hash and
// e-mail addresses reached the log through driver errors, whose message is the SQL with every
// value inlined).

describe('what reaches the log when a statement fails', () => {
  // Each test breaks its database for good, so each gets a server of its own.
  let server: TestServer;
  let lines: string[];
  beforeEach(async () => {
    server = await startTestServer();
    lines = [];
  });
  afterEach(async () => {
    setLogSink(null);
    setLogLevel('silent');
    await server.close();
  });

  const capture = () => {
    setLogLevel('debug');
    setLogSink((_level, line) => lines.push(line));
  };
  /** Every insert into `table` fails in the database from now on; reads go on working. */
  async function refuseInserts(table: string) {
    const connection = server.em().getConnection();
    if (dialect === 'postgresql') {
      await connection.execute(
        "create function refuse() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$",
      );
      await connection.execute(
        `create trigger refuse before insert on "${table}" for each row execute function refuse()`,
      );
    } else {
      await connection.execute(
        `create trigger refuse before insert on \`${table}\` begin select raise(abort, 'refused'); end`,
      );
    }
  }

  it('logs the error class, its code and the statement without values: no password hash, no e-mail', async () => {
    const tree = await makeTree(server.em());
    const admin = await makeUser(server.em(), {
      username: 'root.admin',
      organization: tree.root,
      roles: [Role.ADMIN],
      email: 'admin.secret@example.org',
    });
    const token = await login(server.url, 'root.admin', PASSWORD);
    const storedHash = (await server.em().findOneOrFail(User, admin.id)).passwordHash;
    await refuseInserts('user');
    capture();

    const response = await graphql(
      server.url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          username: 'new.person',
          displayName: '新同志',
          organizationId: String(tree.left.id),
          roles: ['REQUESTER'],
          password: 'Unusual#Passphrase42',
          phone: '+86 139 0000 1111',
          email: 'new.person.secret@example.org',
        },
      },
      { token },
    );

    expect(onlyError(response).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const log = lines.join('\n');
    const entry = JSON.parse(lines.find((line) => line.includes('unexpected error'))!) as Record<string, unknown>;
    expect(entry.error).toMatch(/Exception$/);
    expect(entry.sql).toMatch(/^insert into .*user.* values \(\?(, \?)+/);
    expect(log).not.toContain('$argon2');
    expect(log).not.toContain(storedHash);
    expect(log).not.toMatch(/secret@example\.org|new\.person|Unusual#Passphrase42|139 0000/);
  });

  it('logs a failed sign-in’s statement without the name that was typed (often a password typed in the wrong box)', async () => {
    const tree = await makeTree(server.em());
    await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
    // The failed sign-in's audit entry is written under the name typed: that insert fails.
    await refuseInserts('audit_entry');
    capture();

    const response = await graphql(
      server.url,
      'mutation { login(username: "Typed#Secret#Name", password: "Wrong#Password1") { token } }',
    );

    expect(onlyError(response).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const statements = lines.map((line) => (JSON.parse(line) as { sql?: string }).sql);
    expect(statements).toContainEqual(expect.stringMatching(/^insert into .audit_entry. \(.*\) values \(\?/));
    expect(lines.join('\n')).not.toMatch(/typed#secret#name|Wrong#Password1/i);
  });
});

describe('redaction', () => {
  it('replaces every literal of a statement by ?, keeping names', () => {
    const message =
      "insert into `user` (`username`, `password_hash`, `login_count`, `t1`.`e2`) values ('o''brien', '$argon2id$v=19$m=1$abc', 42, -1.5e3) - SQLITE_ERROR: table user has no column named phone";

    expect(sqlOf(message)).toBe(
      'insert into `user` (`username`, `password_hash`, `login_count`, `t1`.`e2`) values (?, ?, ?, ?)',
    );
    expect(sqlOf('select 1 from "user" where "email" = E\'a\\\\b\' and x = \'unterminated')).toBe(
      'select ? from "user" where "email" = ? and x = ?',
    );
    expect(sqlOf('connect ECONNREFUSED 127.0.0.1:5432')).toBeUndefined();
  });

  it('removes quoted text from other errors’ messages', () => {
    expect(withoutQuotedText(`Value for User.email is required, 'x@example.org' found "and" \`more\``)).toBe(
      'Value for User.email is required, … found … …',
    );
  });
});
