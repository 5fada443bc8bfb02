import { MessageParams } from '../shared/errors';
import { Locale } from './request-scope';

type Catalogue = Record<string, string>;

/** Every message a client can see, by key. Keys are grouped by the domain that raises them. */
const messages: Record<Locale, Catalogue> = {
  'zh-CN': {
    'auth.required': '请先登录',
    'auth.invalidCredentials': '用户名或密码错误',
    'auth.locked': '登录失败次数过多，请 {minutes} 分钟后再试',
    'auth.tooManyAttempts': '登录尝试过于频繁，请一分钟后再试',
    'auth.wrongCurrentPassword': '当前密码不正确',
    'auth.weakPassword': '密码至少 {min} 位，且须包含大写字母、小写字母、数字、符号中的至少三类，不得包含用户名',
    'policy.forbidden': '无权执行此操作',
    'policy.noRule': '该字段未配置访问规则，已拒绝',
    'policy.outsideScope': '目标不在您所管辖的组织范围内',
    'common.notFound': '{entity}不存在或无权查看',
    'common.conflict': '该记录已被他人修改，请刷新后重试',
    'common.duplicate': '该记录已存在',
    'common.invalidId': '编号格式不正确',
    'common.pageSize': '每页数量须在 1 到 {max} 之间',
    'common.invalidCursor': '分页游标无效',
    'common.required': '此项为必填项',
    'common.tooLong': '长度不能超过 {max} 个字符',
    'common.invalidQuery': '请求无效',
    'common.internal': '服务器内部错误，请稍后重试',
    'org.codeFormat': '组织代码须为 2–32 位大写字母、数字或连字符，且以字母或数字开头',
    'org.codeTaken': '组织代码 {code} 已被使用',
    'org.cycle': '不能将组织移动到其自身或其下级组织之下',
    'org.rootExists': '根组织已存在，新组织必须指定上级组织',
    'org.inactiveParent': '上级组织已停用',
    'org.cannotDisableOwn': '不能停用您自己所在的组织',
    'org.typeNotAllowed': '{parent}下不能设立{child}',
    'user.usernameFormat': '用户名须为 3–64 位小写字母、数字、点、下划线或连字符',
    'user.usernameTaken': '用户名 {username} 已被使用',
    'user.rolesRequired': '至少分配一个角色',
    'user.phoneFormat': '电话号码格式不正确',
    'user.emailFormat': '电子邮箱格式不正确',
    'user.cannotDisableSelf': '不能停用自己的账号',
    'audit.invalidRange': '开始时间不能晚于结束时间',
  },
  en: {
    'auth.required': 'Please sign in first',
    'auth.invalidCredentials': 'Wrong username or password',
    'auth.locked': 'Too many failed sign-ins; try again in {minutes} minutes',
    'auth.tooManyAttempts': 'Too many sign-in attempts from your address; try again in a minute',
    'auth.wrongCurrentPassword': 'The current password is wrong',
    'auth.weakPassword':
      'A password needs at least {min} characters, with at least three of upper case, lower case, digits and symbols, and must not contain the username',
    'policy.forbidden': 'You are not allowed to do this',
    'policy.noRule': 'No access rule is configured for this field, so it is denied',
    'policy.outsideScope': 'The target is outside the organisations you administer',
    'common.notFound': '{entity} does not exist or is not visible to you',
    'common.conflict': 'Someone else changed this record; reload and try again',
    'common.duplicate': 'This record already exists',
    'common.invalidId': 'Malformed identifier',
    'common.pageSize': 'Page size must be between 1 and {max}',
    'common.invalidCursor': 'Invalid page cursor',
    'common.required': 'This field is required',
    'common.tooLong': 'At most {max} characters',
    'common.invalidQuery': 'Invalid request',
    'common.internal': 'Internal server error; please try again later',
    'org.codeFormat':
      'An organisation code is 2–32 upper-case letters, digits or hyphens, starting with a letter or digit',
    'org.codeTaken': 'Organisation code {code} is already in use',
    'org.cycle': 'An organisation cannot move under itself or one of its descendants',
    'org.rootExists': 'A root organisation exists; a new organisation needs a parent',
    'org.inactiveParent': 'The parent organisation is disabled',
    'org.cannotDisableOwn': 'You cannot disable your own organisation',
    'org.typeNotAllowed': 'A {child} cannot be placed under a {parent}',
    'user.usernameFormat': 'A username is 3–64 lower-case letters, digits, dots, underscores or hyphens',
    'user.usernameTaken': 'Username {username} is already in use',
    'user.rolesRequired': 'Assign at least one role',
    'user.phoneFormat': 'Malformed phone number',
    'user.emailFormat': 'Malformed e-mail address',
    'user.cannotDisableSelf': 'You cannot disable your own account',
    'audit.invalidRange': 'The start time must not be after the end time',
  },
};

/** Names substituted for `{entity}`, `{parent}` and `{child}` parameters. */
const terms: Record<Locale, Catalogue> = {
  'zh-CN': {
    Organization: '组织',
    User: '用户',
    AuditEntry: '审计记录',
    COMMITTEE: '党委',
    GENERAL_BRANCH: '党总支',
    BRANCH: '党支部',
    DEPARTMENT: '职能部门',
    ARCHIVE_OFFICE: '档案室',
  },
  en: {
    Organization: 'Organisation',
    User: 'User',
    AuditEntry: 'Audit entry',
    COMMITTEE: 'committee',
    GENERAL_BRANCH: 'general branch',
    BRANCH: 'branch',
    DEPARTMENT: 'department',
    ARCHIVE_OFFICE: 'archive office',
  },
};
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
