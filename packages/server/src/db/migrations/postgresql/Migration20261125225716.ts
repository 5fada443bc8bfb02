import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225716 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "access_purpose" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name_zh" varchar(50) not null, "name_en" varchar(80) not null, "requires_details" boolean not null, "active" boolean not null, "sort_order" int not null);`,
    );
    this.addSql(`alter table "access_purpose" add constraint "access_purpose_code_unique" unique ("code");`);

    this.addSql(
      `create table "chain_template" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "scope" text check ("scope" in ('IDENTITY', 'MATERIALS', 'RESTRICTED')) not null);`,
    );
    this.addSql(
      `alter table "chain_template" add constraint "chain_template_organization_id_scope_unique" unique ("organization_id", "scope");`,
    );

    this.addSql(
      `create table "chain_template_step" ("id" serial primary key, "template_id" int not null, "position" int not null, "mode" text check ("mode" in ('ALL_OF', 'ANY_OF')) not null, "department_ids" varchar(500) not null, "time_limit_hours" int null);`,
    );
    this.addSql(
      `create index "chain_template_step_template_id_position_index" on "chain_template_step" ("template_id", "position");`,
    );

    this.addSql(
      `create table "access_request" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "requester_id" int not null, "requester_organization_id" int not null, "organization_path" varchar(1000) not null, "scopes" varchar(64) not null, "category_ids" varchar(1000) null, "purpose_id" int not null, "purpose_details" varchar(500) null, "justification" text not null, "justification_sha256" varchar(64) null, "justification_file_name" varchar(255) null, "duration_days" int not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')) not null, "current_step" int null, "filed_at" timestamptz not null, "closed_at" timestamptz null);`,
    );
    this.addSql(`alter table "access_request" add constraint "access_request_number_unique" unique ("number");`);
    this.addSql(`create index "access_request_organization_path_index" on "access_request" ("organization_path");`);
    this.addSql(`create index "access_request_status_filed_at_index" on "access_request" ("status", "filed_at");`);
    this.addSql(
      `create index "access_request_requester_id_status_index" on "access_request" ("requester_id", "status");`,
    );

    this.addSql(
      `create table "access_step" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" int not null, "position" int not null, "mode" text check ("mode" in ('ALL_OF', 'ANY_OF')) not null, "status" text check ("status" in ('WAITING', 'PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')) not null, "time_limit_hours" int null, "started_at" timestamptz null, "due_at" timestamptz null, "completed_at" timestamptz null, "escalated_at" timestamptz null);`,
    );
    this.addSql(`create index "access_step_status_due_at_index" on "access_step" ("status", "due_at");`);
    this.addSql(
      `alter table "access_step" add constraint "access_step_request_id_position_unique" unique ("request_id", "position");`,
    );

    this.addSql(
      `create table "access_step_department" ("id" serial primary key, "step_id" int not null, "request_id" int not null, "department_id" int not null, "decision" text check ("decision" in ('PENDING', 'APPROVED', 'REJECTED', 'NOT_NEEDED')) not null, "approver_id" int null, "comment" text null, "decided_at" timestamptz null);`,
    );
    this.addSql(
      `create index "access_step_department_request_id_approver_id_index" on "access_step_department" ("request_id", "approver_id");`,
    );
    this.addSql(
      `create index "access_step_department_department_id_decision_index" on "access_step_department" ("department_id", "decision");`,
    );
    this.addSql(
      `alter table "access_step_department" add constraint "access_step_department_step_id_department_id_unique" unique ("step_id", "department_id");`,
    );

    this.addSql(
      `create table "access_request_dossier" ("id" serial primary key, "request_id" int not null, "dossier_id" int not null);`,
    );
    this.addSql(`create index "access_request_dossier_dossier_id_index" on "access_request_dossier" ("dossier_id");`);
    this.addSql(
      `alter table "access_request_dossier" add constraint "access_request_dossier_request_id_dossier_id_unique" unique ("request_id", "dossier_id");`,
    );

    this.addSql(
      `create table "access_grant" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" int not null, "grantee_id" int not null, "scopes" varchar(64) not null, "category_ids" varchar(1000) null, "granted_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by_id" int null, "revoke_reason" varchar(500) null, "relinquished" boolean not null, "expiry_notice_at" timestamptz null);`,
    );
    this.addSql(`alter table "access_grant" add constraint "access_grant_request_id_unique" unique ("request_id");`);
    this.addSql(
      `create index "access_grant_grantee_id_expires_at_index" on "access_grant" ("grantee_id", "expires_at");`,
    );

    this.addSql(
      `alter table "chain_template" add constraint "chain_template_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "chain_template_step" add constraint "chain_template_step_template_id_foreign" foreign key ("template_id") references "chain_template" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "access_request" add constraint "access_request_requester_id_foreign" foreign key ("requester_id") references "user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_request" add constraint "access_request_requester_organization_id_foreign" foreign key ("requester_organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_request" add constraint "access_request_purpose_id_foreign" foreign key ("purpose_id") references "access_purpose" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "access_step" add constraint "access_step_request_id_foreign" foreign key ("request_id") references "access_request" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "access_step_department" add constraint "access_step_department_step_id_foreign" foreign key ("step_id") references "access_step" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_step_department" add constraint "access_step_department_request_id_foreign" foreign key ("request_id") references "access_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_step_department" add constraint "access_step_department_department_id_foreign" foreign key ("department_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_step_department" add constraint "access_step_department_approver_id_foreign" foreign key ("approver_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "access_request_dossier" add constraint "access_request_dossier_request_id_foreign" foreign key ("request_id") references "access_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_request_dossier" add constraint "access_request_dossier_dossier_id_foreign" foreign key ("dossier_id") references "dossier" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "access_grant" add constraint "access_grant_request_id_foreign" foreign key ("request_id") references "access_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_grant" add constraint "access_grant_grantee_id_foreign" foreign key ("grantee_id") references "user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_grant" add constraint "access_grant_revoked_by_id_foreign" foreign key ("revoked_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_request" drop constraint "access_request_purpose_id_foreign";`);

    this.addSql(`alter table "chain_template_step" drop constraint "chain_template_step_template_id_foreign";`);

    this.addSql(`alter table "access_step" drop constraint "access_step_request_id_foreign";`);

    this.addSql(`alter table "access_step_department" drop constraint "access_step_department_request_id_foreign";`);

    this.addSql(`alter table "access_request_dossier" drop constraint "access_request_dossier_request_id_foreign";`);

    this.addSql(`alter table "access_grant" drop constraint "access_grant_request_id_foreign";`);

    this.addSql(`alter table "access_step_department" drop constraint "access_step_department_step_id_foreign";`);

    this.addSql(`drop table if exists "access_purpose" cascade;`);

    this.addSql(`drop table if exists "chain_template" cascade;`);

    this.addSql(`drop table if exists "chain_template_step" cascade;`);

    this.addSql(`drop table if exists "access_request" cascade;`);

    this.addSql(`drop table if exists "access_step" cascade;`);

    this.addSql(`drop table if exists "access_step_department" cascade;`);

    this.addSql(`drop table if exists "access_request_dossier" cascade;`);

    this.addSql(`drop table if exists "access_grant" cascade;`);
  }
}
