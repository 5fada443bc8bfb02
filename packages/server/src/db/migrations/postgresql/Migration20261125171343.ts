import { Migration } from '@mikro-orm/migrations';

/**
 * Paths compare bytewise (collation "C"), so a subtree is an index range scan
 * (organizations/subtree.ts). Under the database's default collation a b-tree serves neither
 * `LIKE 'prefix%'` nor the byte-order range. Changing the collation rebuilds the path indexes.
 */
export class Migration20261125171343 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" alter column "path" type text collate "C";`);
    this.addSql(`alter table "audit_entry" alter column "organization_path" type text collate "C";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" alter column "path" type text collate "default";`);
    this.addSql(`alter table "audit_entry" alter column "organization_path" type text collate "default";`);
  }
}
