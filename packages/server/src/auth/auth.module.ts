import { defineModule } from '../app/module';
import { publicFields } from '../policy/field-policy';
import { AuthResolver } from './auth.resolver';
import { LoginAttempt } from './login-attempt.entity';
import { Session } from './session.entity';

/** Sign-in, sessions, lockout and passwords. */
export const authModule = defineModule({
  name: 'auth',
  entities: [Session, LoginAttempt],
  resolvers: [AuthResolver],
  actions: {
    'session.self': { roles: 'any-authenticated', scope: 'self' },
  },
  fieldRules: {
    AuthPayload: publicFields('token', 'expiresAt', 'user'),
  },
  messages: {
    'zh-CN': {
      'auth.required': '请先登录',
      'auth.invalidCredentials': '用户名或密码错误',
      'auth.locked': '登录失败次数过多，请 {minutes} 分钟后再试',
      'auth.tooManyAttempts': '登录尝试过于频繁，请一分钟后再试',
      'auth.wrongCurrentPassword': '当前密码不正确',
      'auth.weakPassword': '密码至少 {min} 位，且须包含大写字母、小写字母、数字、符号中的至少三类，不得包含用户名',
      'auth.commonPassword': '该密码过于常见，容易被猜中，请换一个',
      'auth.samePassword': '新密码不能与当前密码相同',
    },
    en: {
      'auth.required': 'Please sign in first',
      'auth.invalidCredentials': 'Wrong username or password',
      'auth.locked': 'Too many failed sign-ins; try again in {minutes} minutes',
      'auth.tooManyAttempts': 'Too many sign-in attempts from your address; try again in a minute',
      'auth.wrongCurrentPassword': 'The current password is wrong',
      'auth.weakPassword':
        'A password needs at least {min} characters, with at least three of upper case, lower case, digits and symbols, and must not contain the username',
      'auth.commonPassword': 'This password is too common and easy to guess; choose another',
      'auth.samePassword': 'The new password must differ from the current one',
    },
  },
  auditActions: {
    LOGIN: { 'zh-CN': '登录', en: 'Signed in' },
    LOGIN_FAILED: { 'zh-CN': '登录失败', en: 'Sign-in failed' },
    LOGIN_LOCKED: { 'zh-CN': '登录已锁定', en: 'Sign-in locked' },
    LOGIN_REFUSED_LOCKED: { 'zh-CN': '锁定期间拒绝登录', en: 'Sign-in refused (locked)' },
    LOGOUT: { 'zh-CN': '退出登录', en: 'Signed out' },
    PASSWORD_CHANGED: { 'zh-CN': '修改密码', en: 'Password changed' },
    PASSWORD_CHANGE_FAILED: { 'zh-CN': '修改密码失败', en: 'Password change failed' },
  },
});
