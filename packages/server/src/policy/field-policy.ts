import { defaultFieldResolver, GraphQLResolveInfo, GraphQLSchema, isObjectType } from 'graphql';
import { MiddlewareFn } from 'type-graphql';
import { RequestContext } from '../app/context';
import { User } from '../users/user.entity';
import { forbidden } from '../shared/errors';
import { maskIdentifier } from './masking';
import { can } from './policy';

type Predicate<T> = (ctx: RequestContext, parent: T) => boolean | Promise<boolean>;

/**
 * What a field shows a caller:
 * - `public`: anyone who could reach the object sees it;
 * - `mask`: the value is masked unless `may` holds (identifying strings);
 * - `deny`: `null` plus a FORBIDDEN error at that path unless `may` holds (contents).
 * `audit` marks unmasked reads that go to the audit trail (requirements §4).
 */
export type FieldRule =
  | { kind: 'public' }
  | { kind: 'mask'; may: Predicate<never>; audit: boolean }
  | { kind: 'deny'; may: Predicate<never>; audit: boolean };

const PUBLIC: FieldRule = { kind: 'public' };
const mask = <T>(may: Predicate<T>, audit = true): FieldRule => ({ kind: 'mask', may, audit });
export const deny = <T>(may: Predicate<T>, audit = true): FieldRule => ({ kind: 'deny', may, audit });

const publicFields = (...names: string[]): Record<string, FieldRule> =>
  Object.fromEntries(names.map((name) => [name, PUBLIC]));

/** Self, or holder of `user.readContact` over the user's organisation. */
const mayReadUserContact: Predicate<User> = async (ctx, user) => {
  if (!ctx.actor) return false;
  if (ctx.actor.userId === user.id) return true;
  const organization = await ctx.loaders.organizationById.load(user.organization.id);
  return !!organization && can(ctx.actor, 'user.readContact', { organizationPath: organization.path });
};

/**
 * The field table: every field of every object type in the schema has a rule here; a field
 * without one is denied at run time, and a test walking the schema fails before that ships.
 */
export const FIELD_RULES: Record<string, Record<string, FieldRule>> = {
  Organization: publicFields(
    'id',
    'code',
    'name',
    'type',
    'active',
    'parent',
    'children',
    'version',
    'createdAt',
    'updatedAt',
  ),
  User: {
    ...publicFields(
      'id',
      'username',
      'displayName',
      'roles',
      'status',
      'organization',
      'lastLoginAt',
      'version',
      'createdAt',
      'updatedAt',
    ),
    phone: mask(mayReadUserContact),
    email: mask(mayReadUserContact),
  },
  AuthPayload: publicFields('token', 'expiresAt', 'user'),
  AuditEntry: publicFields('id', 'seq', 'at', 'actor', 'action', 'target', 'details', 'requestId', 'hash'),
  AuditVerification: publicFields('ok', 'checked', 'firstBrokenId'),
};

/** Shapes that only carry other objects; their fields hold no data of their own. */
export const isStructuralType = (typeName: string) =>
  typeName === 'PageInfo' || typeName.endsWith('Connection') || typeName.endsWith('Edge');

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function fieldRule(typeName: string, fieldName: string): FieldRule | undefined {
  if (isStructuralType(typeName)) return PUBLIC;
  return FIELD_RULES[typeName]?.[fieldName];
}

/**
 * Decides one read of a guarded field (`next` resolves the value). Fields without a rule get
 * here too and are denied; public fields never do (see guardFields).
 */
export const FieldPolicy: MiddlewareFn<RequestContext> = async ({ root, context, info }, next) => {
  const rule = fieldRule(info.parentType.name, info.fieldName);
  if (!rule) throw forbidden('policy.noRule');
  if (rule.kind === 'public') return next();
  const may = await (rule.may as Predicate<unknown>)(context, root);
  if (rule.kind === 'deny') {
    if (!may) throw forbidden();
    noteSensitiveRead(context, info, root, rule.audit);
    return next();
  }
  const value: unknown = await next();
  if (value === null || value === undefined) return value;
  if (!may) return maskIdentifier(String(value));
  noteSensitiveRead(context, info, root, rule.audit);
  return value;
};

/**
 * Puts FieldPolicy in front of every field that is not public (deny by default). Public fields
 * keep their plain resolvers: wrapping every field would make each one asynchronous and
 * roughly double the cost of large lists.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || ROOT_TYPES.has(type.name) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (fieldRule(type.name, field.name)?.kind === 'public') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: RequestContext, info) =>
        FieldPolicy({ root, args, context, info }, async () => resolve(root, args, context, info));
    }
  }
  return schema;
}

function noteSensitiveRead(ctx: RequestContext, info: GraphQLResolveInfo, root: unknown, audit: boolean) {
  if (!audit) return;
  const id = (root as { id?: unknown }).id;
  const isOwn = info.parentType.name === 'User' && ctx.actor?.userId === id;
  if (!isOwn) ctx.sensitiveReads.add(`${info.parentType.name}:${String(id)}.${info.fieldName}`);
}
