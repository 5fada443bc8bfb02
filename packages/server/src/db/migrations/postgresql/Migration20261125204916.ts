import { Migration } from '@mikro-orm/migrations';

export class Migration20261125204916 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "dossier_review" ("id" serial primary key, "dossier_id" int not null, "reviewed_by_id" int not null, "reviewed_at" timestamptz not null, "findings" text not null, "next_review_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "dossier_review_dossier_id_reviewed_at_index" on "dossier_review" ("dossier_id", "reviewed_at");`,
    );

    this.addSql(
      `create table "disposal_batch" ("id" serial primary key, "custodian_id" int not null, "decided_by_id" int not null, "decided_at" timestamptz not null, "decided_on" varchar(10) not null, "method" text check ("method" in ('DESTROYED', 'RETURNED', 'TRANSFERRED')) not null, "decision_note" text not null, "material_ids" jsonb not null);`,
    );
    this.addSql(`create index "disposal_batch_custodian_id_index" on "disposal_batch" ("custodian_id");`);

    this.addSql(
      `alter table "dossier_review" add constraint "dossier_review_dossier_id_foreign" foreign key ("dossier_id") references "dossier" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "dossier_review" add constraint "dossier_review_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "disposal_batch" add constraint "disposal_batch_custodian_id_foreign" foreign key ("custodian_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disposal_batch" add constraint "disposal_batch_decided_by_id_foreign" foreign key ("decided_by_id") references "user" ("id") on update cascade;`,
    );

    this.addSql(`alter table "material" drop constraint if exists "material_status_check";`);

    this.addSql(
      `alter table "dossier" add column "overdue_explanation" text null, add column "promised_completion_on" varchar(10) null, add column "explained_at" timestamptz null, add column "escalated_at" timestamptz null, add column "review_interval_months" int not null default 12, add column "last_reviewed_at" timestamptz null, add column "next_review_at" timestamptz null;`,
    );
    this.addSql(`create index "dossier_next_review_at_index" on "dossier" ("next_review_at");`);

    this.addSql(
      `alter table "material" add constraint "material_status_check" check("status" in ('CURRENT', 'SUPERSEDED', 'INVALIDATED', 'DISPOSED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dossier_review" cascade;`);

    this.addSql(`drop table if exists "disposal_batch" cascade;`);

    this.addSql(`alter table "material" drop constraint if exists "material_status_check";`);

    this.addSql(`drop index "dossier_next_review_at_index";`);
    this.addSql(
      `alter table "dossier" drop column "overdue_explanation", drop column "promised_completion_on", drop column "explained_at", drop column "escalated_at", drop column "review_interval_months", drop column "last_reviewed_at", drop column "next_review_at";`,
    );

    this.addSql(
      `alter table "material" add constraint "material_status_check" check("status" in ('CURRENT', 'SUPERSEDED', 'INVALIDATED'));`,
    );
  }
}
