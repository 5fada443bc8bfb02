import type { OrganizationType } from '@/gql/graphql';

/** What the server answers as `allowedChildTypes` (server test permissions.test.ts pins it). */
export const ALLOWED_CHILD_TYPES: Record<OrganizationType, OrganizationType[]> = {
  COMMITTEE: ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'DEPARTMENT', 'ARCHIVE_OFFICE'],
  GENERAL_BRANCH: ['BRANCH'],
  BRANCH: [],
  DEPARTMENT: ['DEPARTMENT', 'ARCHIVE_OFFICE'],
  ARCHIVE_OFFICE: [],
};

/** An organisation as the server lists it to an ADMIN of its subtree: its rules filled in. */
export const asListed = <T extends { type: string }>(organization: T, canManage = true) => ({
  ...organization,
  type: organization.type as OrganizationType,
  allowedChildTypes: ALLOWED_CHILD_TYPES[organization.type as OrganizationType],
  canManage,
});
