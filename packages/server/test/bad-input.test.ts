import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { LoginAttempt } from '../src/auth/login-attempt.entity';
import { Role } from '../src/users/role';
import { graphql, GraphQLErrorShape, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

// Issue 7 §2: bad input is BAD_USER_INPUT naming the argument at fault, in the caller's
// language, without the schema's type names or suggestions — never an internal error.

const server = useTestServer();

async function signIn(): Promise<string> {
  const tree = await makeTree(server.em());
  await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
  return login(server.url, 'root.admin', PASSWORD);
}

/** A raw POST, to read the HTTP status as well. */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; en?: boolean } = {},
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.en ? { 'accept-language': 'en' } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorShape[] };
  return { status: response.status, data: body.data, errors: body.errors ?? [] };
}

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');
const CJK = /[\u3400-\u9fff]/;

/** No schema hint: no suggestion, no type name of the schema. */
function expectNoSchemaHints(error: GraphQLErrorShape) {
  expect(error.message).not.toMatch(/did you mean/i);
  expect(error.message).not.toMatch(/\b(Role|UserFilter|UserStatus|Int|String|ID|Query|Mutation|User)\b/);
}

describe('requests refused before they run', () => {
  it('answers a syntax error with HTTP 400 BAD_USER_INPUT naming line and column, in Chinese or English', async () => {
    const chinese = await post('{ me { ');
    const english = await post('{ me { ', {}, { en: true });

    for (const response of [chinese, english]) {
      expect(response.status).toBe(400);
      expect(response.errors).toHaveLength(1);
      expect(response.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    }
    expect(chinese.errors[0].message).toMatch(CJK);
    expect(chinese.errors[0].message).toMatch(/1.*8/);
    expect(english.errors[0].message).toBe('Syntax error at line 1, column 8');
  });

  it('answers a document over the token limit with HTTP 400, not 500', async () => {
    const query = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;

    const response = await post(query, {}, { en: true });

    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'The request has more than 2000 tokens',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('answers every limit (depth, aliases, cost, directives) with HTTP 400 BAD_USER_INPUT and runs nothing', async () => {
    const token = await signIn();
    const queries = {
      depth: `{ organizations { ${'children { '.repeat(12)}id${' }'.repeat(12)} } }`,
      aliases: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
      cost: `{ users(first: 100) { edges { node { organization { children { children { children { id name code } } } } } } } }`,
      directives: `{ me ${'@include(if: true) '.repeat(21)}{ id } }`,
    };

    for (const [limit, query] of Object.entries(queries)) {
      const response = await post(query, {}, { token, en: true });
      expect(response.status, limit).toBe(400);
      expect(response.data, limit).toBeUndefined();
      expect(response.errors.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
      expect(
        response.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'),
        limit,
      ).toBe(true);
      expect(response.errors.map((e) => e.message).join(' '), limit).toMatch(new RegExp(limit.slice(0, 5), 'i'));
    }
  });

  it('refuses a subscription as BAD_USER_INPUT instead of failing inside', async () => {
    const response = await post('subscription { me { id } }', {}, { en: true });

    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Only queries and mutations are served',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });
});

describe('arguments', () => {
  it('refuses a NUL character in a variable before sign-in runs, naming the argument (PostgreSQL answered 500)', async () => {
    await signIn();
    const attempts = await server.em().count(LoginAttempt, {});
    const entries = await server.em().count(AuditEntry, {});

    const response = await post(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'root.admin\u0000', p: 'x' },
      { en: true },
    );

    expect(response.status).toBe(400);
    expect(onlyError({ ...response, data: response.data as null }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'username',
    });
    expect(response.errors[0].message).toBe('username must not contain the NUL character (U+0000)');
    expect(await server.em().count(LoginAttempt, {})).toBe(attempts);
    expect(await server.em().count(AuditEntry, {})).toBe(entries);
  });

  it('refuses a NUL character inline and deep inside an input object, naming that field', async () => {
    const token = await signIn();

    const inline = await post('{ users(filter: { search: "a\\u0000b" }) { totalCount } }', {}, { token });
    const nested = await post(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { code: 'NEW-1', name: '支部\u0000', type: 'BRANCH', parentId: '1' } },
      { token },
    );

    expect(inline.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(inline.errors[0].message).toMatch(CJK);
    expect(nested.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('refuses cursors that decode to no possible row, on field "after"', async () => {
    const token = await signIn();
    const cursors = [
      cursorOf('c:2147483648'),
      cursorOf('c:9007199254740993'),
      cursorOf(`c:${'9'.repeat(400)}`),
      cursorOf('c:-1'),
      cursorOf('c:1e3'),
      'x'.repeat(5000),
    ];

    for (const after of cursors) {
      for (const query of ['users', 'auditEntries']) {
        const response = await graphql(
          server.url,
          `query ($a: String) { ${query}(after: $a) { totalCount } }`,
          { a: after },
          { token },
        );
        expect(onlyError(response).extensions, `${query} ${after.slice(0, 20)}`).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
      }
    }
  });

  it('refuses ids beyond the database integer on the argument that carries them', async () => {
    const token = await signIn();

    const organization = await graphql(server.url, '{ organization(id: "2147483648") { id } }', {}, { token });
    const filter = await graphql(
      server.url,
      '{ users(filter: { organizationId: "99999999999" }) { totalCount } }',
      {},
      { token },
    );
    const update = await graphql(
      server.url,
      'mutation { renameOrganization(id: "2147483648", name: "x", version: 1) { id } }',
      {},
      { token },
    );

    expect(onlyError(organization).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(onlyError(filter).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'organizationId' });
    expect(onlyError(update).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses an over-long search or target prefix on that field', async () => {
    const token = await signIn();

    const users = await graphql(
      server.url,
      '{ users(filter: { search: "' + '%'.repeat(101) + '" }) { totalCount } }',
      {},
      { token, language: 'en' },
    );
    const audit = await graphql(
      server.url,
      '{ auditEntries(filter: { target: "' + 'U'.repeat(101) + '" }) { totalCount } }',
      {},
      { token },
    );

    expect(onlyError(users)).toMatchObject({
      message: 'At most 100 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'search' },
    });
    expect(onlyError(audit).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
  });

  it('names the field of an unknown enum value, inline and in variables, with no suggestion, in the caller’s language', async () => {
    const token = await signIn();

    const responses = [
      await post('{ users(filter: { role: ADMN }) { totalCount } }', {}, { token, en: true }),
      await post(
        'query ($f: UserFilter) { users(filter: $f) { totalCount } }',
        { f: { role: 'ADMN' } },
        { token, en: true },
      ),
      await post(
        'query ($r: Role) { users(filter: { role: $r }) { totalCount } }',
        { r: 'admin' },
        { token, en: true },
      ),
    ];
    const chinese = await post('{ users(filter: { role: ADMN }) { totalCount } }', {}, { token });

    for (const response of responses) {
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'Invalid value for role',
          extensions: { code: 'BAD_USER_INPUT', field: 'role' },
        }),
      ]);
      expectNoSchemaHints(response.errors[0]);
    }
    expect(chinese.errors[0].message).toMatch(CJK);
    expect(chinese.errors[0].extensions?.field).toBe('role');
  });

  it('names the argument of a value of the wrong type, or of a missing one, without type names', async () => {
    const token = await signIn();

    const cases: [string, Record<string, unknown>, string][] = [
      ['query ($n: Int) { users(first: $n) { totalCount } }', { n: 'ten' }, 'first'],
      ['{ users(first: "ten") { totalCount } }', {}, 'first'],
      ['{ users(first: 3000000000) { totalCount } }', {}, 'first'],
      ['query ($id: ID!) { organization(id: $id) { id } }', {}, 'id'],
      ['query ($id: ID!) { organization(id: $id) { id } }', { id: null }, 'id'],
      ['{ organization { id } }', {}, 'id'],
      ['{ organization(id: {a: 1}) { id } }', {}, 'id'],
      ['query ($f: UserFilter) { users(filter: $f) { totalCount } }', { f: { search: 5 } }, 'search'],
      ['query ($f: UserFilter) { users(filter: $f) { totalCount } }', { f: { bogus: 1 } }, 'bogus'],
      ['mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { username: 'x' } }, 'displayName'],
      ['{ users(bogus: 1) { totalCount } }', {}, 'bogus'],
    ];

    for (const [query, variables, field] of cases) {
      const response = await post(query, variables, { token, en: true });
      expect(response.status, query).toBe(400);
      // An inline `first` also multiplies the estimated cost: that refusal may come alongside.
      expect(
        response.errors.map((e) => e.extensions),
        query,
      ).toContainEqual({ code: 'BAD_USER_INPUT', field });
      for (const error of response.errors) expectNoSchemaHints(error);
    }
  });

  it('gives no suggestion for a misspelt field or argument, in either language', async () => {
    const token = await signIn();

    for (const en of [true, false]) {
      const field = await post('{ me { usernam } }', {}, { token, en });
      const argument = await post('{ users(frist: 1) { totalCount } }', {}, { token, en });

      expect(field.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'usernam' });
      expect(argument.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'frist' });
      for (const error of [...field.errors, ...argument.errors]) {
        expectNoSchemaHints(error);
        expect(error.message).not.toMatch(/username|first/);
        expect(CJK.test(error.message)).toBe(!en);
      }
    }
  });
});
