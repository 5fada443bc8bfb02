import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165025 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "audit_entry" add column "target_label" varchar(200) null, add column "organization_path" text null;`,
    );
    this.addSql(`create index "audit_entry_organization_path_index" on "audit_entry" ("organization_path");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_organization_path_index";`);
    this.addSql(`alter table "audit_entry" drop column "target_label", drop column "organization_path";`);
  }
}
