import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempts, keyed by the username as typed (not by user) so that the lockout
 * behaves the same whether the account exists or not and reveals nothing.
 */
@Entity()
@Index({ properties: ['username', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64 })
  username: string;

  @Property({ type: DateTimeType })
  at: Date = new Date();

  @Property({ type: 'boolean' })
  succeeded: boolean;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  constructor(username: string, succeeded: boolean, ip?: string | null) {
    this.username = username;
    this.succeeded = succeeded;
    this.ip = ip ?? null;
  }
}
