import { defineModule } from '../app/module';
import { allowedBy, DENIED } from '../policy/decision';
import { FieldDecider, mask, publicFields, rulesFor } from '../policy/field-policy';
import { decide } from '../policy/policy';
import { Role } from './role';
import { User } from './user.entity';
import { UserPermissionsResolver } from './user-permissions.resolver';
import { UserResolver } from './user.resolver';
import { userNameLoaders } from './user-names';
import { UserStatisticsResolver } from './user-statistics';

/** Self, or holder of `user.readContact` over the user's organisation. */
const decideContact: FieldDecider<User> = (ctx, user) => {
  if (!ctx.actor) return DENIED;
  if (ctx.actor.userId === user.id) return allowedBy({ kind: 'self' });
  const actor = ctx.actor;
  const byPath = (organization: { path: string } | null | undefined) =>
    organization ? decide(actor, 'user.readContact', { organizationPath: organization.path }) : DENIED;
  const known = ctx.loaders.organizationById.peek(user.organization.id);
  return known !== undefined ? byPath(known) : ctx.loaders.organizationById.load(user.organization.id).then(byPath);
};

/** Accounts and roles of the people who sign in. */
export const usersModule = defineModule({
  name: 'users',
  entities: [User],
  resolvers: [UserResolver, UserPermissionsResolver, UserStatisticsResolver],
  actions: {
    'user.read': { roles: [Role.ADMIN], scope: 'subtree' },
    'user.manage': { roles: [Role.ADMIN], scope: 'subtree' },
    // Contact details of staff: the person themselves, and ADMINs of their subtree.
    'user.readContact': { roles: [Role.ADMIN], scope: 'subtree' },
  },
  fieldRules: {
    User: rulesFor<User>({
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
        'permissions',
        // The linked member record (members module): its own fields carry their own rules.
        'member',
      ),
      phone: mask(decideContact),
      email: mask(decideContact),
    }),
    UserStatusCounts: publicFields('active', 'disabled', 'locked', 'total'),
  },
  loaders: userNameLoaders,
  messages: {
    'zh-CN': {
      'user.usernameFormat': '用户名须为 3–64 位小写字母、数字、点、下划线或连字符',
      'user.usernameTaken': '用户名 {username} 已被使用',
      'user.rolesRequired': '至少分配一个角色',
      'user.phoneFormat': '电话号码格式不正确',
      'user.emailFormat': '电子邮箱格式不正确',
      'user.maskedValue': '这是部分隐藏的值（含 *），请输入完整内容',
      'user.cannotDisableSelf': '不能停用自己的账号',
    },
    en: {
      'user.usernameFormat': 'A username is 3–64 lower-case letters, digits, dots, underscores or hyphens',
      'user.usernameTaken': 'Username {username} is already in use',
      'user.rolesRequired': 'Assign at least one role',
      'user.phoneFormat': 'Malformed phone number',
      'user.emailFormat': 'Malformed e-mail address',
      'user.maskedValue': 'This is a partly hidden value (it contains *); enter the whole value',
      'user.cannotDisableSelf': 'You cannot disable your own account',
    },
  },
  terms: {
    'zh-CN': {
      User: '用户',
      ADMIN: '系统管理员',
      ARCHIVIST: '档案管理员',
      APPROVER: '审批人',
      AUDITOR: '审计员',
      STAFF_MANAGER: '人员管理员',
      REQUESTER: '查档申请人',
      ACTIVE: '正常',
      DISABLED: '已停用',
    },
    en: {
      User: 'User',
      ADMIN: 'administrator',
      ARCHIVIST: 'archivist',
      APPROVER: 'approver',
      AUDITOR: 'auditor',
      STAFF_MANAGER: 'staff manager',
      REQUESTER: 'requester',
      ACTIVE: 'active',
      DISABLED: 'disabled',
    },
  },
  auditActions: {
    USER_CREATED: { 'zh-CN': '新建用户', en: 'User created' },
    USER_UPDATED: { 'zh-CN': '修改用户', en: 'User updated' },
    USER_DISABLED: { 'zh-CN': '停用用户', en: 'User disabled' },
    USER_ENABLED: { 'zh-CN': '启用用户', en: 'User enabled' },
    USER_PASSWORD_RESET: { 'zh-CN': '重置用户密码', en: 'User password reset' },
  },
});
