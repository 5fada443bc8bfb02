import { Migration } from '@mikro-orm/migrations';

/**
 * Nothing to do on SQLite: text already compares bytewise. Listed so both dialects name the same
 * migrations (the PostgreSQL one sets collation "C" on `access_request.organization_path`).
 */
export class Migration20261125231500 extends Migration {
  override async up(): Promise<void> {}
}
