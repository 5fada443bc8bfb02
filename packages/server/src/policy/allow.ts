import { AuthChecker, Authorized } from 'type-graphql';
import { RequestContext } from '../app/context';
import { forbidden, unauthenticated } from '../shared/errors';
import { hasActionRole } from './policy';
import { Action } from './rules';

const PUBLIC = '@public';

/** Root field name → the action it needs; tests read it to prove no operation is left open. */
export const operationActions = new Map<string, Action | typeof PUBLIC>();

function register(action: Action | typeof PUBLIC): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    operationActions.set(String(propertyKey), action);
    Authorized(action)(target, propertyKey, descriptor);
  };
}

/** Declares the action a query or mutation needs; the role check runs before the resolver. */
export const Allow = (action: Action) => register(action);

/** Declares an operation open to anonymous callers (sign-in). */
export const Public = () => register(PUBLIC);

/**
 * type-graphql's single auth checker. It only checks the role side of the action; the
 * organisation scope is checked by the service with the target in hand.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, [action]) => {
  if (action === PUBLIC) return true;
  if (!context.actor) throw unauthenticated();
  if (!hasActionRole(context.actor, action as Action)) throw forbidden();
  return true;
};
