import { Role } from '../users/role';

/**
 * Where an action may reach:
 * - `subtree`: targets in the actor's organisation subtree;
 * - `self`: the actor's own account;
 * - `system`: the platform as a whole (no organisation target).
 */
export type Scope = 'subtree' | 'self' | 'system';

export interface ActionRule {
  roles: readonly Role[] | 'any-authenticated';
  scope: Scope;
}

/**
 * The one table of who may do what (requirements §1, §4). An action missing here is denied;
 * later modules add their actions here and nowhere else. A snapshot test records it.
 */
export const ACTION_RULES = {
  'session.self': { roles: 'any-authenticated', scope: 'self' },
  'organization.read': { roles: 'any-authenticated', scope: 'subtree' },
  'organization.manage': { roles: [Role.ADMIN], scope: 'subtree' },
  'user.read': { roles: [Role.ADMIN], scope: 'subtree' },
  'user.manage': { roles: [Role.ADMIN], scope: 'subtree' },
  // Contact details of staff: the person themselves, and ADMINs of their subtree.
  'user.readContact': { roles: [Role.ADMIN], scope: 'subtree' },
  'audit.read': { roles: [Role.AUDITOR, Role.ADMIN], scope: 'system' },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTION_RULES;
