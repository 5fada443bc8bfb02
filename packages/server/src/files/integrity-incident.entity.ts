import { DateTimeType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';

export enum IntegrityIncidentKind {
  /** The stored bytes no longer hash to their name. */
  FILE_CHECKSUM_MISMATCH = 'FILE_CHECKSUM_MISMATCH',
  /** A file the database knows is gone from the store. */
  FILE_MISSING = 'FILE_MISSING',
}
registerEnumType(IntegrityIncidentKind, { name: 'IntegrityIncidentKind' });

/**
 * Stored content found damaged (issue 9 §6): raised instead of serving it, kept for ADMIN and
 * AUDITOR to follow up. Scoped like audit entries by the organisation the owner belongs to.
 */
@ObjectType()
@Entity()
@Index({ properties: ['resolved', 'id'] })
export class IntegrityIncident {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => IntegrityIncidentKind)
  @Enum({ items: () => IntegrityIncidentKind, type: 'string' })
  kind: IntegrityIncidentKind;

  /** What was found damaged, as `Type:id` (`StoredFile:<sha256>`). */
  @Field(() => String, { description: 'What was found damaged, as Type:id.' })
  @Property({ type: 'string', length: 128 })
  subject: string;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  detectedAt: Date;

  @Field(() => String, { nullable: true, description: 'JSON: the owner it was read for, expected and found hashes.' })
  @Property({ type: 'text', nullable: true })
  details: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  resolved = false;

  /** The organisation of the owner it was read for; incident reads are scoped by it. */
  @Index()
  @Property({ type: 'text', nullable: true })
  organizationPath: string | null;

  constructor(
    kind: IntegrityIncidentKind,
    subject: string,
    detectedAt: Date,
    details: Record<string, unknown>,
    organizationPath: string | null,
  ) {
    this.kind = kind;
    this.subject = subject;
    this.detectedAt = detectedAt;
    this.details = JSON.stringify(details);
    this.organizationPath = organizationPath;
  }
}
