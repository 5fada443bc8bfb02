import fc from 'fast-check';
import { GraphQLSchema, isInputObjectType, isIntrospectionType, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { danganSchema } from '../src/app/schema';
import { Role } from '../src/users/role';
import { GraphQLErrorShape, login } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { casesFor, GeneratedCase, render } from './support/malformed-input';
import { dialect, TestServer, useTestServer } from './support/server';

/**
 * Issue 7 §2: bad input is never an internal error. Arguments generated from the schema's root
 * fields (wrong types, out-of-range numbers, NUL bytes, long and odd text, unknown enum values,
 * malformed ids and cursors, missing and unknown arguments), inline and as variables, plus raw
 * bodies no GraphQL client would send. Signed in as a root ADMIN so the resolvers really run.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_707);
const CASES_PER_FIELD = 12;
const API_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

const server = useTestServer({}, { resetEachTest: false });

interface Sent {
  label: string;
  /** Everything the client sent, to tell names it used from names the server volunteered. */
  text: string;
  english: boolean;
  /** Generated argument cases: a BAD_USER_INPUT must name the argument or field at fault. */
  expectField: boolean;
}

interface Tally {
  requests: number;
  status5xx: number;
  internal: number;
  /** Problem kind → how often, and the first few requests that showed it. */
  problems: Map<string, { count: number; examples: string[] }>;
}

const CJK = /[\u3400-\u9fff]/;
const STACK = /\bat\s+\S+\s+\(|\.[cm]?[jt]s:\d+|node_modules|\b[A-Z]\w*(Error|Exception)\b/;
const SQL =
  /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b|sqlite|postgres|syntax error at or near|violates|duplicate key|relation "|pg_|knex|mikro/i;

/** Table names and snake_case column names: a message naming one leaks the database's shape. */
function databaseNames(target: TestServer): RegExp {
  const names = new Set<string>();
  for (const meta of Object.values(target.orm.getMetadata().getAll())) {
    // The trail is compared below without the entries that record reads, not changes.
    if (meta.abstract || meta.embeddable || meta.tableName === 'audit_entry') continue;
    names.add(meta.tableName);
    for (const prop of meta.props)
      for (const column of prop.fieldNames ?? []) if (column.includes('_')) names.add(column);
  }
  const plain = [...names].filter((n) => n.includes('_'));
  const quoted = [...names].filter((n) => !n.includes('_'));
  return new RegExp(`\\b(${plain.join('|')})\\b|[\`"](${quoted.join('|')})[\`"]`, 'i');
}

/** What every response is checked against. */
interface Expectations {
  /** Type names of the schema: no message may mention one the client did not write. */
  typeNames: string[];
  /** Table and column names. */
  tables: RegExp;
  /** What `extensions.field` may name. */
  inputNames: Set<string>;
}

function check(sent: Sent, status: number, body: unknown, tally: Tally, expected: Expectations): void {
  const { typeNames, tables, inputNames } = expected;
  tally.requests += 1;
  const problem = (what: string) => {
    const entry = tally.problems.get(what) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 3)
      entry.examples.push(`${sent.label.slice(0, 300)} → ${status} ${JSON.stringify(body).slice(0, 300)}`);
    tally.problems.set(what, entry);
  };
  if (status >= 500) {
    tally.status5xx += 1;
    problem('5xx');
  }
  const errors = (body as { errors?: GraphQLErrorShape[] } | null)?.errors;
  if (status >= 400 && !errors?.length) problem('an error status without a GraphQL error body');
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') {
      tally.internal += 1;
      problem('INTERNAL_SERVER_ERROR');
    }
    if (!API_CODES.has(code as string)) problem(`code ${String(code)} is not one of api.md's`);
    const extra = Object.keys(error.extensions ?? {}).filter((key) => key !== 'code' && key !== 'field');
    if (extra.length) problem(`extensions carry ${extra.join(', ')}`);
    const message = error.message;
    if (/did you mean/i.test(message)) problem('a suggestion');
    if (STACK.test(message)) problem('a stack frame or an internal class');
    const table = tables.exec(message)?.[0];
    if (SQL.test(message) || (table && !sent.text.includes(table))) problem('SQL or a database name');
    if (code !== 'NOT_FOUND') {
      for (const name of typeNames) {
        const word = new RegExp(`\\b${name}\\b`);
        if (word.test(message) && !word.test(sent.text)) problem(`the schema's type name ${name}`);
      }
    }
    if (sent.english && CJK.test(message) && !CJK.test(sent.text)) problem('not in English');
    if (!sent.english && !CJK.test(message)) problem('not in Chinese');
    // Errors tied to a place in the document name the argument; limits (depth, cost…) have no place.
    if (sent.expectField && code === 'BAD_USER_INPUT' && (error.locations?.length || error.path?.length)) {
      const field = error.extensions?.field;
      if (typeof field !== 'string' || !field) problem('BAD_USER_INPUT without extensions.field');
      else if (!namesInputs(field, sent.text, inputNames)) {
        problem(`extensions.field ${field} names no argument`);
      }
    }
  }
}

