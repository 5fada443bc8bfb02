import type { Action } from '../app/modules';
import { Role } from '../users/role';

export type { Action };

/**
 * Where an action may reach:
 * - `subtree`: targets in the actor's organisation subtree (a decision without a target denies);
 * - `self`: the actor's own account;
 * - `system`: the platform as a whole (no organisation target);
 * - `custody`: dossiers the actor's own archive office keeps (requirements §4: a dossier is in an
 *   office's custody, never a person's), and what belongs to them (the member, the materials);
 * - `grant`: dossiers an active grant of the actor covers (requirements §3: an approved access
 *   request), decided by policy/grants.ts from the database, never by the role alone.
 */
export type Scope = 'subtree' | 'self' | 'system' | 'custody' | 'grant';

export interface ActionRule {
  roles: readonly Role[] | 'any-authenticated';
  scope: Scope;
}

/**
 * The role × action table (requirements §1, §4), composed from every module's `actions` by
 * app/modules.ts. An action missing here is denied; a snapshot test records the table.
 */
let table: Readonly<Record<string, ActionRule>> | undefined;

export function installActionRules(rules: Record<string, ActionRule>): void {
  table = Object.freeze({ ...rules });
}

/** The rule of an action; undefined (deny) for an unknown one. */
export function actionRule(action: string): ActionRule | undefined {
  if (!table) throw new Error('policy used before app/modules.ts installed the action table');
  return Object.hasOwn(table, action) ? table[action] : undefined;
}

/** Every action of the table, in the order the modules declare them. */
export function actionNames(): string[] {
  if (!table) throw new Error('policy used before app/modules.ts installed the action table');
  return Object.keys(table);
}
