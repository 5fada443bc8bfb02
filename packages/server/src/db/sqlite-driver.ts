import { Configuration, Dictionary } from '@mikro-orm/core';
import {
  AbstractSqlConnection,
  AbstractSqlDriver,
  BetterSqliteConnection,
  BetterSqlitePlatform,
  BetterSqliteSchemaHelper,
  CheckDef,
  Transaction,
} from '@mikro-orm/better-sqlite';

/**
 * MikroORM 6.6.16 reads back only the first and last value of a SQLite enum check constraint
 * (`type in ('A', 'B', 'C')` → `['A', 'C']`; fixed upstream by mikro-orm#8139, not yet released
 * for 6.x). Schema diffing then wants to rebuild `organization` right after the migrations ran,
 * and `pnpm migration:create` would ship that rebuild as a spurious SQLite migration. This reads
 * every quoted value. Drop this file once MikroORM is upgraded past the fix.
 */
class SqliteSchemaHelper extends BetterSqliteSchemaHelper {
  override async getEnumDefinitions(
    connection: AbstractSqlConnection,
    checks: CheckDef[],
    tableName: string,
    schemaName: string,
    ctx?: Transaction,
  ): Promise<Dictionary<string[]>> {
    const definitions = await super.getEnumDefinitions(connection, checks, tableName, schemaName, ctx);
    const table = await connection.execute<{ sql: string }>(
      'select sql from sqlite_master where type = ? and name = ?',
      ['table', tableName],
      'get',
      ctx,
    );
    const enumCheck =
      /[`["']([^`\]"']+)[`\]"'] text check \([`["']?[^`\]"'\s]+[`\]"']? in \(((?:\s*'(?:[^']|'')*'\s*,?)+)\)\)/gi;
    for (const [, column, list] of table.sql.matchAll(enumCheck)) {
      definitions[column] = [...list.matchAll(/'((?:[^']|'')*)'/g)].map(([, value]) => value.replace(/''/g, "'"));
    }
    return definitions;
  }
}

class SqlitePlatform extends BetterSqlitePlatform {
  protected override readonly schemaHelper: SqliteSchemaHelper = new SqliteSchemaHelper(this);
}

/** better-sqlite3 driver with the enum introspection fix above; otherwise MikroORM's own. */
export class SqliteDriver extends AbstractSqlDriver<BetterSqliteConnection> {
  constructor(config: Configuration) {
    super(config, new SqlitePlatform(), BetterSqliteConnection, ['knex', 'better-sqlite3']);
  }
}
