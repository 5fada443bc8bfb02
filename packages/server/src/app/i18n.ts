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
/** Names substituted for `{entity}`, `{parent}` and `{child}` parameters. */
const terms = compose((module) => module.terms);
const TERM_PARAMS = new Set(['entity', 'parent', 'child']);

export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = messages[locale][key] ?? messages['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (TERM_PARAMS.has(name) && typeof value === 'string') return terms[locale][value] ?? value;
    return value === undefined ? `{${name}}` : String(value);
  });
}

export const messageKeys = (locale: Locale) => Object.keys(messages[locale]);
