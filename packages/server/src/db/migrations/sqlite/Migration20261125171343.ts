import { Migration } from '@mikro-orm/migrations';

/**
 * Nothing to do on SQLite: text columns already compare bytewise (BINARY), so the subtree range
 * of organizations/subtree.ts uses the path index as it is. Listed so both dialects name the
 * same migrations (the PostgreSQL one sets collation "C" on the path columns).
 */
export class Migration20261125171343 extends Migration {
  override async up(): Promise<void> {}
}
