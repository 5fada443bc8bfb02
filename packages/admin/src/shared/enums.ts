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

// Archive staff (issue 11): the server's words for its statuses, kinds and grades.
export const staffStatusLabel = (value: string): string => labelOf('StaffStatus', value);
export const courseKindLabel = (value: string): string => labelOf('CourseKind', value);
export const courseModeLabel = (value: string): string => labelOf('CourseMode', value);
export const attendanceResultLabel = (value: string): string => labelOf('AttendanceResult', value);
export const assessmentGradeLabel = (value: string): string => labelOf('AssessmentGrade', value);
export const removalOutcomeLabel = (value: string): string => labelOf('RemovalOutcome', value);
export const exchangeStatusLabel = (value: string): string => labelOf('ExchangeStatus', value);
export const rotationPlanStatusLabel = (value: string): string => labelOf('RotationPlanStatus', value);
