import { Migration } from '@mikro-orm/migrations';

export class Migration20261125203550 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`material_category\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`required_from\` text check (\`required_from\` in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL')) null, \`sensitivity\` text check (\`sensitivity\` in ('NORMAL', 'RESTRICTED')) not null, \`filing_limit_months\` integer not null, \`sort_order\` integer not null, \`active\` integer not null);`,
    );
    this.addSql(`create unique index \`material_category_code_unique\` on \`material_category\` (\`code\`);`);

    this.addSql(
      `create table \`member\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) not null, \`ethnicity\` text not null, \`birth_date\` text not null, \`id_number_encrypted\` text not null, \`id_number_index\` text not null, \`phone_encrypted\` text null, \`address_encrypted\` text null, \`education\` text null, \`work_unit\` text null, \`post\` text null, \`application_date\` text null, \`activist_date\` text null, \`development_target_date\` text null, \`probationary_date\` text null, \`full_membership_date\` text null, \`status_date\` text null, \`membership_status\` text check (\`membership_status\` in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'RETIRED', 'TRANSFERRED_OUT', 'DECEASED')) not null, \`stage\` text check (\`stage\` in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL')) not null, \`organization_id\` integer not null, \`user_id\` integer null, constraint \`member_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`member_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`member_name_index\` on \`member\` (\`name\`);`);
    this.addSql(`create unique index \`member_id_number_index_unique\` on \`member\` (\`id_number_index\`);`);
    this.addSql(`create index \`member_membership_status_index\` on \`member\` (\`membership_status\`);`);
    this.addSql(`create index \`member_organization_id_index\` on \`member\` (\`organization_id\`);`);
    this.addSql(`create index \`member_user_id_index\` on \`member\` (\`user_id\`);`);
    this.addSql(`create unique index \`member_user_id_unique\` on \`member\` (\`user_id\`);`);
    this.addSql(
      `create index \`member_organization_id_membership_status_index\` on \`member\` (\`organization_id\`, \`membership_status\`);`,
    );

    this.addSql(
      `create table \`member_relative\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`kind\` text check (\`kind\` in ('FAMILY', 'SOCIAL')) not null, \`name\` text not null, \`relation\` text not null, \`work_unit\` text null, \`id_number_encrypted\` text null, \`sort_order\` integer not null, constraint \`member_relative_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`member_relative_member_id_index\` on \`member_relative\` (\`member_id\`);`);

    this.addSql(
      `create table \`dossier\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`member_id\` integer not null, \`custodian_id\` integer not null, \`archivist_id\` integer not null, \`status\` text check (\`status\` in ('ESTABLISHING', 'COMPLETE', 'IN_TRANSIT', 'RETIRED_COLLECTION', 'CLOSED')) not null, \`completion_deadline\` datetime not null, \`completed_at\` datetime null, constraint \`dossier_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade, constraint \`dossier_custodian_id_foreign\` foreign key(\`custodian_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`dossier_archivist_id_foreign\` foreign key(\`archivist_id\`) references \`user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`dossier_member_id_index\` on \`dossier\` (\`member_id\`);`);
    this.addSql(`create unique index \`dossier_member_id_unique\` on \`dossier\` (\`member_id\`);`);
    this.addSql(`create index \`dossier_custodian_id_index\` on \`dossier\` (\`custodian_id\`);`);
    this.addSql(`create index \`dossier_archivist_id_index\` on \`dossier\` (\`archivist_id\`);`);
    this.addSql(
      `create index \`dossier_status_completion_deadline_index\` on \`dossier\` (\`status\`, \`completion_deadline\`);`,
    );
    this.addSql(`create index \`dossier_custodian_id_status_index\` on \`dossier\` (\`custodian_id\`, \`status\`);`);

    this.addSql(
      `create table \`material\` (\`id\` integer not null primary key autoincrement, \`dossier_id\` integer not null, \`category_id\` integer not null, \`lineage\` text not null, \`version\` integer not null, \`status\` text check (\`status\` in ('CURRENT', 'SUPERSEDED', 'INVALIDATED')) not null, \`title\` text not null, \`formed_on\` text not null, \`received_on\` text not null, \`pages\` integer null, \`notes\` text null, \`content\` text null, \`sha256\` text null, \`late_filing\` integer not null, \`invalidation_reason\` text null, \`invalidated_at\` datetime null, \`invalidated_by_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`material_dossier_id_foreign\` foreign key(\`dossier_id\`) references \`dossier\`(\`id\`) on update cascade, constraint \`material_category_id_foreign\` foreign key(\`category_id\`) references \`material_category\`(\`id\`) on update cascade, constraint \`material_invalidated_by_id_foreign\` foreign key(\`invalidated_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, constraint \`material_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`material_dossier_id_index\` on \`material\` (\`dossier_id\`);`);
    this.addSql(`create index \`material_category_id_index\` on \`material\` (\`category_id\`);`);
    this.addSql(`create index \`material_lineage_index\` on \`material\` (\`lineage\`);`);
    this.addSql(`create index \`material_invalidated_by_id_index\` on \`material\` (\`invalidated_by_id\`);`);
    this.addSql(`create index \`material_created_by_id_index\` on \`material\` (\`created_by_id\`);`);
    this.addSql(`create index \`material_dossier_id_status_index\` on \`material\` (\`dossier_id\`, \`status\`);`);
  }
}
