import type { OrganizationType, Role, UserStatus } from '@/gql/graphql';
import { currentLocale } from '@/app/i18n';
import { serverRules } from '@/gql/rules';

// Values in display order and their labels come from the server (its modules' terms, printed by
// `pnpm codegen` into @/gql/rules), so forms, tables and the server's messages use the same words.
export const ROLES: readonly Role[] = serverRules.enums.Role;
export const ORGANIZATION_TYPES: readonly OrganizationType[] = serverRules.enums.OrganizationType;
export const USER_STATUSES: readonly UserStatus[] = serverRules.enums.UserStatus;

type LabelledEnum = keyof (typeof serverRules.labels)['zh-CN'];

/** Reads the current locale, so a template re-renders its labels when the language changes. */
function labelOf(name: LabelledEnum, value: string): string {
  const labels: Record<string, string> = serverRules.labels[currentLocale()][name];
  return labels[value] ?? value;
}

export const roleLabel = (role: Role): string => labelOf('Role', role);
export const organizationTypeLabel = (type: OrganizationType): string => labelOf('OrganizationType', type);
export const userStatusLabel = (status: UserStatus): string => labelOf('UserStatus', status);
