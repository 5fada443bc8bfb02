import type { Permission } from '../permissions';

// What the server's role × action table grants each demo role (server test permissions.test.ts
// pins the same lists), as `me.permissions` delivers them.
const EVERYONE: Permission[] = ['session.self', 'organization.read'];
export const PERMISSIONS_OF = {
  ADMIN: [...EVERYONE, 'organization.manage', 'user.read', 'user.manage', 'user.readContact', 'audit.read'],
  AUDITOR: [...EVERYONE, 'audit.read'],
  ARCHIVIST: EVERYONE,
  REQUESTER: EVERYONE,
} satisfies Record<string, Permission[]>;
