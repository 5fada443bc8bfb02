import { AuthChecker, Authorized } from 'type-graphql';
import { RequestContext } from '../app/context';
import { forbidden, unauthenticated } from '../shared/errors';
import { hasActionRole } from './policy';
import { Action } from './rules';

const PUBLIC = '@public';

/**
 * Root field name → the actions it needs (any one of them) or `@public`; tests read it to prove
 * no operation is left open and to record which role reaches which operation.
 */
export const operationActions = new Map<string, readonly Action[] | typeof PUBLIC>();

function register(actions: readonly Action[] | typeof PUBLIC): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    operationActions.set(String(propertyKey), actions);
    Authorized(...(actions === PUBLIC ? [PUBLIC] : actions))(target, propertyKey, descriptor);
  };
}

/**
 * Declares the action a query or mutation needs; the role check runs before the resolver. With
 * alternatives, a role carrying any one of them passes (reading dossiers by role, or under a
 * grant: `@Allow('dossier.read', 'dossier.readGranted')`); the service decides the scope.
 */
export const Allow = (action: Action, ...alternatives: Action[]) => register([action, ...alternatives]);

/** Declares an operation open to anonymous callers (sign-in). */
export const Public = () => register(PUBLIC);

/** Whether the actor's roles reach an operation declared with these actions. */
export const reachesOperation = (
  actor: Parameters<typeof hasActionRole>[0],
  actions: readonly Action[] | typeof PUBLIC,
): boolean => actions === PUBLIC || actions.some((action) => hasActionRole(actor, action));

/**
 * type-graphql's single auth checker. It only checks the role side of the action; the
 * organisation scope is checked by the service with the target in hand.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, actions) => {
  if (actions[0] === PUBLIC) return true;
  if (!context.actor) throw unauthenticated();
  if (!reachesOperation(context.actor, actions as Action[])) throw forbidden();
  return true;
};
