import type { EntityManager } from '@mikro-orm/knex';
import type { Catalogue, DomainModule } from '../app/module';
import type { FieldRule } from '../policy/field-policy';
import type { Locale } from '../shared/service-context';

/**
 * One part of the access module (chain templates, filing and reading, deciding and grants, …):
 * what it adds to the module. The parts are built side by side (issue 10), so the module file
 * lists them and `composeParts` merges them; a part plugs in by one entry in that list.
 */
export interface ModuleParts<L extends object = object> {
  resolvers?: DomainModule['resolvers'];
  /** Field rules by type; parts may each add fields of one type (AccessRequest.steps, .grant). */
  fieldRules?: Record<string, Record<string, FieldRule>>;
  loaders?: (em: EntityManager) => L;
  messages?: Record<Locale, Catalogue>;
  terms?: Record<Locale, Catalogue>;
  auditActions?: DomainModule['auditActions'];
  jobs?: DomainModule['jobs'];
  schedules?: DomainModule['schedules'];
  operationLimits?: DomainModule['operationLimits'];
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type LoadersOfParts<P> = P extends ModuleParts<infer L> ? L : never;

/**
 * `a` and `b` together: two parts must not declare one field, message or action differently
 * (terms for a shared enum value, such as PENDING, may be repeated word for word).
 */
function mergeDistinct<T>(what: string, a: Record<string, T>, b: Record<string, T> = {}): Record<string, T> {
  for (const key of Object.keys(b)) {
    if (Object.hasOwn(a, key) && (what !== 'term' || a[key] !== b[key])) {
      throw new Error(`${what} ${key} is declared twice`);
    }
  }
  return { ...a, ...b };
}

/** The parts as one module's resolvers, field rules, loaders, messages, terms and audit actions. */
export function composeParts<P extends readonly ModuleParts<object>[]>(parts: P) {
  const fieldRules: Record<string, Record<string, FieldRule>> = {};
  const messages: Record<Locale, Catalogue> = { 'zh-CN': {}, en: {} };
  const terms: Record<Locale, Catalogue> = { 'zh-CN': {}, en: {} };
  let auditActions: NonNullable<DomainModule['auditActions']> = {};
  let operationLimits: Record<string, number> = {};
  for (const part of parts) {
    for (const [type, rules] of Object.entries(part.fieldRules ?? {})) {
      fieldRules[type] = mergeDistinct(`field ${type}.`, fieldRules[type] ?? {}, rules);
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      messages[locale] = mergeDistinct('message', messages[locale], part.messages?.[locale]);
      terms[locale] = mergeDistinct('term', terms[locale], part.terms?.[locale]);
    }
    auditActions = mergeDistinct('audit action', auditActions, part.auditActions);
    operationLimits = mergeDistinct('operation limit', operationLimits, part.operationLimits);
  }
  return {
    resolvers: parts.flatMap((part) => part.resolvers ?? []),
    fieldRules,
    loaders: (em: EntityManager) =>
      Object.assign({}, ...parts.map((part) => part.loaders?.(em) ?? {})) as UnionToIntersection<
        LoadersOfParts<P[number]>
      >,
    messages,
    terms,
    auditActions,
    jobs: parts.flatMap((part) => part.jobs ?? []),
    schedules: parts.flatMap((part) => part.schedules ?? []),
    operationLimits,
  };
}
