import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail is append-only in the database itself (issue 7 §5): UPDATE, DELETE and
 * TRUNCATE of audit_entry are refused. Whoever owns the table can still disable the trigger;
 * the signed checkpoints outside the database catch what they then change.
 *
 * Audit reads are bounded by `organization_path LIKE '/ROOT/BRANCH/%'`; PostgreSQL answers a
 * prefix LIKE from an index only in the C collation or with text_pattern_ops, so the index on
 * the column is rebuilt with that operator class (same name and column, as the entity declares).
 */
export class Migration20261125170219 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "audit_entry_refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;`);
    this.addSql(`create trigger "audit_entry_append_only" before update or delete on "audit_entry"
  for each row execute function "audit_entry_refuse_change"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry"
  for each statement execute function "audit_entry_refuse_change"();`);
    this.addSql(`drop index "audit_entry_organization_path_index";`);
    this.addSql(
      `create index "audit_entry_organization_path_index" on "audit_entry" ("organization_path" text_pattern_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_organization_path_index";`);
    this.addSql(`create index "audit_entry_organization_path_index" on "audit_entry" ("organization_path");`);
    this.addSql(`drop trigger "audit_entry_no_truncate" on "audit_entry";`);
    this.addSql(`drop trigger "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function "audit_entry_refuse_change"();`);
  }
}
