import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';

/**
 * A permitted purpose of consulting a dossier (政治审查, 发展党员, 干部考察, …), configurable by
 * ADMIN; `requiresDetails` makes the requester describe it (其他).
 */
@Entity()
export class AccessPurpose extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 50 })
  nameZh!: string;

  @Property({ type: 'string', length: 80 })
  nameEn!: string;

  @Property({ type: 'boolean' })
  requiresDetails = false;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'integer' })
  sortOrder = 0;
}
