import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Ref, ref } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * One signed-in session. The token names it (`jti`), so sign-out revokes it in the database
 * and every server instance sees that at once: no session state lives in memory.
 */
@Entity()
export class Session {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne({ entity: () => User, ref: true, index: true })
  user: Ref<User>;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: DateTimeType })
  expiresAt: Date;

  @Property({ type: DateTimeType, nullable: true })
  revokedAt?: Date | null;

  constructor(id: string, user: User, expiresAt: Date) {
    this.id = id;
    this.user = ref(user);
    this.expiresAt = expiresAt;
  }
}
