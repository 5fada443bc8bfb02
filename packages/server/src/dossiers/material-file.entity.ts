import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { StoredFile } from '../files/stored-file.entity';
import { User } from '../users/user.entity';
import { Material } from './material.entity';

/**
 * A stored file filed as (part of) one material version (issue 9 §5, §6). The bytes live once in
 * the content-addressed store; this row names them for this version, under the file name the
 * archivist gave. A revision copies its predecessor's links, so each version keeps its own list.
 */
@Entity()
@Index({ properties: ['material', 'id'] })
export class MaterialFile {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Material, ref: true })
  material!: Ref<Material>;

  @ManyToOne({ entity: () => StoredFile, ref: true, fieldName: 'sha256', index: true })
  file!: Ref<StoredFile>;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'integer', nullable: true })
  pages?: number | null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  addedBy?: Ref<User> | null;

  @Property({ type: DateTimeType })
  addedAt: Date = new Date();
}
