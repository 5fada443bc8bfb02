import { ApolloServerPlugin } from '@apollo/server';
import { ASTVisitor, DocumentNode, OperationTypeNode, ValidationContext, visit } from 'graphql';
import { badInput, DomainError } from '../shared/errors';
import { argumentOfVariable } from './request-document';

/**
 * Request-wide checks of client input that no single argument type can make, run before any
 * resolver: a refused request changes nothing and answers HTTP 400.
 */

/** A DomainError that Apollo answers with HTTP 400 (errors raised outside resolvers default to 500). */
export function requestError(error: DomainError): DomainError {
  Object.assign(error.extensions, { http: { status: 400 } });
  return error;
}

const NUL = '\u0000';

/**
 * PostgreSQL refuses U+0000 in text (the driver error became a 500) and SQLite cuts strings at
 * it, so no string argument may carry one — in an inline literal or in a variable, at any depth.
 */
export const rejectNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const field = nulInLiterals(document) ?? nulInVariables(document, request.variables ?? {});
        if (field) throw requestError(badInput(field, 'request.nulCharacter', { name: field }));
      },
    };
  },
};

/**
 * Apollo keeps one parsed document per query text, so the literals of a document are checked
 * once, not on every request that sends it (a walk of the whole document, issue 9 point 13).
 */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

function nulInLiterals(document: DocumentNode): string | undefined {
  let found = literalsChecked.get(document);
  if (found === undefined) literalsChecked.set(document, (found = findNulInLiterals(document) ?? null));
  return found ?? undefined;
}

function findNulInLiterals(document: DocumentNode): string | undefined {
  const names: string[] = [];
  let found: string | undefined;
  const enterName = (node: { name: { value: string } }) => void names.push(node.name.value);
  const leaveName = () => void names.pop();
  visit(document, {
    Argument: { enter: enterName, leave: leaveName },
    ObjectField: { enter: enterName, leave: leaveName },
    VariableDefinition: {
      enter: (node) =>
        void names.push(argumentOfVariable(document, node.variable.name.value) ?? node.variable.name.value),
      leave: leaveName,
    },
    StringValue(node) {
      if (found === undefined && node.value.includes(NUL)) found = names.at(-1) ?? 'query';
    },
  });
  return found;
}

function nulInVariables(document: DocumentNode, variables: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(variables)) {
    const key = nulIn(value, null);
    if (key !== undefined) return key ?? argumentOfVariable(document, name) ?? name;
  }
  return undefined;
}

/** undefined: no NUL; null: NUL in the value itself; otherwise the innermost key holding it. */
function nulIn(value: unknown, key: string | null): string | null | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? key : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nulIn(item, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      if (name.includes(NUL)) return key;
      const found = nulIn(item, name);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Dangan serves queries and mutations only; graphql-js would otherwise reach execution with a
 * subscription and fail there as an internal error.
 */
export function queriesAndMutationsOnly(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === OperationTypeNode.SUBSCRIPTION) {
        context.reportError(new DomainError('BAD_USER_INPUT', 'request.operationType'));
      }
    },
  };
}