/** Every argument of the root fields and every field of the input types: what `extensions.field` may name. */
function argumentAndInputFieldNames(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) for (const arg of field.args) names.add(arg.name);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) for (const name of Object.keys(type.getFields())) names.add(name);
  }
  return names;
}

/** Row count of every table (and the sum of versions where rows carry one), plus the audit chain's head. */
async function databaseState(target: TestServer) {
  const connection = target.em().getConnection();
  const state: Record<string, unknown> = {};
  for (const meta of Object.values(target.orm.getMetadata().getAll())) {
    // The trail is compared below without the entries that record reads, not changes.
    if (meta.abstract || meta.embeddable || meta.tableName === 'audit_entry') continue;
    const table = dialect === 'postgresql' ? `"${meta.tableName}"` : `\`${meta.tableName}\``;
    const version = meta.versionProperty ? meta.properties[meta.versionProperty].fieldNames[0] : null;
    const [row] = await connection.execute<Record<string, unknown>[]>(
      `select count(*) as n${version ? `, sum(${version}) as v` : ''} from ${table}`,
    );
    state[meta.tableName] = { n: Number(row.n), v: row.v == null ? null : Number(row.v) };
  }
  // A well-formed read may leave a record of itself (a verification of the chain, an unmasked
  // read): that is the audit doing its work, not a change. Every other entry records a change.
  state.auditChanges = await connection.execute(
    `select id, hash from audit_entry where action not in ('AUDIT_CHAIN_VERIFIED', 'SENSITIVE_READ') order by id`,
  );
  return state;
}

/** A lone surrogate escape is a syntax error: the document has no argument to name then. */
function parses(query: string): boolean {
  try {
    parse(query);
    return true;
  } catch {
    return false;
  }
}

async function post(body: string | Buffer | undefined, headers: Record<string, string>, method = 'POST') {
  const response = await fetch(`${server.url}/graphql`, { method, headers, body });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsable: text.slice(0, 200) };
  }
  return { status: response.status, json };
}

