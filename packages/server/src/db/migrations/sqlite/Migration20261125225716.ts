import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225716 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`access_purpose\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`requires_details\` integer not null, \`active\` integer not null, \`sort_order\` integer not null);`,
    );
    this.addSql(`create unique index \`access_purpose_code_unique\` on \`access_purpose\` (\`code\`);`);

    this.addSql(
      `create table \`chain_template\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`scope\` text check (\`scope\` in ('IDENTITY', 'MATERIALS', 'RESTRICTED')) not null, constraint \`chain_template_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`chain_template_organization_id_index\` on \`chain_template\` (\`organization_id\`);`);
    this.addSql(
      `create unique index \`chain_template_organization_id_scope_unique\` on \`chain_template\` (\`organization_id\`, \`scope\`);`,
    );

    this.addSql(
      `create table \`chain_template_step\` (\`id\` integer not null primary key autoincrement, \`template_id\` integer not null, \`position\` integer not null, \`mode\` text check (\`mode\` in ('ALL_OF', 'ANY_OF')) not null, \`department_ids\` text not null, \`time_limit_hours\` integer null, constraint \`chain_template_step_template_id_foreign\` foreign key(\`template_id\`) references \`chain_template\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`chain_template_step_template_id_index\` on \`chain_template_step\` (\`template_id\`);`);
    this.addSql(
      `create index \`chain_template_step_template_id_position_index\` on \`chain_template_step\` (\`template_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`access_request\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`number\` text not null, \`requester_id\` integer not null, \`requester_organization_id\` integer not null, \`organization_path\` text not null, \`scopes\` text not null, \`category_ids\` text null, \`purpose_id\` integer not null, \`purpose_details\` text null, \`justification\` text not null, \`justification_sha256\` text null, \`justification_file_name\` text null, \`duration_days\` integer not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')) not null, \`current_step\` integer null, \`filed_at\` datetime not null, \`closed_at\` datetime null, constraint \`access_request_requester_id_foreign\` foreign key(\`requester_id\`) references \`user\`(\`id\`) on update cascade, constraint \`access_request_requester_organization_id_foreign\` foreign key(\`requester_organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`access_request_purpose_id_foreign\` foreign key(\`purpose_id\`) references \`access_purpose\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`access_request_number_unique\` on \`access_request\` (\`number\`);`);
    this.addSql(`create index \`access_request_requester_id_index\` on \`access_request\` (\`requester_id\`);`);
    this.addSql(
      `create index \`access_request_requester_organization_id_index\` on \`access_request\` (\`requester_organization_id\`);`,
    );
    this.addSql(
      `create index \`access_request_organization_path_index\` on \`access_request\` (\`organization_path\`);`,
    );
    this.addSql(`create index \`access_request_purpose_id_index\` on \`access_request\` (\`purpose_id\`);`);
    this.addSql(
      `create index \`access_request_status_filed_at_index\` on \`access_request\` (\`status\`, \`filed_at\`);`,
    );
    this.addSql(
      `create index \`access_request_requester_id_status_index\` on \`access_request\` (\`requester_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`access_step\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`request_id\` integer not null, \`position\` integer not null, \`mode\` text check (\`mode\` in ('ALL_OF', 'ANY_OF')) not null, \`status\` text check (\`status\` in ('WAITING', 'PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')) not null, \`time_limit_hours\` integer null, \`started_at\` datetime null, \`due_at\` datetime null, \`completed_at\` datetime null, \`escalated_at\` datetime null, constraint \`access_step_request_id_foreign\` foreign key(\`request_id\`) references \`access_request\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`access_step_request_id_index\` on \`access_step\` (\`request_id\`);`);
    this.addSql(`create index \`access_step_status_due_at_index\` on \`access_step\` (\`status\`, \`due_at\`);`);
    this.addSql(
      `create unique index \`access_step_request_id_position_unique\` on \`access_step\` (\`request_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`access_step_department\` (\`id\` integer not null primary key autoincrement, \`step_id\` integer not null, \`request_id\` integer not null, \`department_id\` integer not null, \`decision\` text check (\`decision\` in ('PENDING', 'APPROVED', 'REJECTED', 'NOT_NEEDED')) not null, \`approver_id\` integer null, \`comment\` text null, \`decided_at\` datetime null, constraint \`access_step_department_step_id_foreign\` foreign key(\`step_id\`) references \`access_step\`(\`id\`) on update cascade, constraint \`access_step_department_request_id_foreign\` foreign key(\`request_id\`) references \`access_request\`(\`id\`) on update cascade, constraint \`access_step_department_department_id_foreign\` foreign key(\`department_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`access_step_department_approver_id_foreign\` foreign key(\`approver_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`access_step_department_step_id_index\` on \`access_step_department\` (\`step_id\`);`);
    this.addSql(
      `create index \`access_step_department_request_id_index\` on \`access_step_department\` (\`request_id\`);`,
    );
    this.addSql(
      `create index \`access_step_department_department_id_index\` on \`access_step_department\` (\`department_id\`);`,
    );
    this.addSql(
      `create index \`access_step_department_approver_id_index\` on \`access_step_department\` (\`approver_id\`);`,
    );
    this.addSql(
      `create index \`access_step_department_request_id_approver_id_index\` on \`access_step_department\` (\`request_id\`, \`approver_id\`);`,
    );
    this.addSql(
      `create index \`access_step_department_department_id_decision_index\` on \`access_step_department\` (\`department_id\`, \`decision\`);`,
    );
    this.addSql(
      `create unique index \`access_step_department_step_id_department_id_unique\` on \`access_step_department\` (\`step_id\`, \`department_id\`);`,
    );

    this.addSql(
      `create table \`access_request_dossier\` (\`id\` integer not null primary key autoincrement, \`request_id\` integer not null, \`dossier_id\` integer not null, constraint \`access_request_dossier_request_id_foreign\` foreign key(\`request_id\`) references \`access_request\`(\`id\`) on update cascade, constraint \`access_request_dossier_dossier_id_foreign\` foreign key(\`dossier_id\`) references \`dossier\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`access_request_dossier_request_id_index\` on \`access_request_dossier\` (\`request_id\`);`,
    );
    this.addSql(
      `create index \`access_request_dossier_dossier_id_index\` on \`access_request_dossier\` (\`dossier_id\`);`,
    );
    this.addSql(
      `create unique index \`access_request_dossier_request_id_dossier_id_unique\` on \`access_request_dossier\` (\`request_id\`, \`dossier_id\`);`,
    );

    this.addSql(
      `create table \`access_grant\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`request_id\` integer not null, \`grantee_id\` integer not null, \`scopes\` text not null, \`category_ids\` text null, \`granted_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`revoked_by_id\` integer null, \`revoke_reason\` text null, \`relinquished\` integer not null, \`expiry_notice_at\` datetime null, constraint \`access_grant_request_id_foreign\` foreign key(\`request_id\`) references \`access_request\`(\`id\`) on update cascade, constraint \`access_grant_grantee_id_foreign\` foreign key(\`grantee_id\`) references \`user\`(\`id\`) on update cascade, constraint \`access_grant_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`access_grant_request_id_unique\` on \`access_grant\` (\`request_id\`);`);
    this.addSql(`create index \`access_grant_grantee_id_index\` on \`access_grant\` (\`grantee_id\`);`);
    this.addSql(`create index \`access_grant_revoked_by_id_index\` on \`access_grant\` (\`revoked_by_id\`);`);
    this.addSql(
      `create index \`access_grant_grantee_id_expires_at_index\` on \`access_grant\` (\`grantee_id\`, \`expires_at\`);`,
    );
  }
}
