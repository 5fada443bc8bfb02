import { Migration } from '@mikro-orm/migrations';

export class Migration20261125204916 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`dossier_review\` (\`id\` integer not null primary key autoincrement, \`dossier_id\` integer not null, \`reviewed_by_id\` integer not null, \`reviewed_at\` datetime not null, \`findings\` text not null, \`next_review_at\` datetime not null, constraint \`dossier_review_dossier_id_foreign\` foreign key(\`dossier_id\`) references \`dossier\`(\`id\`) on update cascade, constraint \`dossier_review_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`dossier_review_dossier_id_index\` on \`dossier_review\` (\`dossier_id\`);`);
    this.addSql(`create index \`dossier_review_reviewed_by_id_index\` on \`dossier_review\` (\`reviewed_by_id\`);`);
    this.addSql(
      `create index \`dossier_review_dossier_id_reviewed_at_index\` on \`dossier_review\` (\`dossier_id\`, \`reviewed_at\`);`,
    );

    this.addSql(
      `create table \`disposal_batch\` (\`id\` integer not null primary key autoincrement, \`custodian_id\` integer not null, \`decided_by_id\` integer not null, \`decided_at\` datetime not null, \`decided_on\` text not null, \`method\` text check (\`method\` in ('DESTROYED', 'RETURNED', 'TRANSFERRED')) not null, \`decision_note\` text not null, \`material_ids\` json not null, constraint \`disposal_batch_custodian_id_foreign\` foreign key(\`custodian_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`disposal_batch_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`disposal_batch_custodian_id_index\` on \`disposal_batch\` (\`custodian_id\`);`);
    this.addSql(`create index \`disposal_batch_decided_by_id_index\` on \`disposal_batch\` (\`decided_by_id\`);`);

    this.addSql(`alter table \`dossier\` add column \`overdue_explanation\` text null;`);
    this.addSql(`alter table \`dossier\` add column \`promised_completion_on\` text null;`);
    this.addSql(`alter table \`dossier\` add column \`explained_at\` datetime null;`);
    this.addSql(`alter table \`dossier\` add column \`escalated_at\` datetime null;`);
    this.addSql(`alter table \`dossier\` add column \`review_interval_months\` integer not null default 12;`);
    this.addSql(`alter table \`dossier\` add column \`last_reviewed_at\` datetime null;`);
    this.addSql(`alter table \`dossier\` add column \`next_review_at\` datetime null;`);
    this.addSql(`create index \`dossier_next_review_at_index\` on \`dossier\` (\`next_review_at\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`material__temp_alter\` (\`id\` integer not null primary key autoincrement, \`dossier_id\` integer not null, \`category_id\` integer not null, \`lineage\` text not null, \`version\` integer not null, \`status\` text check (\`status\` in ('CURRENT', 'SUPERSEDED', 'INVALIDATED', 'DISPOSED')) not null, \`title\` text not null, \`formed_on\` text not null, \`received_on\` text not null, \`pages\` integer null, \`notes\` text null, \`content\` text null, \`sha256\` text null, \`late_filing\` integer not null, \`invalidation_reason\` text null, \`invalidated_at\` datetime null, \`invalidated_by_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`material_dossier_id_foreign\` foreign key(\`dossier_id\`) references \`dossier\`(\`id\`) on update cascade, constraint \`material_category_id_foreign\` foreign key(\`category_id\`) references \`material_category\`(\`id\`) on update cascade, constraint \`material_invalidated_by_id_foreign\` foreign key(\`invalidated_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, constraint \`material_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `insert into \`material__temp_alter\` select \`id\`, \`dossier_id\`, \`category_id\`, \`lineage\`, \`version\`, \`status\`, \`title\`, \`formed_on\`, \`received_on\`, \`pages\`, \`notes\`, \`content\`, \`sha256\`, \`late_filing\`, \`invalidation_reason\`, \`invalidated_at\`, \`invalidated_by_id\`, \`created_by_id\`, \`created_at\` from \`material\`;`,
    );
    this.addSql(`drop table \`material\`;`);
    this.addSql(`alter table \`material__temp_alter\` rename to \`material\`;`);
    this.addSql(`create index \`material_dossier_id_index\` on \`material\` (\`dossier_id\`);`);
    this.addSql(`create index \`material_category_id_index\` on \`material\` (\`category_id\`);`);
    this.addSql(`create index \`material_lineage_index\` on \`material\` (\`lineage\`);`);
    this.addSql(`create index \`material_invalidated_by_id_index\` on \`material\` (\`invalidated_by_id\`);`);
    this.addSql(`create index \`material_created_by_id_index\` on \`material\` (\`created_by_id\`);`);
    this.addSql(`create index \`material_dossier_id_status_index\` on \`material\` (\`dossier_id\`, \`status\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
