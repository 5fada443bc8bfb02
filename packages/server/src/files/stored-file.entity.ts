import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * One stored content, named by its SHA-256 (issue 9 §6): the hash is the key, so the same bytes
 * uploaded twice are one row and one file. Its type was detected from the bytes at upload;
 * `size` bounds how much a download reads before the checksum decides.
 */
@Entity()
export class StoredFile {
  @PrimaryKey({ type: 'string', length: 64 })
  sha256: string;

  @Property({ type: 'integer' })
  size: number;

  @Property({ type: 'string', length: 64 })
  contentType: string;

  @Property({ type: DateTimeType })
  createdAt: Date;

  /** Who first uploaded this content. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true })
  createdBy: Ref<User> | null;

  constructor(sha256: string, size: number, contentType: string, createdAt: Date, createdBy: Ref<User> | null) {
    this.sha256 = sha256;
    this.size = size;
    this.contentType = contentType;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }
}
