import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../src/users/role';
import { graphql, GraphQLErrorShape, GraphQLResponse, login, onlyError, RequestOptions } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, startTestServer, TestServer, useTestServer } from './support/server';

/** The only codes api.md allows in `extensions.code`. */
const API_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
];

/** Every response of this file passes through here: each error must carry one of api.md's codes. */
async function send(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse> {
  const response = await graphql(url, query, variables, options);
  for (const error of response.errors ?? []) expect(API_CODES, JSON.stringify(error)).toContain(error.extensions?.code);
  return response;
}

/** A raw POST to /graphql, for bodies the client helper would not send. */
async function post(url: string, body: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: unknown; errors?: GraphQLErrorShape[] } };
}

async function signIn(server: TestServer): Promise<string> {
  const tree = await makeTree(server.em());
  await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
  return login(server.url, 'root.admin', PASSWORD);
}

describe('with default limits', () => {
  const server = useTestServer();

  it('rejects a query nested deeper than the limit before running it', async () => {
    const token = await signIn(server);
    const nested = `{ organizations { ${'parent { '.repeat(12)}code${' }'.repeat(12)} } }`;

    // Messages are in the caller's language (issue 7): the English one names the limit.
    const response = await send(server.url, nested, {}, { token, language: 'en' });

    expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlyError(response).message).toMatch(/depth/i);
    expect(response.data).toBeUndefined();
  });

  it('rejects a query with too many aliases', async () => {
    const token = await signIn(server);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');

    const response = await send(server.url, `{ ${aliases} }`, {}, { token, language: 'en' });

    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(response.errors![0].message).toMatch(/alias/i);
    expect(response.data).toBeUndefined();
  });

  it('rejects a batched request (a JSON array of operations)', async () => {
    const token = await signIn(server);

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { username } }' }]),
    });

    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors?: GraphQLErrorShape[] };
    expect(Array.isArray(body)).toBe(false);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives no "Did you mean" suggestion for a misspelt field', async () => {
    const token = await signIn(server);

    const error = onlyError(await send(server.url, '{ me { usernam } }', {}, { token }));

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).not.toMatch(/did you mean/i);
    expect(error.message).not.toMatch(/username/);
  });

  it('answers introspection outside production', async () => {
    const response = await send(server.url, '{ __schema { queryType { name } } }');

    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers every kind of bad request with one of the documented codes', async () => {
    const token = await signIn(server);
    const requests: [string, Record<string, unknown>, RequestOptions][] = [
      ['{ me { ', {}, {}], // syntax error
      ['{ nothingHere }', {}, { token }], // unknown field
      ['query ($first: Int) { users(first: $first) { totalCount } }', { first: 'ten' }, { token }], // wrong variable type
      ['query ($id: ID!) { organization(id: $id) { code } }', {}, { token }], // missing variable
      ['query ($id: ID!) { organization(id: $id) { code } }', { id: 'abc' }, { token }], // malformed id
      ['{ organizations { id } }', {}, {}], // not signed in
      ['{ users(first: 500) { totalCount } }', {}, { token }], // page too large
      ['{ me { id } } { me { id } }', {}, { token }], // two anonymous operations
    ];

    for (const [query, variables, options] of requests) {
      const response = await send(server.url, query, variables, options);
      expect(response.errors?.length, query).toBeGreaterThan(0);
    }
  });
});

describe('with a small request body limit', () => {
  const server = useTestServer({ REQUEST_BODY_LIMIT: '1kb' }, { resetEachTest: false });

  it('answers a body over the limit with 413 and a JSON BAD_USER_INPUT error', async () => {
    const response = await post(server.url, JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(2048)}` }));

    expect(response.status).toBe(413);
    expect(response.json.errors).toHaveLength(1);
    expect(response.json.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('still serves a body under the limit', async () => {
    const response = await post(server.url, JSON.stringify({ query: '{ me { id } }' }));

    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { me: null } });
  });
});

describe('in production', () => {
  const server = useTestServer({ NODE_ENV: 'production' }, { resetEachTest: false });

  it('refuses introspection', async () => {
    const response = await send(server.url, '{ __schema { queryType { name } } }');

    expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeUndefined();
  });
});

describe('when something unexpected breaks', () => {
  // Each test breaks its database for good, so each gets a server of its own.
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  /** Nothing of the internals: no SQL, no stack, no table or column names. */
  function expectNothingInternal(error: GraphQLErrorShape, table: string) {
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const text = JSON.stringify(error);
    expect(text).not.toMatch(new RegExp(`${table}|select|insert|from |where|sql|stack|\\.ts:|at [A-Za-z]+ \\(`, 'i'));
  }

  const drop = (table: string) =>
    server
      .em()
      .getConnection()
      .execute(dialect === 'postgresql' ? `drop table "${table}" cascade` : `drop table \`${table}\``);

  it('answers INTERNAL_SERVER_ERROR without SQL, stack or table names when a resolver fails', async () => {
    const token = await signIn(server);
    await drop('audit_entry');

    const response = await send(server.url, 'mutation { logout }', {}, { token });

    expectNothingInternal(onlyError(response), 'audit_entry');
  });

  it('answers INTERNAL_SERVER_ERROR without SQL, stack or table names when authentication itself fails', async () => {
    const token = await signIn(server);
    await drop('session');

    const response = await send(server.url, '{ organizations { id } }', {}, { token });

    expectNothingInternal(onlyError(response), 'session');
  });
});
