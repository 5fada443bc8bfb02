import { defaultFieldResolver, GraphQLResolveInfo, GraphQLSchema, isObjectType } from 'graphql';
import { MiddlewareFn } from 'type-graphql';
import { RequestContext } from '../app/context';
import { forbidden } from '../shared/errors';
import { maskIdentifier } from './masking';

export type Predicate<T> = (ctx: RequestContext, parent: T) => boolean | Promise<boolean>;

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
export const mask = <T>(may: Predicate<T>, audit = true): FieldRule => ({ kind: 'mask', may, audit });
export const deny = <T>(may: Predicate<T>, audit = true): FieldRule => ({ kind: 'deny', may, audit });

export const publicFields = (...names: string[]): Record<string, FieldRule> =>
  Object.fromEntries(names.map((name) => [name, PUBLIC]));

let fieldTable: Record<string, Record<string, FieldRule>> = {};

/** The field table, composed from every module's `fieldRules` by app/modules.ts. */
export function installFieldRules(rules: Record<string, Record<string, FieldRule>>): void {
  fieldTable = rules;
}

/** Shapes that only carry other objects; their fields hold no data of their own. */
export const isStructuralType = (typeName: string) =>
  typeName === 'PageInfo' || typeName.endsWith('Connection') || typeName.endsWith('Edge');

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function fieldRule(typeName: string, fieldName: string): FieldRule | undefined {
  if (isStructuralType(typeName)) return PUBLIC;
  return Object.hasOwn(fieldTable, typeName) && Object.hasOwn(fieldTable[typeName], fieldName)
    ? fieldTable[typeName][fieldName]
    : undefined;
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
