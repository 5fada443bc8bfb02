import { ASTNode, BREAK, DocumentNode, Kind, parse, Source, visit } from 'graphql';

/**
 * Names of the arguments and input fields a client wrote, found by position in its document:
 * errors name the argument at fault (`extensions.field`), never a type of the schema.
 */

const parsed = new WeakMap<Source, DocumentNode>();

/**
 * The document an error points into. Errors keep only the source text; it was parsed (within
 * the token limit) before any error with a position could arise, so parsing it again is safe.
 */
export function documentOf(source: Source | undefined): DocumentNode | undefined {
  if (!source) return undefined;
  let document = parsed.get(source);
  if (!document) {
    try {
      document = parse(source);
    } catch {
      return undefined;
    }
    parsed.set(source, document);
  }
  return document;
}

/** The argument (or input field) that `$variable` is passed to, first use in document order. */
export function argumentOfVariable(document: DocumentNode, variable: string): string | undefined {
  const names: string[] = [];
  let found: string | undefined;
  visit(document, {
    VariableDefinition: () => false,
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    Variable(node) {
      if (node.name.value !== variable) return undefined;
      found = names.at(-1);
      return BREAK;
    },
  });
  return found;
}

/**
 * The innermost argument or input field whose text contains `node` (a value, a variable
 * definition, …); for a variable definition, the argument the variable is passed to.
 */
export function inputNameAt(document: DocumentNode, node: ASTNode | undefined): string | undefined {
  if (!node?.loc) return undefined;
  const { start, end } = node.loc;
  let found: string | undefined;
  visit(document, {
    enter(current) {
      if (!current.loc || current.loc.start > start || current.loc.end < end) return false;
      if (current.kind === Kind.ARGUMENT || current.kind === Kind.OBJECT_FIELD) found = current.name.value;
      if (current.kind === Kind.VARIABLE_DEFINITION) {
        const variable = current.variable.name.value;
        found = argumentOfVariable(document, variable) ?? variable;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/** The last named step of a variable path such as `v2.filter.roles[0]`, or undefined for the bare variable. */
export function lastPathName(path: string): string | undefined {
  const steps = path.replace(/\[\d+\]/g, '').split('.');
  return steps.length > 1 ? steps.at(-1) : undefined;
}
