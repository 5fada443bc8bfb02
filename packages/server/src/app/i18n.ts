import { MessageParams } from '../shared/errors';
import { Locale } from '../shared/service-context';
import { Catalogue, DomainModule } from './module';
import { MODULES } from './modules';

/** Messages of the platform itself; each module brings its own (`<domain>.<what>` keys). */
const coreMessages: Record<Locale, Catalogue> = {
  'zh-CN': {
    'policy.forbidden': '无权执行此操作',
    'policy.noRule': '该字段未配置访问规则，已拒绝',
    'policy.outsideScope': '目标不在您所管辖的组织范围内',
    'policy.wholeTreeOnly': '仅顶级组织的用户可执行此操作',
    'common.notFound': '{entity}不存在或无权查看',
    'common.conflict': '该记录已被他人修改，请刷新后重试',
    'common.duplicate': '该记录已存在',
    'common.invalidId': '编号格式不正确',
    'common.pageSize': '每页数量须在 1 到 {max} 之间',
    'common.invalidCursor': '分页游标无效',
    'common.required': '此项为必填项',
    'common.tooLong': '长度不能超过 {max} 个字符',
    'common.invalidQuery': '请求无效',
    'common.operationLimit': '{field} 在一次请求中最多执行 {max} 次',
    'common.internal': '服务器内部错误，请稍后重试',
    'request.syntax': '请求语法错误（第 {line} 行第 {column} 列）',
    'request.syntaxSomewhere': '请求语法错误',
    'request.tooManyTokens': '请求过长：超过 {max} 个词法单元',
    'request.tooDeep': '查询嵌套层数超过上限 {max}',
    'request.tooManyAliases': '别名数量超过上限 {max}',
    'request.tooCostly': '查询开销超过上限 {max}',
    'request.tooManyDirectives': '指令数量超过上限 {max}',
    'request.tooLarge': '请求体过大',
    'request.body': '请求格式不正确，应为 GraphQL 的 JSON 请求',
    'request.persistedQueryNotFound': '未找到该持久化查询',
    'request.operation': '无法确定要执行的操作',
    'request.operationType': '仅支持查询（query）和变更（mutation）操作',
    'request.introspectionDisabled': '已禁止内省查询',
    'request.unknownField': '不存在字段 {name}',
    'request.unknownArgument': '不存在参数 {name}',
    'request.missingArgument': '缺少必填项 {name}',
    'request.invalidValue': '{name} 的值无效',
    'request.nulCharacter': '{name} 不能包含空字符（U+0000）',
    'request.duplicate': '{name} 重复出现',
    'request.badSelection': '字段 {name} 的子字段选择不正确',
    'request.variableType': '变量 {name} 的类型与参数不符',
    'request.undefinedVariable': '{name} 使用了未声明的变量',
    'request.unusedVariable': '变量 {name} 未被使用',
    'request.unknownType': '不存在类型 {name}',
    'request.directive': '指令 @{name} 不可用于此处',
    'request.fragment': '片段（fragment）使用不正确',
    'request.fieldConflict': '字段 {name} 的多处选择相互冲突，请使用别名',
  },
  en: {
    'policy.forbidden': 'You are not allowed to do this',
    'policy.noRule': 'No access rule is configured for this field, so it is denied',
    'policy.outsideScope': 'The target is outside the organisations you administer',
    'policy.wholeTreeOnly': 'Only users of the top-level organisation may do this',
    'common.notFound': '{entity} does not exist or is not visible to you',
    'common.conflict': 'Someone else changed this record; reload and try again',
    'common.duplicate': 'This record already exists',
    'common.invalidId': 'Malformed identifier',
    'common.pageSize': 'Page size must be between 1 and {max}',
    'common.invalidCursor': 'Invalid page cursor',
    'common.required': 'This field is required',
    'common.tooLong': 'At most {max} characters',
    'common.invalidQuery': 'Invalid request',
    'common.operationLimit': '{field} may run at most {max} time(s) in one request',
    'common.internal': 'Internal server error; please try again later',
    'request.syntax': 'Syntax error at line {line}, column {column}',
    'request.syntaxSomewhere': 'Syntax error',
    'request.tooManyTokens': 'The request has more than {max} tokens',
    'request.tooDeep': 'The query is nested deeper than the depth limit of {max}',
    'request.tooManyAliases': 'The query uses more aliases than the limit of {max}',
    'request.tooCostly': 'The query costs more than the limit of {max}',
    'request.tooManyDirectives': 'The query uses more directives than the limit of {max}',
    'request.tooLarge': 'Request body too large',
    'request.body': 'Malformed request: expected a GraphQL request in JSON',
    'request.persistedQueryNotFound': 'Persisted query not found',
    'request.operation': 'Cannot tell which operation to run',
    'request.operationType': 'Only queries and mutations are served',
    'request.introspectionDisabled': 'Introspection is disabled',
    'request.unknownField': 'There is no field {name}',
    'request.unknownArgument': 'There is no argument {name}',
    'request.missingArgument': '{name} is required',
    'request.invalidValue': 'Invalid value for {name}',
    'request.nulCharacter': '{name} must not contain the NUL character (U+0000)',
    'request.duplicate': '{name} is given more than once',
    'request.badSelection': 'Wrong selection of subfields for {name}',
    'request.variableType': 'The type of variable {name} does not fit its argument',
    'request.undefinedVariable': '{name} uses an undeclared variable',
    'request.unusedVariable': 'Variable {name} is never used',
    'request.unknownType': 'There is no type {name}',
    'request.directive': 'Directive @{name} cannot be used here',
    'request.fragment': 'Fragments are used wrongly',
    'request.fieldConflict': 'The selections of {name} conflict; use aliases',
  },
};

function compose(
  part: (module: DomainModule) => Record<Locale, Catalogue> | undefined,
  core?: Record<Locale, Catalogue>,
) {
  const result: Record<Locale, Catalogue> = { 'zh-CN': { ...core?.['zh-CN'] }, en: { ...core?.en } };
  for (const module of MODULES as readonly DomainModule[]) {
    const catalogue = part(module);
    if (!catalogue) continue;
    Object.assign(result['zh-CN'], catalogue['zh-CN']);
    Object.assign(result.en, catalogue.en);
  }
  return result;
}

/** Every message a client can see, by key. */
const messages = compose((module) => module.messages, coreMessages);
/** Names substituted for `{entity}`, `{parent}`, `{child}` and `{rule}` parameters. */
const terms = compose((module) => module.terms);
const TERM_PARAMS = new Set(['entity', 'parent', 'child', 'rule']);

/** The word for an entity or enum value in a locale (app/ui-rules.ts labels the SPA's enums with them). */
export const termOf = (locale: Locale, word: string): string | undefined => terms[locale][word];

export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = messages[locale][key] ?? messages['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (TERM_PARAMS.has(name) && typeof value === 'string') return terms[locale][value] ?? value;
    return value === undefined ? `{${name}}` : String(value);
  });
}

export const messageKeys = (locale: Locale) => Object.keys(messages[locale]);
