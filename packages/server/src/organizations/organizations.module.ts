import { defineModule } from '../app/module';
import { publicFields } from '../policy/field-policy';
import { Role } from '../users/role';
import { Organization } from './organization.entity';
import { organizationLoaders } from './organization.records';
import { OrganizationResolver } from './organization.resolver';

/** The organisation tree: every permission is scoped by a subtree of it (requirements §1). */
export const organizationsModule = defineModule({
  name: 'organizations',
  entities: [Organization],
  resolvers: [OrganizationResolver],
  actions: {
    'organization.read': { roles: 'any-authenticated', scope: 'subtree' },
    'organization.manage': { roles: [Role.ADMIN], scope: 'subtree' },
  },
  fieldRules: {
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
      // Derived from the type and from the caller's own scope: nothing about the organisation is revealed.
      'allowedChildTypes',
      'canManage',
    ),
  },
  loaders: organizationLoaders,
  messages: {
    'zh-CN': {
      'org.codeFormat': '组织代码须为 2–32 位大写字母、数字或连字符，且以字母或数字开头',
      'org.codeTaken': '组织代码 {code} 已被使用',
      'org.cycle': '不能将组织移动到其自身或其下级组织之下',
      'org.rootExists': '根组织已存在，新组织必须指定上级组织',
      'org.inactiveParent': '上级组织已停用',
      'org.cannotDisableOwn': '不能停用您自己所在的组织',
      'org.typeNotAllowed': '{parent}下不能设立{child}',
    },
    en: {
      'org.codeFormat':
        'An organisation code is 2–32 upper-case letters, digits or hyphens, starting with a letter or digit',
      'org.codeTaken': 'Organisation code {code} is already in use',
      'org.cycle': 'An organisation cannot move under itself or one of its descendants',
      'org.rootExists': 'A root organisation exists; a new organisation needs a parent',
      'org.inactiveParent': 'The parent organisation is disabled',
      'org.cannotDisableOwn': 'You cannot disable your own organisation',
      'org.typeNotAllowed': 'A {child} cannot be placed under a {parent}',
    },
  },
  terms: {
    'zh-CN': {
      Organization: '组织',
      COMMITTEE: '党委',
      GENERAL_BRANCH: '党总支',
      BRANCH: '党支部',
      DEPARTMENT: '职能部门',
      ARCHIVE_OFFICE: '档案室',
    },
    en: {
      Organization: 'Organisation',
      COMMITTEE: 'party committee',
      GENERAL_BRANCH: 'general branch',
      BRANCH: 'branch',
      DEPARTMENT: 'department',
      ARCHIVE_OFFICE: 'archive office',
    },
  },
  auditActions: {
    ORGANIZATION_CREATED: { 'zh-CN': '新建组织', en: 'Organisation created' },
    ORGANIZATION_RENAMED: { 'zh-CN': '重命名组织', en: 'Organisation renamed' },
    ORGANIZATION_MOVED: { 'zh-CN': '移动组织', en: 'Organisation moved' },
    ORGANIZATION_ENABLED: { 'zh-CN': '启用组织', en: 'Organisation enabled' },
    ORGANIZATION_DISABLED: { 'zh-CN': '停用组织', en: 'Organisation disabled' },
  },
});
