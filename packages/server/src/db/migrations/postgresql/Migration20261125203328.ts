import { Migration } from '@mikro-orm/migrations';

/** Background jobs (jobs/): their state and progress, readable by every instance. */
export class Migration20261125203328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "job" ("id" serial primary key, "kind" varchar(64) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')) not null, "progress" int not null, "message_key" varchar(128) null, "payload" text not null, "result" text null, "error_key" varchar(128) null, "error_params" text null, "attempts" int not null, "max_attempts" int not null, "run_after" timestamptz not null, "requested_by_id" int null, "organization_path" text null, "schedule_slot" varchar(128) null, "delivery_id" varchar(36) null, "dispatched_at" timestamptz null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null);`,
    );
    this.addSql(`create index "job_requested_by_id_index" on "job" ("requested_by_id");`);
    this.addSql(`alter table "job" add constraint "job_schedule_slot_unique" unique ("schedule_slot");`);
    this.addSql(`create index "job_status_run_after_index" on "job" ("status", "run_after");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job" cascade;`);
  }
}
