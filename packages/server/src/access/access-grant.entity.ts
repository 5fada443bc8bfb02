import { DateTimeType, Entity, Index, ManyToOne, OneToOne, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';
import { User } from '../users/user.entity';
import { AccessRequest } from './access-request.entity';

/**
 * What a fully approved request opens (requirements §3): its scopes (and categories) of its
 * dossiers, for its grantee, until `expiresAt` or revocation. Expiry is decided at read time
 * (`expiresAt > now`), so no job needs to run for it to take effect.
 */
@Entity()
@Index({ properties: ['grantee', 'expiresAt'] })
export class AccessGrant extends BaseEntity {
  @OneToOne({ entity: () => AccessRequest, ref: true, owner: true, unique: true })
  request!: Ref<AccessRequest>;

  @ManyToOne({ entity: () => User, ref: true })
  grantee!: Ref<User>;

  /** Copied from the request: AccessScope values, comma-separated. */
  @Property({ type: 'string', length: 64 })
  scopes!: string;

  /** Copied from the request: category ids, comma-separated; null: every category of the scopes. */
  @Property({ type: 'string', length: 1000, nullable: true })
  categoryIds?: string | null;

  @Property({ type: DateTimeType })
  grantedAt!: Date;

  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  revokedAt?: Date | null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  revokedBy?: Ref<User> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  revokeReason?: string | null;

  /** The grantee gave the grant up (revokedBy is then the grantee). */
  @Property({ type: 'boolean' })
  relinquished = false;

  /** When the "expires soon" notification went out, so it goes out once. */
  @Property({ type: DateTimeType, nullable: true })
  expiryNoticeAt?: Date | null;
}
