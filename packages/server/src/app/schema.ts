import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { GraphQLObjectType } from 'graphql';
import { authChecker, operationActions } from '../policy/allow';
import { guardFields } from '../policy/field-policy';
import { DateTimeScalar } from '../shared/scalars';
import { moduleResolvers } from './modules';

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema: one auth checker for operations, one field policy for fields. */
export function danganSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: moduleResolvers as unknown as NonEmptyArray<new () => object>,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  })
    .then(requireDeclaredActions)
    .then(guardFields);
  return schema;
}

/** Deny by default: an operation that declares neither `@Allow(action)` nor `@Public()` stops the build. */
export function requireDeclaredActions(built: GraphQLSchema): GraphQLSchema {
  const roots = [built.getQueryType(), built.getMutationType(), built.getSubscriptionType()];
  const undeclared = roots
    .filter((root): root is GraphQLObjectType => !!root)
    .flatMap((root) => Object.keys(root.getFields()).filter((name) => !operationActions.has(name)));
  if (undeclared.length) {
    throw new Error(`operations without @Allow(action) or @Public(): ${undeclared.join(', ')}`);
  }
  return built;
}
