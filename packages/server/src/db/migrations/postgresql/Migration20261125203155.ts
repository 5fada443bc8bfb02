import { Migration } from '@mikro-orm/migrations';

/** Attachments (issue 9 §6); incident paths compare bytewise like the others (PathCollationC). */
export class Migration20261125203155 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "integrity_incident" ("id" serial primary key, "kind" text check ("kind" in ('FILE_CHECKSUM_MISMATCH', 'FILE_MISSING')) not null, "subject" varchar(128) not null, "detected_at" timestamptz not null, "details" text null, "resolved" boolean not null default false, "organization_path" text collate "C" null);`,
    );
    this.addSql(
      `create index "integrity_incident_organization_path_index" on "integrity_incident" ("organization_path");`,
    );
    this.addSql(`create index "integrity_incident_resolved_id_index" on "integrity_incident" ("resolved", "id");`);

    this.addSql(
      `create table "stored_file" ("sha256" varchar(64) not null, "size" int not null, "content_type" varchar(64) not null, "created_at" timestamptz not null, "created_by_id" int null, constraint "stored_file_pkey" primary key ("sha256"));`,
    );
    this.addSql(`create index "stored_file_created_by_id_index" on "stored_file" ("created_by_id");`);

    this.addSql(
      `alter table "stored_file" add constraint "stored_file_created_by_id_foreign" foreign key ("created_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "integrity_incident" cascade;`);

    this.addSql(`drop table if exists "stored_file" cascade;`);
  }
}
