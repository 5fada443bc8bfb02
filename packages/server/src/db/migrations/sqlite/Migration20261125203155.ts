import { Migration } from '@mikro-orm/migrations';

/** Attachments (issue 9 §6). */
export class Migration20261125203155 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`integrity_incident\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('FILE_CHECKSUM_MISMATCH', 'FILE_MISSING')) not null, \`subject\` text not null, \`detected_at\` datetime not null, \`details\` text null, \`resolved\` integer not null default false, \`organization_path\` text null);`,
    );
    this.addSql(
      `create index \`integrity_incident_organization_path_index\` on \`integrity_incident\` (\`organization_path\`);`,
    );
    this.addSql(
      `create index \`integrity_incident_resolved_id_index\` on \`integrity_incident\` (\`resolved\`, \`id\`);`,
    );

    this.addSql(
      `create table \`stored_file\` (\`sha256\` text not null, \`size\` integer not null, \`content_type\` text not null, \`created_at\` datetime not null, \`created_by_id\` integer null, constraint \`stored_file_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, primary key (\`sha256\`));`,
    );
    this.addSql(`create index \`stored_file_created_by_id_index\` on \`stored_file\` (\`created_by_id\`);`);
  }
}