/** Bodies and requests a GraphQL client would never send. */
function rawCases(): { label: string; body?: string; headers?: Record<string, string>; method?: string }[] {
  const json = (value: unknown) => JSON.stringify(value);
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
  const directives = Array.from({ length: 40 }, () => '@include(if: true)').join(' ');
  const deep = `{ organizations { ${'children { '.repeat(40)}id${' }'.repeat(40)} } }`;
  const costly = `{ ${Array.from({ length: 14 }, (_, i) => `c${i}: users(first: 100) { edges { node { organization { children { children { children { id name code } } } } } } }`).join(' ')} }`;
  const manyTokens = `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`;
  return [
    { label: 'invalid JSON', body: '{"query": "{ me { id } }"' },
    { label: 'JSON string', body: '"{ me { id } }"' },
    { label: 'JSON number', body: '42' },
    { label: 'JSON null', body: 'null' },
    { label: 'empty array', body: '[]' },
    { label: 'batched array', body: json([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]) },
    { label: 'empty body', body: '' },
    { label: 'empty object', body: '{}' },
    { label: 'query is a number', body: json({ query: 5 }) },
    { label: 'query is an object', body: json({ query: { a: 1 } }) },
    { label: 'query is empty', body: json({ query: '' }) },
    { label: 'variables is a string', body: json({ query: '{ me { id } }', variables: 'x' }) },
    { label: 'variables is an array', body: json({ query: '{ me { id } }', variables: [1] }) },
    { label: 'operationName is a number', body: json({ query: '{ me { id } }', operationName: 5 }) },
    { label: 'extensions is a string', body: json({ query: '{ me { id } }', extensions: 'x' }) },
    { label: 'persisted query hash', body: json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }) },
    { label: 'unknown operation name', body: json({ query: 'query A { me { id } }', operationName: 'B' }) },
    { label: 'two operations, no name', body: json({ query: 'query A { me { id } } query B { me { id } }' }) },
    { label: 'subscription', body: json({ query: 'subscription { me { id } }' }) },
    { label: 'syntax error', body: json({ query: '{ me { ' }) },
    { label: 'raw NUL in the document', body: json({ query: '{ me\u0000 { id } }' }) },
    { label: 'lone surrogate escape', body: json({ query: '{ organization(id: "\\uD800") { id } }' }) },
    {
      label: 'fragment cycle',
      body: json({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    },
    { label: 'too many aliases', body: json({ query: `{ ${aliases} }` }) },
    { label: 'too many directives', body: json({ query: `{ me ${directives} { id } }` }) },
    { label: 'too deep', body: json({ query: deep }) },
    { label: 'too costly', body: json({ query: costly }) },
    { label: 'too many tokens', body: json({ query: manyTokens }) },
    {
      label: 'deeply nested list literal',
      body: json({ query: `{ organization(id: ${'['.repeat(5000)}1${']'.repeat(5000)}) { id } }` }),
    },
    { label: 'deeply nested braces', body: json({ query: '{'.repeat(20_000) }) },
    {
      label: 'deeply nested variables',
      body: `{"query":"query ($f: UserFilter) { users(filter: $f) { totalCount } }","variables":{"f":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}}`,
    },
    { label: 'huge body', body: json({ query: `{ me { id } } # ${'x'.repeat(200_000)}` }) },
    { label: 'text/plain', body: '{ me { id } }', headers: { 'content-type': 'text/plain' } },
    { label: 'application/graphql', body: '{ me { id } }', headers: { 'content-type': 'application/graphql' } },
    {
      label: 'form encoded',
      body: 'query=%7Bme%7Bid%7D%7D',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    { label: 'no content type', body: json({ query: '{ me { id } }' }), headers: {} },
    {
      label: 'latin1 charset',
      body: json({ query: '{ me { id } }' }),
      headers: { 'content-type': 'application/json; charset=latin1' },
    },
    {
      label: 'gzip that is not',
      body: json({ query: '{ me { id } }' }),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    },
    {
      label: 'unknown encoding',
      body: json({ query: '{ me { id } }' }),
      headers: { 'content-type': 'application/json', 'content-encoding': 'br2' },
    },
    { label: 'GET without query', method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
    { label: 'GET without preflight header', method: 'GET', headers: {} },
    { label: 'PUT', method: 'PUT', body: json({ query: '{ me { id } }' }) },
    { label: 'DELETE', method: 'DELETE' },
    {
      label: 'garbage bearer',
      body: json({ query: '{ me { id } }' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${'x.'.repeat(3000)}` },
    },
    {
      label: 'null for a defaulted required argument',
      body: json({ query: 'query ($v: ID! = "1") { organization(id: $v) { id } }', variables: { v: null } }),
    },
    {
      label: 'null through a nullable variable with a default',
      body: json({ query: 'query ($v: ID = "1") { organization(id: $v) { id } }', variables: { v: null } }),
    },
    {
      label: 'odd language',
      body: json({ query: '{ me { ' }),
      headers: { 'content-type': 'application/json', 'accept-language': '*;q=abc, ' + 'x'.repeat(2000) },
    },
  ];
}

describe('malformed input', () => {
  let schema: GraphQLSchema;
  let token: string;

  beforeAll(async () => {
    schema = await danganSchema();
    const tree = await makeTree(server.em());
    await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
    await makeUser(server.em(), { username: 'left.member', organization: tree.left, email: 'left@example.org' });
    token = await login(server.url, 'root.admin', PASSWORD);
  });

  it(
    'never answers 5xx or INTERNAL_SERVER_ERROR, leaks nothing and changes nothing',
    { timeout: 120_000 },
    async () => {
      const expected: Expectations = {
        tables: databaseNames(server),
        typeNames: Object.keys(schema.getTypeMap()).filter((name) => !isIntrospectionType(schema.getType(name)!)),
        inputNames: argumentAndInputFieldNames(schema),
      };
      const tally: Tally = { requests: 0, status5xx: 0, internal: 0, problems: new Map() };
      const before = await databaseState(server);
      const started = Date.now();

      const cases: GeneratedCase[] = [];
      for (const [operation, root] of [
        ['query', schema.getQueryType()!],
        ['mutation', schema.getMutationType()!],
      ] as const) {
        for (const field of Object.values(root.getFields())) {
          // A seed of its own per field, so the fields do not all draw the same choices.
          const seed = SEED + cases.length;
          const generated = fc.sample(casesFor(operation, field), { numRuns: CASES_PER_FIELD, seed });
          for (const c of generated) cases.push({ ...c, inline: true }, { ...c, inline: false });
        }
      }
      for (const c of cases) {
        const request = render(c, schema);
        const body = JSON.stringify(request);
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(c.english ? { 'accept-language': 'en' } : {}),
        };
        const { status, json } = await post(body, headers);
        const sent = {
          label: `${c.inline ? 'inline' : 'variables'} ${request.query}`,
          text: body,
          english: c.english,
          expectField: parses(request.query),
        };
        check(sent, status, json, tally, expected);
      }

      for (const raw of rawCases()) {
        // Given headers replace the JSON content type; a byte body makes fetch add none of its own.
        const headers: Record<string, string> = raw.headers
          ? { authorization: `Bearer ${token}`, ...raw.headers }
          : { 'content-type': 'application/json', authorization: `Bearer ${token}` };
        const body = raw.headers && !raw.headers['content-type'] && raw.body ? Buffer.from(raw.body) : raw.body;
        const { status, json } = await post(body, headers, raw.method);
        const english = /^en/.test(headers['accept-language'] ?? '');
        check({ label: raw.label, text: raw.body ?? '', english, expectField: false }, status, json, tally, expected);
      }

      const after = await databaseState(server);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.info(
        `[${dialect}] malformed input (seed ${SEED}): ${tally.requests} requests in ${seconds} s, ` +
          `${tally.status5xx} answered 5xx, ${tally.internal} INTERNAL_SERVER_ERROR`,
      );
      expect.soft(Object.fromEntries(tally.problems)).toEqual({});
      expect.soft(after).toEqual(before);
      expect(tally.requests).toBeGreaterThanOrEqual(300);
    },
  );
});

/**
 * Whether a BAD_USER_INPUT's `extensions.field` names what was sent: an argument or input field,
 * or a path into one (`steps.1.departmentIds`, `ids.0`: every segment that is not a list index
 * is such a name, or a word of the document).
 */
function namesInputs(field: string, text: string, inputNames: ReadonlySet<string>): boolean {
  return field
    .split('.')
    .every((segment) => /^\d+$/.test(segment) || inputNames.has(segment) || new RegExp(`\\b${segment}\\b`).test(text));
}
