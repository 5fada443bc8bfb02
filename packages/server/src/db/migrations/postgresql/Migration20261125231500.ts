import { Migration } from '@mikro-orm/migrations';

/**
 * Access requests are seen by overseers of the subtree their requester filed from: the
 * organisation path compares bytewise (collation "C") so that subtree is an index range, as on
 * `organization.path` (PathCollationC). Rebuilds the path index.
 */
export class Migration20261125231500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "access_request" alter column "organization_path" type varchar(1000) collate "C";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "access_request" alter column "organization_path" type varchar(1000) collate "default";`);
  }
}
