import { buildSchema, execute, GraphQLObjectType, GraphQLResolveInfo, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RequestContext } from '../src/app/context';
import { createLoaders } from '../src/app/loaders';
import { danganSchema, requireDeclaredActions } from '../src/app/schema';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Actor } from '../src/policy/actor';
import { operationActions, reachesOperation } from '../src/policy/allow';
import { fieldRule, FieldPolicy, guardFields } from '../src/policy/field-policy';
import { maskIdentifier } from '../src/policy/masking';
import { can, decide } from '../src/policy/policy';
import { isStructuralType } from '../src/shared/pagination';
import { ALL_ROLES, Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, login } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

describe('the schema has a policy for everything it exposes', () => {
  it('gives every field of every object type a field rule (deny by default otherwise)', async () => {
    const schema = await danganSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
      for (const field of Object.keys(type.getFields())) {
        if (!fieldRule(type.name, field)) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing, 'add these fields to FIELD_RULES in src/policy/field-policy.ts').toEqual([]);
  });

  it('declares the action of every query and mutation', async () => {
    const schema = await danganSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(Boolean) as GraphQLObjectType[];
    const undeclared = roots.flatMap((root) =>
      Object.keys(root.getFields()).filter((name) => !operationActions.has(name)),
    );
    expect(undeclared, 'decorate these with @Allow(action) or @Public()').toEqual([]);
  });

  it('records which role reaches which operation (review changes to this file)', async () => {
    await danganSchema();
    const matrix = Object.fromEntries(
      ALL_ROLES.map((role) => {
        const actor = { roles: [role] } as Actor;
        const reachable = [...operationActions.entries()]
          .filter(([, actions]) => reachesOperation(actor, actions))
          .map(([operation]) => operation)
          .sort();
        return [role, reachable];
      }),
    );
    await expect(`${JSON.stringify(matrix, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/access-matrix.json');
  });
});

describe('field guards', () => {
  const server = useTestServer();

  function contextFor(actor: Actor | null): RequestContext {
    const em = server.em();
    return {
      em,
      actor,
      settings: server.settings,
      locale: 'zh-CN',
      requestId: 't',
      now: () => new Date(),
      clientAddress: null,
      loaders: createLoaders(em),
      sensitiveReads: new Map(),
    };
  }

  const info = (parentType: string, fieldName: string) =>
    ({ parentType: { name: parentType }, fieldName }) as unknown as GraphQLResolveInfo;

  function actorOf(user: User, path: string): Actor {
    return {
      userId: user.id,
      username: user.username,
      roles: user.roles,
      organizationId: user.organization.id,
      organizationPath: path,
      sessionId: 's',
    };
  }

  async function readPhone(reader: Actor | null, target: User, ctx = contextFor(reader)) {
    return FieldPolicy({ root: target, context: ctx, info: info('User', 'phone') }, async () => target.phone);
  }

  it('shows a user their own phone, an ADMIN of their subtree too, and everyone else a masked one', async () => {
    const tree = await makeTree(server.em());
    const alice = await makeUser(server.em(), { organization: tree.leftBranch, phone: '13800138000' });
    const colleague = await makeUser(server.em(), { organization: tree.leftBranch });
    const leftAdmin = await makeUser(server.em(), { organization: tree.left, roles: [Role.ADMIN] });
    const rightAdmin = await makeUser(server.em(), { organization: tree.right, roles: [Role.ADMIN] });

    expect(await readPhone(actorOf(alice, tree.leftBranch.path), alice)).toBe('13800138000');
    expect(await readPhone(actorOf(leftAdmin, tree.left.path), alice)).toBe('13800138000');
    expect(await readPhone(actorOf(colleague, tree.leftBranch.path), alice)).toBe('138****8000');
    expect(await readPhone(actorOf(rightAdmin, tree.right.path), alice)).toBe('138****8000');
    expect(await readPhone(null, alice)).toBe('138****8000');
  });

  it('notes an unmasked read of someone else for the audit trail, but not of oneself', async () => {
    const tree = await makeTree(server.em());
    const alice = await makeUser(server.em(), { organization: tree.leftBranch, phone: '13800138000' });
    const admin = await makeUser(server.em(), { organization: tree.root, roles: [Role.ADMIN] });
    const adminContext = contextFor(actorOf(admin, tree.root.path));
    await readPhone(adminContext.actor, alice, adminContext);
    expect([...adminContext.sensitiveReads]).toEqual([
      [`User:${alice.id}.phone`, { basis: { kind: 'role' }, organizationPath: tree.leftBranch.path }],
    ]);
    const ownContext = contextFor(actorOf(alice, tree.leftBranch.path));
    await readPhone(ownContext.actor, alice, ownContext);
    expect(ownContext.sensitiveReads.size).toBe(0);
  });

  it('denies a field that has no rule with FORBIDDEN', async () => {
    const ctx = contextFor(null);
    const call = FieldPolicy({ root: {}, context: ctx, info: info('Dossier', 'secret') }, async () => 'leak');
    await expect(call).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('deny by default in a built schema', () => {
  it('answers a field that has no rule with null and FORBIDDEN at its path, leaving public ones alone', async () => {
    const schema = guardFields(
      buildSchema(
        'type Query { secret: Secret, pageInfo: PageInfo } type Secret { value: String } type PageInfo { hasNextPage: Boolean }',
      ),
    );
    const result = await execute({
      schema,
      document: parse('{ secret { value } pageInfo { hasNextPage } }'),
      rootValue: { secret: { value: 'leak' }, pageInfo: { hasNextPage: true } },
      contextValue: { actor: null, sensitiveReads: new Map() },
    });
    expect(result.data).toEqual({ secret: { value: null }, pageInfo: { hasNextPage: true } });
    expect(result.errors?.map((e) => [e.path, e.extensions.code])).toEqual([[['secret', 'value'], 'FORBIDDEN']]);
  });
});

describe('masking', () => {
  it('keeps the first four and last four characters of an ID number (requirements §4)', () => {
    expect(maskIdentifier('370302199001011234')).toBe('3703**********1234');
  });
  it('keeps three and four of a mobile number, the first letter of an e-mail', () => {
    expect(maskIdentifier('13800138000')).toBe('138****8000');
    expect(maskIdentifier('zhang.san@example.cn')).toBe('z***@example.cn');
  });
  it('hides short values completely', () => {
    expect(maskIdentifier('12345')).toBe('*****');
  });
});

describe('policy v2', () => {
  const server = useTestServer();
  const admin: Actor = {
    userId: 1,
    username: 'a',
    roles: [Role.ADMIN],
    organizationId: 1,
    organizationPath: '/ROOT/',
    sessionId: 's',
  };

  it('denies a subtree action that names no target, even to a role that holds it', () => {
    expect(can(admin, 'user.manage')).toBe(false);
    expect(can(admin, 'user.manage', { organizationPath: '/ROOT/X/' })).toBe(true);
    expect(can(admin, 'user.manage', { organizationPath: '/OTHER/' })).toBe(false);
  });

  it('says why a decision allowed a read: the role, with the organisation it concerns', () => {
    expect(decide(admin, 'user.readContact', { organizationPath: '/ROOT/X/' })).toEqual({
      allowed: true,
      basis: { kind: 'role' },
      organizationPath: '/ROOT/X/',
    });
    expect(decide(admin, 'user.readContact', { organizationPath: '/OTHER/' })).toEqual({ allowed: false });
  });

  it('refuses to build a schema with an operation that declares no action', () => {
    const schema = buildSchema('type Query { open: String } type Mutation { sneaky: Boolean }');
    expect(() => requireDeclaredActions(schema)).toThrow(/open, sneaky/);
  });

  it('treats only types made by the connection factory as structural, not names that look like them', () => {
    expect(isStructuralType('UserConnection')).toBe(true);
    expect(isStructuralType('UserEdge')).toBe(true);
    expect(isStructuralType('SecretConnection')).toBe(false);
    expect(fieldRule('SecretConnection', 'edges')).toBeUndefined();
  });

  it('withholds a value that is not a string instead of masking its text form', async () => {
    const ctx = { actor: null, sensitiveReads: new Map() } as unknown as RequestContext;
    const read = (fieldName: string, value: unknown) =>
      FieldPolicy(
        { root: { id: 7 }, context: ctx, info: { parentType: { name: 'User' }, fieldName } as never },
        async () => value,
      );
    // User.phone is a masked field: a string is masked, anything else is denied whole.
    expect(fieldRule('User', 'phone')!.kind).toBe('mask');
    await expect(read('phone', 123456789012)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(read('phone', '370302199001011234')).resolves.toBe('3703**********1234');
    await expect(read('noSuchField', 'leak')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('sends no unmasked value when the read cannot be audited (fails closed)', async () => {
    const tree = await makeTree(server.em());
    await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
    await makeUser(server.em(), { username: 'alice', organization: tree.left, phone: '13800138000' });
    const token = await login(server.url, 'root.admin', PASSWORD);
    const query = '{ users { edges { node { username phone } } } }';
    const connection = server.em().getConnection();

    await connection.execute('alter table audit_entry rename to audit_entry_away');
    let response;
    try {
      response = await graphql(server.url, query, {}, { token });
    } finally {
      await connection.execute('alter table audit_entry_away rename to audit_entry');
    }
    expect(response.data).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(response)).not.toContain('13800138000');

    // With the trail back, the same read goes through and is on record.
    const again = await graphql(server.url, query, {}, { token });
    expect(JSON.stringify(again.data)).toContain('13800138000');
    expect(await server.em().count(AuditEntry, { action: 'SENSITIVE_READ' })).toBe(1);
  });
});
