import type { OrganizationType, Role, UserStatus } from '@/gql/graphql';
import { t } from '@/app/i18n';

/** Lists every member of a schema enum in display order; stops compiling when the schema adds one. */
function allOf<T extends string>() {
  return <const V extends readonly T[]>(...values: V & ([T] extends [V[number]] ? unknown : never)) => values;
}

export const ROLES = allOf<Role>()('ADMIN', 'ARCHIVIST', 'APPROVER', 'AUDITOR', 'STAFF_MANAGER', 'REQUESTER');

export const ORGANIZATION_TYPES = allOf<OrganizationType>()(
  'COMMITTEE',
  'GENERAL_BRANCH',
  'BRANCH',
  'DEPARTMENT',
  'ARCHIVE_OFFICE',
);

export const USER_STATUSES = allOf<UserStatus>()('ACTIVE', 'DISABLED');

export const roleLabel = (role: Role): string => t(`common.roles.${role}`);
export const organizationTypeLabel = (type: OrganizationType): string => t(`org.types.${type}`);
export const userStatusLabel = (status: UserStatus): string => t(`user.statuses.${status}`);
