import { Migration } from '@mikro-orm/migrations';

export class Migration20261125204725 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`material_file\` (\`id\` integer not null primary key autoincrement, \`material_id\` integer not null, \`sha256\` text not null, \`file_name\` text not null, \`pages\` integer null, \`added_by_id\` integer null, \`added_at\` datetime not null, constraint \`material_file_material_id_foreign\` foreign key(\`material_id\`) references \`material\`(\`id\`) on update cascade, constraint \`material_file_sha256_foreign\` foreign key(\`sha256\`) references \`stored_file\`(\`sha256\`) on update cascade, constraint \`material_file_added_by_id_foreign\` foreign key(\`added_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`material_file_material_id_index\` on \`material_file\` (\`material_id\`);`);
    this.addSql(`create index \`material_file_sha256_index\` on \`material_file\` (\`sha256\`);`);
    this.addSql(`create index \`material_file_added_by_id_index\` on \`material_file\` (\`added_by_id\`);`);
    this.addSql(`create index \`material_file_material_id_id_index\` on \`material_file\` (\`material_id\`, \`id\`);`);
  }
}
