import { Migration } from '@mikro-orm/migrations';

export class Migration20261125203550 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "material_category" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name_zh" varchar(100) not null, "name_en" varchar(200) not null, "required_from" text check ("required_from" in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL')) null, "sensitivity" text check ("sensitivity" in ('NORMAL', 'RESTRICTED')) not null, "filing_limit_months" int not null, "sort_order" int not null, "active" boolean not null);`,
    );
    this.addSql(`alter table "material_category" add constraint "material_category_code_unique" unique ("code");`);

    this.addSql(
      `create table "member" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "ethnicity" varchar(20) not null, "birth_date" varchar(10) not null, "id_number_encrypted" text not null, "id_number_index" varchar(64) not null, "phone_encrypted" text null, "address_encrypted" text null, "education" varchar(50) null, "work_unit" varchar(100) null, "post" varchar(50) null, "application_date" varchar(10) null, "activist_date" varchar(10) null, "development_target_date" varchar(10) null, "probationary_date" varchar(10) null, "full_membership_date" varchar(10) null, "status_date" varchar(10) null, "membership_status" text check ("membership_status" in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'RETIRED', 'TRANSFERRED_OUT', 'DECEASED')) not null, "stage" text check ("stage" in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL')) not null, "organization_id" int not null, "user_id" int null);`,
    );
    this.addSql(`create index "member_name_index" on "member" ("name");`);
    this.addSql(`alter table "member" add constraint "member_id_number_index_unique" unique ("id_number_index");`);
    this.addSql(`create index "member_membership_status_index" on "member" ("membership_status");`);
    this.addSql(`alter table "member" add constraint "member_user_id_unique" unique ("user_id");`);
    this.addSql(
      `create index "member_organization_id_membership_status_index" on "member" ("organization_id", "membership_status");`,
    );

    this.addSql(
      `create table "member_relative" ("id" serial primary key, "member_id" int not null, "kind" text check ("kind" in ('FAMILY', 'SOCIAL')) not null, "name" varchar(50) not null, "relation" varchar(20) not null, "work_unit" varchar(100) null, "id_number_encrypted" text null, "sort_order" int not null);`,
    );
    this.addSql(`create index "member_relative_member_id_index" on "member_relative" ("member_id");`);

    this.addSql(
      `create table "dossier" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" int not null, "custodian_id" int not null, "archivist_id" int not null, "status" text check ("status" in ('ESTABLISHING', 'COMPLETE', 'IN_TRANSIT', 'RETIRED_COLLECTION', 'CLOSED')) not null, "completion_deadline" timestamptz not null, "completed_at" timestamptz null);`,
    );
    this.addSql(`alter table "dossier" add constraint "dossier_member_id_unique" unique ("member_id");`);
    this.addSql(`create index "dossier_archivist_id_index" on "dossier" ("archivist_id");`);
    this.addSql(
      `create index "dossier_status_completion_deadline_index" on "dossier" ("status", "completion_deadline");`,
    );
    this.addSql(`create index "dossier_custodian_id_status_index" on "dossier" ("custodian_id", "status");`);

    this.addSql(
      `create table "material" ("id" serial primary key, "dossier_id" int not null, "category_id" int not null, "lineage" varchar(36) not null, "version" int not null, "status" text check ("status" in ('CURRENT', 'SUPERSEDED', 'INVALIDATED')) not null, "title" varchar(200) not null, "formed_on" varchar(10) not null, "received_on" varchar(10) not null, "pages" int null, "notes" text null, "content" text null, "sha256" varchar(64) null, "late_filing" boolean not null, "invalidation_reason" text null, "invalidated_at" timestamptz null, "invalidated_by_id" int null, "created_by_id" int null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "material_category_id_index" on "material" ("category_id");`);
    this.addSql(`create index "material_lineage_index" on "material" ("lineage");`);
    this.addSql(`create index "material_dossier_id_status_index" on "material" ("dossier_id", "status");`);

    this.addSql(
      `alter table "member" add constraint "member_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "member" add constraint "member_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "member_relative" add constraint "member_relative_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "dossier" add constraint "dossier_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "dossier" add constraint "dossier_custodian_id_foreign" foreign key ("custodian_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "dossier" add constraint "dossier_archivist_id_foreign" foreign key ("archivist_id") references "user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "material" add constraint "material_dossier_id_foreign" foreign key ("dossier_id") references "dossier" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "material" add constraint "material_category_id_foreign" foreign key ("category_id") references "material_category" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "material" add constraint "material_invalidated_by_id_foreign" foreign key ("invalidated_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "material" add constraint "material_created_by_id_foreign" foreign key ("created_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "material" drop constraint "material_category_id_foreign";`);

    this.addSql(`alter table "member_relative" drop constraint "member_relative_member_id_foreign";`);

    this.addSql(`alter table "dossier" drop constraint "dossier_member_id_foreign";`);

    this.addSql(`alter table "material" drop constraint "material_dossier_id_foreign";`);

    this.addSql(`drop table if exists "material_category" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "member_relative" cascade;`);

    this.addSql(`drop table if exists "dossier" cascade;`);

    this.addSql(`drop table if exists "material" cascade;`);
  }
}
