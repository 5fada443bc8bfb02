import { EntityManager, Knex } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * Bulk loading for generated data (`pnpm seed:scale`): many rows per statement, straight to the
 * driver inside a transaction, past MikroORM's unit of work (which costs more per row than the
 * row itself at a million rows). PostgreSQL gets one `insert … select * from unnest($1::t[], …)`
 * per few thousand rows — one array parameter per column, so the statement is planned once and
 * is as fast as COPY here; SQLite gets prepared multi-row `values` statements. Dates and booleans
 * are stored as MikroORM stores them (SQLite: epoch milliseconds and 0/1).
 *
 * Nothing here validates: callers write rows that the application's own rules would accept.
 */
export interface BulkWriter {
  readonly dialect: 'sqlite' | 'postgresql';
  /**
   * Inserts `rows` (values in the order of `columns`) into `table`; returns the `returning`
   * columns of every row inserted (in no promised order), or nothing when none are asked for.
   */
  insert(table: string, columns: readonly string[], rows: unknown[][], returning?: readonly string[]): Promise<Row[]>;
  /** A plain statement (DDL, `analyze`); `?` placeholders. */
  run(sql: string, params?: unknown[]): Promise<Row[]>;
}

type Row = Record<string, unknown>;

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
}

interface SqliteStatement {
  reader: boolean;
  all(...params: unknown[]): Row[];
  run(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}

/** Rows per PostgreSQL statement: arrays of this length per column. */
const PG_ROWS = 5000;
/** SQLite binds at most 32 766 parameters per statement. */
const SQLITE_PARAMETERS = 32_000;

const quote = (name: string) => `"${name}"`;
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : (value ?? null);

/** Runs `work` in one transaction of `em` with a writer on the transaction's own connection. */
export async function bulkTransaction<T>(em: EntityManager, work: (writer: BulkWriter) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const client = (tx.getTransactionContext() as Knex.Transaction).client as {
      acquireConnection(): Promise<unknown>;
      releaseConnection(connection: unknown): Promise<unknown>;
    };
    const connection = await client.acquireConnection();
    try {
      const writer =
        tx.getPlatform() instanceof PostgreSqlPlatform
          ? postgresWriter(connection as PgConnection)
          : sqliteWriter(connection as SqliteDatabase);
      return await work(writer);
    } finally {
      await client.releaseConnection(connection);
    }
  });
}

/** Column types of each table, read once per process: `unnest` needs typed arrays. */
const pgColumnTypes = new Map<string, Map<string, string>>();

async function columnTypes(connection: PgConnection, table: string): Promise<Map<string, string>> {
  let types = pgColumnTypes.get(table);
  if (!types) {
    const { rows } = await connection.query(
      `select column_name, udt_name from information_schema.columns
        where table_schema = current_schema() and table_name = $1`,
      [table],
    );
    types = new Map(rows.map((row) => [String(row.column_name), String(row.udt_name)]));
    pgColumnTypes.set(table, types);
  }
  return types;
}

function postgresWriter(connection: PgConnection): BulkWriter {
  return {
    dialect: 'postgresql',
    async insert(table, columns, rows, returning = []) {
      const types = await columnTypes(connection, table);
      const arrays = columns.map((column, i) => {
        const type = types.get(column);
        if (!type) throw new Error(`${table}.${column} is not a column`);
        return `$${i + 1}::${type}[]`;
      });
      const text =
        `insert into ${quote(table)} (${columns.map(quote).join(', ')}) select * from unnest(${arrays.join(', ')})` +
        (returning.length ? ` returning ${returning.map(quote).join(', ')}` : '');
      const result: Row[] = [];
      for (let start = 0; start < rows.length; start += PG_ROWS) {
        const chunk = rows.slice(start, start + PG_ROWS);
        const values = columns.map((_, i) => chunk.map((row) => row[i] ?? null));
        const answer = await connection.query(text, values);
        if (returning.length) result.push(...answer.rows);
      }
      return result;
    },
    async run(sql, params = []) {
      let n = 0;
      return (
        await connection.query(
          sql.replace(/\?/g, () => `$${(n += 1)}`),
          params,
        )
      ).rows;
    },
  };
}

function sqliteWriter(database: SqliteDatabase): BulkWriter {
  const statements = new Map<string, SqliteStatement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = database.prepare(sql)));
    return statement;
  };
  return {
    dialect: 'sqlite',
    async insert(table, columns, rows, returning = []) {
      const perStatement = Math.max(1, Math.min(500, Math.floor(SQLITE_PARAMETERS / columns.length)));
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      const result: Row[] = [];
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        const sql =
          `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${Array(chunk.length).fill(tuple).join(', ')}` +
          (returning.length ? ` returning ${returning.map(quote).join(', ')}` : '');
        const params = chunk.flatMap((row) => columns.map((_, i) => sqliteValue(row[i])));
        const statement = prepared(sql);
        if (returning.length) result.push(...statement.all(...params));
        else statement.run(...params);
      }
      return result;
    },
    async run(sql, params = []) {
      const statement = prepared(sql);
      const values = params.map(sqliteValue);
      if (statement.reader) return statement.all(...values);
      statement.run(...values);
      return [];
    },
  };
}
