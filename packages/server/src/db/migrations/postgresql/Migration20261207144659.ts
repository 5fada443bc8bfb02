import { Migration } from '@mikro-orm/migrations';

/** Archive staff (issue 11): staff, qualifications, posts, assignments, contracts, training, assessments, exchanges, rotation plans. */
export class Migration20261207144659 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "post" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "title" varchar(100) not null, "region" varchar(50) not null, "required_qualification" varchar(50) null, "max_tenure_months" int not null, "min_staff" int not null, "max_staff" int not null);`,
    );
    this.addSql(`create index "post_organization_id_index" on "post" ("organization_id");`);

    this.addSql(
      `create table "training_course" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "title" varchar(100) not null, "kind" text check ("kind" in ('PRE_POST', 'IN_POST', 'CHANGE_OF_POST', 'SPECIAL')) not null, "mode" text check ("mode" in ('THEORY', 'PRACTICE')) not null, "professional" boolean not null, "hours" double precision not null);`,
    );
    this.addSql(`create index "training_course_organization_id_index" on "training_course" ("organization_id");`);

    this.addSql(
      `create table "training_session" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" int not null, "date" varchar(10) not null, "place" varchar(100) not null, "trainer" varchar(50) not null);`,
    );
    this.addSql(`create index "training_session_course_id_index" on "training_session" ("course_id");`);
    this.addSql(`create index "training_session_date_index" on "training_session" ("date");`);

    this.addSql(
      `create table "staff_member" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(50) not null, "organization_id" int not null, "region" varchar(50) not null, "status" text check ("status" in ('ACTIVE', 'ON_EXCHANGE', 'LEFT')) not null, "birth_date" varchar(10) not null, "retirement_date" varchar(10) not null, "hire_date" varchar(10) not null, "left_on" varchar(10) null, "user_id" int null, "flagged_for_removal" boolean not null, "failed_periods" varchar(200) null, "flagged_at" timestamptz null);`,
    );
    this.addSql(`create index "staff_member_name_index" on "staff_member" ("name");`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "staff_member_flagged_for_removal_index" on "staff_member" ("flagged_for_removal");`);
    this.addSql(
      `create index "staff_member_organization_id_status_index" on "staff_member" ("organization_id", "status");`,
    );

    this.addSql(
      `create table "training_attendance" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" int not null, "staff_member_id" int not null, "hours" double precision not null, "result" text check ("result" in ('PASSED', 'FAILED', 'ABSENT')) not null);`,
    );
    this.addSql(
      `create index "training_attendance_staff_member_id_index" on "training_attendance" ("staff_member_id");`,
    );
    this.addSql(
      `alter table "training_attendance" add constraint "training_attendance_session_id_staff_member_id_unique" unique ("session_id", "staff_member_id");`,
    );

    this.addSql(
      `create table "staff_preference" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "post_id" int not null, "weight" int not null);`,
    );
    this.addSql(`create index "staff_preference_post_id_index" on "staff_preference" ("post_id");`);
    this.addSql(
      `alter table "staff_preference" add constraint "staff_preference_staff_member_id_post_id_unique" unique ("staff_member_id", "post_id");`,
    );

    this.addSql(
      `create table "qualification" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "code" varchar(50) not null, "name" varchar(100) not null, "certificate_number" varchar(50) null, "issued_on" varchar(10) not null, "expires_on" varchar(10) null);`,
    );
    this.addSql(`create index "qualification_staff_member_id_index" on "qualification" ("staff_member_id");`);
    this.addSql(`create index "qualification_expires_on_index" on "qualification" ("expires_on");`);

    this.addSql(
      `create table "exchange" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "home_organization_id" int not null, "host_organization_id" int not null, "region_list" varchar(200) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "topic" varchar(200) not null, "outcome_report" text null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')) not null);`,
    );
    this.addSql(`create index "exchange_staff_member_id_index" on "exchange" ("staff_member_id");`);
    this.addSql(`create index "exchange_home_organization_id_index" on "exchange" ("home_organization_id");`);

    this.addSql(
      `create table "contract" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "probation_end_date" varchar(10) null, "duties" text not null, "obligations" text not null, "attachment_sha256" varchar(64) null);`,
    );
    this.addSql(`create index "contract_staff_member_id_index" on "contract" ("staff_member_id");`);
    this.addSql(`create index "contract_end_date_index" on "contract" ("end_date");`);

    this.addSql(
      `create table "assignment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "post_id" int not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "rotation_plan_id" int null);`,
    );
    this.addSql(
      `create index "assignment_staff_member_id_start_date_index" on "assignment" ("staff_member_id", "start_date");`,
    );
    this.addSql(`create index "assignment_post_id_end_date_index" on "assignment" ("post_id", "end_date");`);

    this.addSql(
      `create table "rotation_plan" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "status" text check ("status" in ('DRAFT', 'REVIEWED', 'PUBLISHED')) not null, "start_date" varchar(10) not null, "months" int not null, "score_hard" double precision not null, "score_medium" double precision not null, "score_soft" double precision not null, "breakdown" text not null, "violations" text not null, "created_by_id" int null, "reviewed_by_id" int null, "reviewed_at" timestamptz null, "published_by_id" int null, "published_at" timestamptz null);`,
    );
    this.addSql(`create index "rotation_plan_organization_id_index" on "rotation_plan" ("organization_id");`);

    this.addSql(
      `create table "rotation_plan_assignment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "plan_id" int not null, "staff_member_id" int not null, "post_id" int not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null);`,
    );
    this.addSql(`create index "rotation_plan_assignment_plan_id_index" on "rotation_plan_assignment" ("plan_id");`);

    this.addSql(
      `create table "removal_decision" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "outcome" text check ("outcome" in ('KEEP', 'REMOVE')) not null, "improvement_plan" text null, "failed_periods" varchar(200) not null, "last_period" varchar(10) not null, "decided_by_id" int not null, "decided_at" timestamptz not null);`,
    );
    this.addSql(`create index "removal_decision_staff_member_id_index" on "removal_decision" ("staff_member_id");`);

    this.addSql(
      `create table "assessment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_member_id" int not null, "period" varchar(10) not null, "score" double precision not null, "grade" text check ("grade" in ('EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL')) not null, "passed" boolean not null, "comment" text null, "assessor_id" int not null, "assessed_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_assessor_id_index" on "assessment" ("assessor_id");`);
    this.addSql(
      `alter table "assessment" add constraint "assessment_staff_member_id_period_unique" unique ("staff_member_id", "period");`,
    );

    this.addSql(
      `alter table "post" add constraint "post_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "training_course" add constraint "training_course_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "training_session" add constraint "training_session_course_id_foreign" foreign key ("course_id") references "training_course" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "staff_member" add constraint "staff_member_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "staff_member" add constraint "staff_member_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "training_attendance" add constraint "training_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "training_attendance" add constraint "training_attendance_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "staff_preference" add constraint "staff_preference_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "staff_preference" add constraint "staff_preference_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "qualification" add constraint "qualification_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "exchange" add constraint "exchange_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "exchange" add constraint "exchange_home_organization_id_foreign" foreign key ("home_organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "exchange" add constraint "exchange_host_organization_id_foreign" foreign key ("host_organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "contract" add constraint "contract_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "contract" add constraint "contract_attachment_sha256_foreign" foreign key ("attachment_sha256") references "stored_file" ("sha256") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "assignment" add constraint "assignment_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assignment" add constraint "assignment_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "rotation_plan" add constraint "rotation_plan_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rotation_plan" add constraint "rotation_plan_created_by_id_foreign" foreign key ("created_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "rotation_plan" add constraint "rotation_plan_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "rotation_plan" add constraint "rotation_plan_published_by_id_foreign" foreign key ("published_by_id") references "user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "rotation_plan_assignment" add constraint "rotation_plan_assignment_plan_id_foreign" foreign key ("plan_id") references "rotation_plan" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rotation_plan_assignment" add constraint "rotation_plan_assignment_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rotation_plan_assignment" add constraint "rotation_plan_assignment_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "removal_decision" add constraint "removal_decision_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "removal_decision" add constraint "removal_decision_decided_by_id_foreign" foreign key ("decided_by_id") references "user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "assessment" add constraint "assessment_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "assessment" add constraint "assessment_assessor_id_foreign" foreign key ("assessor_id") references "user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staff_preference" drop constraint "staff_preference_post_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_post_id_foreign";`);

    this.addSql(`alter table "rotation_plan_assignment" drop constraint "rotation_plan_assignment_post_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_course_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_session_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_staff_member_id_foreign";`);

    this.addSql(`alter table "staff_preference" drop constraint "staff_preference_staff_member_id_foreign";`);

    this.addSql(`alter table "qualification" drop constraint "qualification_staff_member_id_foreign";`);

    this.addSql(`alter table "exchange" drop constraint "exchange_staff_member_id_foreign";`);

    this.addSql(`alter table "contract" drop constraint "contract_staff_member_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_staff_member_id_foreign";`);

    this.addSql(
      `alter table "rotation_plan_assignment" drop constraint "rotation_plan_assignment_staff_member_id_foreign";`,
    );

    this.addSql(`alter table "removal_decision" drop constraint "removal_decision_staff_member_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_staff_member_id_foreign";`);

    this.addSql(`alter table "rotation_plan_assignment" drop constraint "rotation_plan_assignment_plan_id_foreign";`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "training_course" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "staff_member" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);

    this.addSql(`drop table if exists "staff_preference" cascade;`);

    this.addSql(`drop table if exists "qualification" cascade;`);

    this.addSql(`drop table if exists "exchange" cascade;`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`drop table if exists "assignment" cascade;`);

    this.addSql(`drop table if exists "rotation_plan" cascade;`);

    this.addSql(`drop table if exists "rotation_plan_assignment" cascade;`);

    this.addSql(`drop table if exists "removal_decision" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);
  }
}
