import { Migration } from '@mikro-orm/migrations';

export class Migration20261125115347 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" int not null, "at" timestamptz not null, "actor_id" int null, "actor" varchar(64) not null, "action" varchar(64) not null, "target" varchar(128) null, "details" text null, "request_id" varchar(64) null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_index" on "audit_entry" ("actor");`);
    this.addSql(`create index "audit_entry_target_index" on "audit_entry" ("target");`);
    this.addSql(`create index "audit_entry_action_at_index" on "audit_entry" ("action", "at");`);

    this.addSql(
      `create table "login_attempt" ("id" serial primary key, "username" varchar(64) not null, "at" timestamptz not null, "succeeded" boolean not null, "ip" varchar(64) null);`,
    );
    this.addSql(`create index "login_attempt_username_at_index" on "login_attempt" ("username", "at");`);

    this.addSql(
      `create table "organization" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name" varchar(100) not null, "type" text check ("type" in ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'DEPARTMENT', 'ARCHIVE_OFFICE')) not null, "parent_id" int null, "path" text not null, "active" boolean not null);`,
    );
    this.addSql(`alter table "organization" add constraint "organization_code_unique" unique ("code");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(`create index "organization_path_index" on "organization" ("path");`);

    this.addSql(
      `create table "user" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(64) not null, "display_name" varchar(100) not null, "password_hash" varchar(255) not null, "role_list" varchar(200) not null, "status" text check ("status" in ('ACTIVE', 'DISABLED')) not null, "organization_id" int not null, "phone" varchar(32) null, "email" varchar(254) null, "last_login_at" timestamptz null);`,
    );
    this.addSql(`alter table "user" add constraint "user_username_unique" unique ("username");`);
    this.addSql(`create index "user_status_index" on "user" ("status");`);
    this.addSql(`create index "user_organization_id_index" on "user" ("organization_id");`);

    this.addSql(
      `create table "session" ("id" varchar(36) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "user" add constraint "user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);

    this.addSql(`alter table "user" drop constraint "user_organization_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "login_attempt" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }
}
