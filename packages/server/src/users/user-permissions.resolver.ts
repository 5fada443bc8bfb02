import { FieldResolver, Resolver, Root } from 'type-graphql';
import { permittedActions } from '../policy/policy';
import { decodeRoles, User } from './user.entity';

/**
 * `User.permissions`: the actions a user's roles allow (policy/rules.ts), so the SPA shapes its
 * menu and buttons from the server's table instead of a copy of it (issue 8 §7). Derived from the
 * roles alone, which are public, so it reveals nothing more; each action is still checked against
 * its scope when used.
 */
@Resolver(() => User)
export class UserPermissionsResolver {
  @FieldResolver(() => [String], {
    description: "Actions the user's roles allow (`user.manage`, `audit.read`, …), each within its scope.",
  })
  permissions(@Root() user: Pick<User, 'roleList'>): string[] {
    return permittedActions({ roles: decodeRoles(user.roleList) });
  }
}
