import { registerEnumType } from 'type-graphql';

/** requirements §1. ADMIN configures the system but gets no automatic access to personal data. */
export enum Role {
  ADMIN = 'ADMIN',
  ARCHIVIST = 'ARCHIVIST',
  APPROVER = 'APPROVER',
  AUDITOR = 'AUDITOR',
  STAFF_MANAGER = 'STAFF_MANAGER',
  REQUESTER = 'REQUESTER',
}
registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES = Object.values(Role);
