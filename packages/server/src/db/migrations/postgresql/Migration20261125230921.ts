import { Migration } from '@mikro-orm/migrations';

export class Migration20261125230921 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" serial primary key, "recipient_id" int not null, "kind" text check ("kind" in ('ACCESS_STEP_WAITING', 'ACCESS_REQUEST_DECIDED', 'ACCESS_GRANT_EXPIRING', 'ACCESS_GRANT_REVOKED', 'ACCESS_STEP_ESCALATED')) not null, "subject" varchar(100) not null, "params" text not null, "created_at" timestamptz not null, "read_at" timestamptz null);`,
    );
    this.addSql(`create index "notification_recipient_id_id_index" on "notification" ("recipient_id", "id");`);
    this.addSql(
      `create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
