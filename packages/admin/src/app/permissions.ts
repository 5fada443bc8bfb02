import { storeToRefs } from 'pinia';
import { useSessionStore } from '@/features/auth/store';
import { serverRules } from '@/gql/rules';

/**
 * An action of the server's role × action table (server policy/rules.ts), generated into
 * `@/gql/rules` by `pnpm codegen`: a misspelt or retired action stops the build.
 */
export type Permission = (typeof serverRules.actions)[number];

/**
 * Whether a user granted `granted` (their `me.permissions`) may do `needed`; no requirement means
 * any signed-in user. UI shaping only (style.md): the server checks every operation again, and
 * scoped actions (an organisation in another subtree) per target, e.g. `Organization.canManage`.
 */
export function allows(granted: readonly string[], needed: Permission | undefined): boolean {
  return !needed || granted.includes(needed);
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
