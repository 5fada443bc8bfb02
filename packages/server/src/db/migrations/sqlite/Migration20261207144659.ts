import { Migration } from '@mikro-orm/migrations';

/** Archive staff (issue 11): staff, qualifications, posts, assignments, contracts, training, assessments, exchanges, rotation plans. */
export class Migration20261207144659 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`post\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`title\` text not null, \`region\` text not null, \`required_qualification\` text null, \`max_tenure_months\` integer not null, \`min_staff\` integer not null, \`max_staff\` integer not null, constraint \`post_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`post_organization_id_index\` on \`post\` (\`organization_id\`);`);

    this.addSql(
      `create table \`training_course\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`title\` text not null, \`kind\` text check (\`kind\` in ('PRE_POST', 'IN_POST', 'CHANGE_OF_POST', 'SPECIAL')) not null, \`mode\` text check (\`mode\` in ('THEORY', 'PRACTICE')) not null, \`professional\` integer not null, \`hours\` double not null, constraint \`training_course_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`training_course_organization_id_index\` on \`training_course\` (\`organization_id\`);`);

    this.addSql(
      `create table \`training_session\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` integer not null, \`date\` text not null, \`place\` text not null, \`trainer\` text not null, constraint \`training_session_course_id_foreign\` foreign key(\`course_id\`) references \`training_course\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`training_session_course_id_index\` on \`training_session\` (\`course_id\`);`);
    this.addSql(`create index \`training_session_date_index\` on \`training_session\` (\`date\`);`);

    this.addSql(
      `create table \`staff_member\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`organization_id\` integer not null, \`region\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'ON_EXCHANGE', 'LEFT')) not null, \`birth_date\` text not null, \`retirement_date\` text not null, \`hire_date\` text not null, \`left_on\` text null, \`user_id\` integer null, \`flagged_for_removal\` integer not null, \`failed_periods\` text null, \`flagged_at\` datetime null, constraint \`staff_member_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`staff_member_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`staff_member_name_index\` on \`staff_member\` (\`name\`);`);
    this.addSql(`create index \`staff_member_organization_id_index\` on \`staff_member\` (\`organization_id\`);`);
    this.addSql(`create index \`staff_member_user_id_index\` on \`staff_member\` (\`user_id\`);`);
    this.addSql(`create unique index \`staff_member_user_id_unique\` on \`staff_member\` (\`user_id\`);`);
    this.addSql(
      `create index \`staff_member_flagged_for_removal_index\` on \`staff_member\` (\`flagged_for_removal\`);`,
    );
    this.addSql(
      `create index \`staff_member_organization_id_status_index\` on \`staff_member\` (\`organization_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`training_attendance\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` integer not null, \`staff_member_id\` integer not null, \`hours\` double not null, \`result\` text check (\`result\` in ('PASSED', 'FAILED', 'ABSENT')) not null, constraint \`training_attendance_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on update cascade, constraint \`training_attendance_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`training_attendance_session_id_index\` on \`training_attendance\` (\`session_id\`);`);
    this.addSql(
      `create index \`training_attendance_staff_member_id_index\` on \`training_attendance\` (\`staff_member_id\`);`,
    );
    this.addSql(
      `create unique index \`training_attendance_session_id_staff_member_id_unique\` on \`training_attendance\` (\`session_id\`, \`staff_member_id\`);`,
    );

    this.addSql(
      `create table \`staff_preference\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`post_id\` integer not null, \`weight\` integer not null, constraint \`staff_preference_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`staff_preference_post_id_foreign\` foreign key(\`post_id\`) references \`post\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`staff_preference_staff_member_id_index\` on \`staff_preference\` (\`staff_member_id\`);`,
    );
    this.addSql(`create index \`staff_preference_post_id_index\` on \`staff_preference\` (\`post_id\`);`);
    this.addSql(
      `create unique index \`staff_preference_staff_member_id_post_id_unique\` on \`staff_preference\` (\`staff_member_id\`, \`post_id\`);`,
    );

    this.addSql(
      `create table \`qualification\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`code\` text not null, \`name\` text not null, \`certificate_number\` text null, \`issued_on\` text not null, \`expires_on\` text null, constraint \`qualification_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`qualification_staff_member_id_index\` on \`qualification\` (\`staff_member_id\`);`);
    this.addSql(`create index \`qualification_expires_on_index\` on \`qualification\` (\`expires_on\`);`);

    this.addSql(
      `create table \`exchange\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`home_organization_id\` integer not null, \`host_organization_id\` integer not null, \`region_list\` text not null, \`start_date\` text not null, \`end_date\` text not null, \`topic\` text not null, \`outcome_report\` text null, \`status\` text check (\`status\` in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null, constraint \`exchange_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`exchange_home_organization_id_foreign\` foreign key(\`home_organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`exchange_host_organization_id_foreign\` foreign key(\`host_organization_id\`) references \`organization\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`exchange_staff_member_id_index\` on \`exchange\` (\`staff_member_id\`);`);
    this.addSql(`create index \`exchange_home_organization_id_index\` on \`exchange\` (\`home_organization_id\`);`);
    this.addSql(`create index \`exchange_host_organization_id_index\` on \`exchange\` (\`host_organization_id\`);`);

    this.addSql(
      `create table \`contract\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`start_date\` text not null, \`end_date\` text not null, \`probation_end_date\` text null, \`duties\` text not null, \`obligations\` text not null, \`attachment_sha256\` text null, constraint \`contract_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`contract_attachment_sha256_foreign\` foreign key(\`attachment_sha256\`) references \`stored_file\`(\`sha256\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`contract_staff_member_id_index\` on \`contract\` (\`staff_member_id\`);`);
    this.addSql(`create index \`contract_end_date_index\` on \`contract\` (\`end_date\`);`);
    this.addSql(`create index \`contract_attachment_sha256_index\` on \`contract\` (\`attachment_sha256\`);`);

    this.addSql(
      `create table \`assignment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`post_id\` integer not null, \`start_date\` text not null, \`end_date\` text null, \`rotation_plan_id\` integer null, constraint \`assignment_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`assignment_post_id_foreign\` foreign key(\`post_id\`) references \`post\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`assignment_staff_member_id_index\` on \`assignment\` (\`staff_member_id\`);`);
    this.addSql(`create index \`assignment_post_id_index\` on \`assignment\` (\`post_id\`);`);
    this.addSql(
      `create index \`assignment_staff_member_id_start_date_index\` on \`assignment\` (\`staff_member_id\`, \`start_date\`);`,
    );
    this.addSql(`create index \`assignment_post_id_end_date_index\` on \`assignment\` (\`post_id\`, \`end_date\`);`);

    this.addSql(
      `create table \`rotation_plan\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`status\` text check (\`status\` in ('DRAFT', 'REVIEWED', 'PUBLISHED')) not null, \`start_date\` text not null, \`months\` integer not null, \`score_hard\` double not null, \`score_medium\` double not null, \`score_soft\` double not null, \`breakdown\` text not null, \`violations\` text not null, \`created_by_id\` integer null, \`reviewed_by_id\` integer null, \`reviewed_at\` datetime null, \`published_by_id\` integer null, \`published_at\` datetime null, constraint \`rotation_plan_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`rotation_plan_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, constraint \`rotation_plan_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade, constraint \`rotation_plan_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`rotation_plan_organization_id_index\` on \`rotation_plan\` (\`organization_id\`);`);
    this.addSql(`create index \`rotation_plan_created_by_id_index\` on \`rotation_plan\` (\`created_by_id\`);`);
    this.addSql(`create index \`rotation_plan_reviewed_by_id_index\` on \`rotation_plan\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`rotation_plan_published_by_id_index\` on \`rotation_plan\` (\`published_by_id\`);`);

    this.addSql(
      `create table \`rotation_plan_assignment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`plan_id\` integer not null, \`staff_member_id\` integer not null, \`post_id\` integer not null, \`start_date\` text not null, \`end_date\` text not null, constraint \`rotation_plan_assignment_plan_id_foreign\` foreign key(\`plan_id\`) references \`rotation_plan\`(\`id\`) on update cascade, constraint \`rotation_plan_assignment_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`rotation_plan_assignment_post_id_foreign\` foreign key(\`post_id\`) references \`post\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`rotation_plan_assignment_plan_id_index\` on \`rotation_plan_assignment\` (\`plan_id\`);`,
    );
    this.addSql(
      `create index \`rotation_plan_assignment_staff_member_id_index\` on \`rotation_plan_assignment\` (\`staff_member_id\`);`,
    );
    this.addSql(
      `create index \`rotation_plan_assignment_post_id_index\` on \`rotation_plan_assignment\` (\`post_id\`);`,
    );

    this.addSql(
      `create table \`removal_decision\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`outcome\` text check (\`outcome\` in ('KEEP', 'REMOVE')) not null, \`improvement_plan\` text null, \`failed_periods\` text not null, \`last_period\` text not null, \`decided_by_id\` integer not null, \`decided_at\` datetime not null, constraint \`removal_decision_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`removal_decision_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`user\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`removal_decision_staff_member_id_index\` on \`removal_decision\` (\`staff_member_id\`);`,
    );
    this.addSql(`create index \`removal_decision_decided_by_id_index\` on \`removal_decision\` (\`decided_by_id\`);`);

    this.addSql(
      `create table \`assessment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_member_id\` integer not null, \`period\` text not null, \`score\` double not null, \`grade\` text check (\`grade\` in ('EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL')) not null, \`passed\` integer not null, \`comment\` text null, \`assessor_id\` integer not null, \`assessed_at\` datetime not null, constraint \`assessment_staff_member_id_foreign\` foreign key(\`staff_member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`assessment_assessor_id_foreign\` foreign key(\`assessor_id\`) references \`user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`assessment_staff_member_id_index\` on \`assessment\` (\`staff_member_id\`);`);
    this.addSql(`create index \`assessment_assessor_id_index\` on \`assessment\` (\`assessor_id\`);`);
    this.addSql(
      `create unique index \`assessment_staff_member_id_period_unique\` on \`assessment\` (\`staff_member_id\`, \`period\`);`,
    );
  }
}
