import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker } from '../policy/allow';
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
  }).then(guardFields);
  return schema;
}
