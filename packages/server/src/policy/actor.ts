import { Role } from '../users/role';

/** Who is calling, as every policy decision sees it. */
export interface Actor {
  userId: number;
  username: string;
  roles: Role[];
  organizationId: number;
  /** Path of the actor's organisation: the root of every subtree-scoped permission. */
  organizationPath: string;
  sessionId: string;
}
