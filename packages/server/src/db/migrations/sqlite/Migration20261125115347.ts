import { Migration } from '@mikro-orm/migrations';

export class Migration20261125115347 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_entry\` (\`id\` integer not null, \`at\` datetime not null, \`actor_id\` integer null, \`actor\` text not null, \`action\` text not null, \`target\` text null, \`details\` text null, \`request_id\` text null, \`prev_hash\` text not null, \`hash\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_index\` on \`audit_entry\` (\`actor\`);`);
    this.addSql(`create index \`audit_entry_target_index\` on \`audit_entry\` (\`target\`);`);
    this.addSql(`create index \`audit_entry_action_at_index\` on \`audit_entry\` (\`action\`, \`at\`);`);

    this.addSql(
      `create table \`login_attempt\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`at\` datetime not null, \`succeeded\` integer not null, \`ip\` text null);`,
    );
    this.addSql(`create index \`login_attempt_username_at_index\` on \`login_attempt\` (\`username\`, \`at\`);`);

    this.addSql(
      `create table \`organization\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`type\` text check (\`type\` in ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'DEPARTMENT', 'ARCHIVE_OFFICE')) not null, \`parent_id\` integer null, \`path\` text not null, \`active\` integer not null, constraint \`organization_parent_id_foreign\` foreign key(\`parent_id\`) references \`organization\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`organization_code_unique\` on \`organization\` (\`code\`);`);
    this.addSql(`create index \`organization_parent_id_index\` on \`organization\` (\`parent_id\`);`);
    this.addSql(`create index \`organization_path_index\` on \`organization\` (\`path\`);`);

    this.addSql(
      `create table \`user\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`username\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`role_list\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'DISABLED')) not null, \`organization_id\` integer not null, \`phone\` text null, \`email\` text null, \`last_login_at\` datetime null, constraint \`user_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`user_username_unique\` on \`user\` (\`username\`);`);
    this.addSql(`create index \`user_status_index\` on \`user\` (\`status\`);`);
    this.addSql(`create index \`user_organization_id_index\` on \`user\` (\`organization_id\`);`);

    this.addSql(
      `create table \`session\` (\`id\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
    this.addSql(`create index \`session_expires_at_index\` on \`session\` (\`expires_at\`);`);
  }
}
