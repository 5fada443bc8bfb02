import { storeToRefs } from 'pinia';
import { useSessionStore } from '@/features/auth/store';
import { serverRules } from '@/gql/rules';

/**
 * An action of the server's role × action table (server policy/rules.ts), generated into
 * `@/gql/rules` by `pnpm codegen`: a misspelt or retired action stops the build.
 */
export type Permission = (typeof serverRules.actions)[number];

/** One action, or alternatives of which any one will do (as the server's `@Allow(a, b)`). */
export type PermissionNeed = Permission | readonly Permission[];

/**
 * Whether a user granted `granted` (their `me.permissions`) may do `needed`; no requirement means
 * any signed-in user, a list means any one of its actions. UI shaping only (style.md): the server
 * checks every operation again, and scoped actions (an organisation in another subtree) per
 * target, e.g. `Organization.canManage`.
 */
export function allows(granted: readonly string[], needed: PermissionNeed | undefined): boolean {
  if (!needed) return true;
  if (typeof needed === 'string') return granted.includes(needed);
  return needed.some((action) => granted.includes(action));
}

/** The one way pages ask what the signed-in user may do: `const { can } = usePermissions()`. */
export function usePermissions() {
  const session = useSessionStore();
  const { permissions } = storeToRefs(session);
  return {
    permissions,
    can: (action: Permission): boolean => allows(permissions.value, action),
  };
}
