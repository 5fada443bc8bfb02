import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { OrganizationResolver } from '../organizations/organization.resolver';
import { authChecker } from '../policy/allow';
import { guardFields } from '../policy/field-policy';
import { DateTimeScalar } from '../shared/scalars';
import { UserResolver } from '../users/user.resolver';

export const resolvers = [AuthResolver, OrganizationResolver, UserResolver, AuditResolver] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema: one auth checker for operations, one field policy for fields. */
export function danganSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  }).then(guardFields);
  return schema;
}
