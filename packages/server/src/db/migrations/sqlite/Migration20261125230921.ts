import { Migration } from '@mikro-orm/migrations';

export class Migration20261125230921 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`notification\` (\`id\` integer not null primary key autoincrement, \`recipient_id\` integer not null, \`kind\` text check (\`kind\` in ('ACCESS_STEP_WAITING', 'ACCESS_REQUEST_DECIDED', 'ACCESS_GRANT_EXPIRING', 'ACCESS_GRANT_REVOKED', 'ACCESS_STEP_ESCALATED')) not null, \`subject\` text not null, \`params\` text not null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notification_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`notification_recipient_id_index\` on \`notification\` (\`recipient_id\`);`);
    this.addSql(`create index \`notification_recipient_id_id_index\` on \`notification\` (\`recipient_id\`, \`id\`);`);
    this.addSql(
      `create index \`notification_recipient_id_read_at_index\` on \`notification\` (\`recipient_id\`, \`read_at\`);`,
    );
  }
}
