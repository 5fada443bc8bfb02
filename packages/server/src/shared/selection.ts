import {
  FieldNode,
  GraphQLResolveInfo,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The names of the fields a request selects below the current field, following `path` (e.g.
 * `['edges', 'node']` for the nodes of a connection), through fragments. Services read only the
 * columns these need (issue 7). `@skip`/`@include` are not evaluated: a field they may drop
 * counts as selected, which only ever reads more.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsOf(set, info).flatMap((field) =>
        field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info).map((field) => field.name.value)));
}

function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fieldsOf(fragment.selectionSet, info, seen);
  });
}

const fieldsByOperation = new WeakMap<OperationDefinitionNode, Map<string, Set<string>>>();

/**
 * Every field the request's operation selects on objects of `typeName`, wherever they sit
 * (nested, through fragments). Records of that type read for the request, and shared through
 * its loaders, need only these columns. Cached per parsed operation: Apollo reuses the parsed
 * document of a query it has seen.
 */
export function fieldsSelectedOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  let byType = fieldsByOperation.get(info.operation);
  if (!byType) fieldsByOperation.set(info.operation, (byType = new Map()));
  let fields = byType.get(typeName);
  if (!fields) {
    const found = (fields = new Set<string>());
    const typeInfo = new TypeInfo(info.schema);
    const visitor = visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (typeInfo.getParentType()?.name === typeName) found.add(node.name.value);
      },
    });
    visit(info.operation, visitor);
    for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
    byType.set(typeName, fields);
  }
  return fields;
}
