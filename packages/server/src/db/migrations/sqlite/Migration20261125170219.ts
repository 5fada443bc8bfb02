import { Migration } from '@mikro-orm/migrations';

/**
 * PostgreSQL's migration of this name makes audit_entry append-only with a trigger. SQLite gets
 * none on purpose: it has no users or privileges, so whoever can reach the file can drop a
 * trigger as easily as a row; there the signed checkpoints outside the database are the guard.
 * Its plain index already serves subtree reads (a range over byte-ordered text).
 */
export class Migration20261125170219 extends Migration {
  override async up(): Promise<void> {
    // Nothing to change on SQLite; the migration exists so both dialects list the same names.
  }
}
