import { defaultFieldResolver, GraphQLResolveInfo, GraphQLSchema, isObjectType } from 'graphql';
import { RequestContext } from '../app/context';
import { forbidden } from '../shared/errors';
import { isStructuralType } from '../shared/pagination';
import { Decision } from './decision';
import { maskIdentifier } from './masking';

/**
 * Decides one read of a guarded field of `parent`. Facts it needs (an organisation's path, a
 * dossier's custodian, the caller's grants) come from the request's batch loaders, so a page
 * of 100 rows costs the same statements as a page of one.
 */
export type FieldDecider<T> = (ctx: RequestContext, parent: T, field: string) => Decision | Promise<Decision>;

interface PublicRule {
  kind: 'public';
}
interface GuardedRule<T> {
  /** `mask`: identifying strings, masked unless allowed; `deny`: contents, null + FORBIDDEN unless allowed. */
  kind: 'mask' | 'deny';
  decide: FieldDecider<T>;
  /** Unmasked reads go to the audit trail with the decision's basis (requirements §4). */
  audit: boolean;
  /**
   * Reads of one's own record too: a member's personal data is dossier data, every unmasked read
   * of which is audited (requirements §4); a user's own contact details are not.
   */
  auditSelf: boolean;
}

/** Which unmasked reads of a field are audited: others' (`true`), everyone's, or none. */
export type AuditedReads = boolean | 'includingSelf';

/**
 * What a field shows a caller: `public` (anyone who could reach the object), `mask` or `deny`.
 * `T` is the object type the field belongs to, so a decider sees a typed parent.
 */
export type FieldRule<T = never> = PublicRule | GuardedRule<T>;
/** The rules of one object type: GraphQL field name → rule. */
export type TypeFieldRules = Record<string, FieldRule>;

const PUBLIC: PublicRule = { kind: 'public' };
const guarded = <T>(kind: 'mask' | 'deny', decide: FieldDecider<T>, audit: AuditedReads): GuardedRule<T> => ({
  kind,
  decide,
  audit: audit !== false,
  auditSelf: audit === 'includingSelf',
});
export const mask = <T>(decide: FieldDecider<T>, audit: AuditedReads = true) => guarded('mask', decide, audit);
export const deny = <T>(decide: FieldDecider<T>, audit: AuditedReads = true) => guarded('deny', decide, audit);

export const publicFields = (...names: string[]): Record<string, PublicRule> =>
  Object.fromEntries(names.map((name) => [name, PUBLIC]));

/** The field rules of object type `T`, checked against `T` (a module's `fieldRules` entry). */
export const rulesFor = <T>(rules: Record<string, FieldRule<T>>): TypeFieldRules => rules as TypeFieldRules;

let fieldTable: Record<string, TypeFieldRules> = {};

/** The field table, composed from every module's `fieldRules` by app/modules.ts. */
export function installFieldRules(rules: Record<string, TypeFieldRules>): void {
  fieldTable = rules;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function fieldRule(typeName: string, fieldName: string): FieldRule | undefined {
  if (isStructuralType(typeName)) return PUBLIC;
  const rules = Object.hasOwn(fieldTable, typeName) ? fieldTable[typeName] : undefined;
  return rules && Object.hasOwn(rules, fieldName) ? rules[fieldName] : undefined;
}

export interface FieldRead {
  root: unknown;
  context: RequestContext;
  info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>;
}

/**
 * Decides one read of a guarded field (`next` resolves the value). Fields without a rule get
 * here too and are denied; public fields never do (see guardFields).
 *
 * Synchronous whenever it can be: when the decider answers with a Decision (the facts are in the
 * request's loaders) and the resolver with a value, no promise is made — a dossier page decides
 * ~300 guarded cells, and a promise chain per cell was most of its CPU (issue 9 point 13). Only a
 * decider or resolver that answers with a promise makes the answer a promise.
 */
export function policed(root: unknown, context: RequestContext, info: FieldRead['info'], next: () => unknown): unknown {
  const rule = fieldRule(info.parentType.name, info.fieldName);
  if (!rule) throw forbidden('policy.noRule');
  if (rule.kind === 'public') return next();
  const decision = (rule.decide as FieldDecider<unknown>)(context, root, info.fieldName);
  return isPromise(decision)
    ? decision.then((decided) => apply(root, context, info, rule as GuardedRule<unknown>, decided, next))
    : apply(root, context, info, rule as GuardedRule<unknown>, decision, next);
}

function apply(
  root: unknown,
  context: RequestContext,
  info: FieldRead['info'],
  rule: GuardedRule<unknown>,
  decision: Decision,
  next: () => unknown,
): unknown {
  if (rule.kind === 'deny') {
    if (!decision.allowed) throw forbidden();
    noteSensitiveRead(context, info, root, rule, decision);
    return next();
  }
  const value = next();
  return isPromise(value)
    ? value.then((resolved) => shown(root, context, info, rule, decision, resolved))
    : shown(root, context, info, rule, decision, value);
}

/** A masked field's value as the caller may see it. */
function shown(
  root: unknown,
  context: RequestContext,
  info: FieldRead['info'],
  rule: GuardedRule<unknown>,
  decision: Decision,
  value: unknown,
): unknown {
  if (value === null || value === undefined) return value;
  if (!decision.allowed) {
    // Masking keeps part of an identifying string; any other value is withheld whole.
    if (typeof value !== 'string') throw forbidden();
    return maskIdentifier(value);
  }
  noteSensitiveRead(context, info, root, rule, decision);
  return value;
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null | undefined)?.then === 'function';

/** The same decision always as a promise, for callers outside GraphQL (the member export). */
export async function FieldPolicy({ root, context, info }: FieldRead, next: () => unknown): Promise<unknown> {
  return policed(root, context, info, next);
}

/**
 * Puts FieldPolicy in front of every field that is not public (deny by default). Public fields
 * keep their plain resolvers: wrapping every field would cost a call and a rule lookup each.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || ROOT_TYPES.has(type.name) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (fieldRule(type.name, field.name)?.kind === 'public') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: RequestContext, info) =>
        policed(root, context, info, () => resolve(root, args, context, info));
    }
  }
  return schema;
}

/** Collects an unmasked read for the request's one SENSITIVE_READ entry; one's own record only when the rule says so. */
function noteSensitiveRead(
  ctx: RequestContext,
  info: FieldRead['info'],
  root: unknown,
  rule: { audit: boolean; auditSelf: boolean },
  decision: Decision,
) {
  if (!rule.audit || !decision.allowed || (decision.basis.kind === 'self' && !rule.auditSelf)) return;
  const id = (root as { id?: unknown }).id;
  ctx.sensitiveReads.set(`${info.parentType.name}:${String(id)}.${info.fieldName}`, {
    basis: decision.basis,
    organizationPath: decision.organizationPath ?? null,
  });
}
