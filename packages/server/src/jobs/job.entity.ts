import { DateTimeType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';

/** Where a background job stands. QUEUED and RUNNING move on; the other three are final. */
export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(JobStatus, { name: 'JobStatus' });

export const FINAL_STATUSES = [JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED] as const;

/**
 * The record of one background job. Whatever delivers it (pg-boss on PostgreSQL, the
 * in-process runner on SQLite), its state and progress live here, so every instance answers
 * `job(id)` and the SPA polls one place. State changes are conditional UPDATEs on `status`
 * (jobs/job-state.ts), not versioned flushes: a progress write and a cancellation may cross.
 */
@ObjectType({ description: 'A background job: an import, an export, a periodic check.' })
@Entity()
@Index({ properties: ['status', 'runAfter'] })
export class Job {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'What the job does, e.g. `members.import`.' })
  @Property({ type: 'string', length: 64 })
  kind!: string;

  @Field(() => JobStatus)
  @Enum({ items: () => JobStatus, type: 'string', length: 16 })
  status: JobStatus = JobStatus.QUEUED;

  @Field(() => Int, { description: 'Percent done, 0–100.' })
  @Property({ type: 'integer' })
  progress = 0;

  /** Message key of the step in progress; `Job.message` is it translated. */
  @Property({ type: 'string', length: 128, nullable: true })
  messageKey: string | null = null;

  /** The handler's input as JSON text. Not exposed: it may name files or carry what was imported. */
  @Property({ type: 'text' })
  payload = '{}';

  @Field(() => String, { nullable: true, description: 'What the job produced, as JSON text.' })
  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  /** Message key (and JSON parameters) of the last failure; never a stack or a driver message. */
  @Property({ type: 'string', length: 128, nullable: true })
  errorKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  errorParams: string | null = null;

  @Field(() => Int, { description: 'Attempts started so far.' })
  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'integer' })
  maxAttempts = 1;

  /** Not before this time: the in-process runner's retry backoff. */
  @Property({ type: DateTimeType })
  runAfter: Date = new Date();

  /** The user whose job it is (their actor runs it); null for system and scheduled jobs. */
  @Index()
  @Property({ type: 'integer', nullable: true })
  requestedById: number | null = null;

  /** Organisation the job concerns: who else may read it is decided by it (policy). */
  @Property({ type: 'text', nullable: true })
  organizationPath: string | null = null;

  /**
   * `kind@fire time` of a scheduled run. Unique: however many instances tick, one period's run
   * is inserted once.
   */
  @Property({ type: 'string', length: 128, nullable: true, unique: true })
  scheduleSlot: string | null = null;

  /** pg-boss's id for this job (PostgreSQL): re-sending the same id is a no-op, so sending is retried safely. */
  @Property({ type: 'string', length: 36, nullable: true })
  deliveryId: string | null = null;

  /** When the job was handed to pg-boss; null until then (PostgreSQL only). */
  @Property({ type: DateTimeType, nullable: true })
  dispatchedAt: Date | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  startedAt: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  finishedAt: Date | null = null;
}
