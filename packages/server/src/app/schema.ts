import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { OrganizationResolver } from '../organizations/organization.resolver';
import { authChecker } from '../policy/allow';
import { FieldPolicy } from '../policy/field-policy';
import { DateTimeScalar } from '../shared/scalars';
import { UserResolver } from '../users/user.resolver';

export const resolvers = [AuthResolver, OrganizationResolver, UserResolver, AuditResolver] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema: one auth checker for operations, one field-policy middleware for fields. */
export function danganSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [FieldPolicy],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}
