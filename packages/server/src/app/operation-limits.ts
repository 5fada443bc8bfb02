import { ASTVisitor, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { DomainError } from '../shared/errors';

/**
 * Rejects an operation that runs a limited root field more often than its module allows (see
 * `DomainModule.operationLimits`). Counted per response key through fragments, since fields
 * with one response key merge into one execution and differently aliased ones each execute.
 */
export function operationLimitsRule(limits: Record<string, number>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const runs = new Map<string, Set<string>>();
      for (const [responseKey, fieldName] of rootFields(context, operation.selectionSet)) {
        if (!Object.hasOwn(limits, fieldName)) continue;
        runs.set(fieldName, (runs.get(fieldName) ?? new Set()).add(responseKey));
      }
      for (const [field, keys] of runs) {
        if (keys.size <= limits[field]) continue;
        // A DomainError carries our message key, so the one formatter translates it (app/errors.ts).
        context.reportError(
          new DomainError('BAD_USER_INPUT', 'common.operationLimit', { field, max: limits[field] }, field),
        );
      }
    },
  });
}

/** [response key, field name] of every root field, inline fragments and fragment spreads expanded. */
function* rootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  expanded = new Set<string>(),
): Generator<[string, string]> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      yield [selection.alias?.value ?? selection.name.value, selection.name.value];
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* rootFields(context, selection.selectionSet, expanded);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment yields the same response keys wherever it is spread: expanding each once keeps
      // cycles and fragments that spread others many times from costing more than the document.
      if (!fragment || expanded.has(name)) continue;
      expanded.add(name);
      yield* rootFields(context, fragment.selectionSet, expanded);
    }
  }
}
