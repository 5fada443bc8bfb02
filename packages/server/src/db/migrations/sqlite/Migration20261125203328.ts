import { Migration } from '@mikro-orm/migrations';

/** Background jobs (jobs/): their state and progress, readable by every instance. */
export class Migration20261125203328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`job\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`status\` text check (\`status\` in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')) not null, \`progress\` integer not null, \`message_key\` text null, \`payload\` text not null, \`result\` text null, \`error_key\` text null, \`error_params\` text null, \`attempts\` integer not null, \`max_attempts\` integer not null, \`run_after\` datetime not null, \`requested_by_id\` integer null, \`organization_path\` text null, \`schedule_slot\` text null, \`delivery_id\` text null, \`dispatched_at\` datetime null, \`created_at\` datetime not null, \`started_at\` datetime null, \`finished_at\` datetime null);`,
    );
    this.addSql(`create index \`job_requested_by_id_index\` on \`job\` (\`requested_by_id\`);`);
    this.addSql(`create unique index \`job_schedule_slot_unique\` on \`job\` (\`schedule_slot\`);`);
    this.addSql(`create index \`job_status_run_after_index\` on \`job\` (\`status\`, \`run_after\`);`);
  }
}
