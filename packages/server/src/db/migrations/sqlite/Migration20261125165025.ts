import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165025 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_entry\` add column \`target_label\` text null;`);
    this.addSql(`alter table \`audit_entry\` add column \`organization_path\` text null;`);
    this.addSql(`create index \`audit_entry_organization_path_index\` on \`audit_entry\` (\`organization_path\`);`);
  }
}
