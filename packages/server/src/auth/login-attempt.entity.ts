import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Password checks at sign-in (and at a password change), keyed by the username as typed (not
 * by user) so that the lockout behaves the same whether the account exists or not and reveals
 * nothing. They back the throttle only (auth/sign-in-throttle.ts); the audit trail keeps the
 * history.
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

  /** Refused while the username was locked: no password was checked, so it neither extends nor ends the lock. */
  @Property({ type: 'boolean', default: false })
  refused = false;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  constructor(username: string, succeeded: boolean, ip?: string | null, refused = false) {
    this.username = username;
    this.succeeded = succeeded;
    this.ip = ip ?? null;
    this.refused = refused;
  }
}
