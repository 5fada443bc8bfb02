import { createHash } from 'node:crypto';
import { EntityMetadata, EntityName, EntityProperty, ReferenceKind } from '@mikro-orm/core';
import { EntityManager, Knex } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export type DatabaseRow = Record<string, unknown>;

interface DriverClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

interface PgConnection {
  query(query: { name: string; text: string; values: unknown[] }): Promise<{ rows: DatabaseRow[] }>;
}

interface SqliteDatabase {
  prepare(sql: string): { reader: boolean; all(...params: unknown[]): DatabaseRow[] };
}

const pgStatements = new Map<string, { name: string; text: string }>();
const sqliteStatements = new WeakMap<object, Map<string, ReturnType<SqliteDatabase['prepare']>>>();

/**
 * A statement for PostgreSQL: `?` placeholders as `$1, $2, …`, and a name derived from its text,
 * so each pooled connection parses and plans it once and then only binds values (planning cost
 * more than running the users page's statement).
 */
function pgStatement(sql: string): { name: string; text: string } {
  let statement = pgStatements.get(sql);
  if (!statement) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${(n += 1)}`);
    statement = { name: `lean_${createHash('sha1').update(text).digest('hex')}`, text };
    if (pgStatements.size < 1000) pgStatements.set(sql, statement);
  }
  return statement;
}

/** better-sqlite3 binds neither dates nor booleans: stored as MikroORM stores them. */
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;

function sqliteStatement(database: SqliteDatabase, sql: string) {
  let statements = sqliteStatements.get(database);
  if (!statements) sqliteStatements.set(database, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    statement = database.prepare(sql);
    if (!statement.reader) throw new Error('selectRows runs reads only');
    if (statements.size < 1000) statements.set(sql, statement);
  }
  return statement;
}

/**
 * Runs one read statement (`?` placeholders) and returns the rows as the driver gives them: no
 * entities, no identity map, no change-tracking snapshot (issue 7: hydrating whole entities
 * dominated the read path). It takes a connection of MikroORM's pool (the transaction's, inside
 * one) and hands the statement to the driver with bound parameters, past the query builder
 * layers whose cost exceeded the statement's own on small pages; statements are prepared once
 * (per pooled connection on PostgreSQL). The statement, without its parameters, is logged as
 * MikroORM logs its own, so statement counts and the query log see it; driver errors become
 * MikroORM's exceptions.
 */
export async function selectRows<R = DatabaseRow>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<R[]> {
  const connection = em.getConnection();
  const client = ((em.getTransactionContext() as Knex.Transaction | undefined) ?? connection.getKnex())
    .client as DriverClient;
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  const prepared = postgres ? pgStatement(sql) : null;
  // Logged as MikroORM logs its own statements: `$n` placeholders on PostgreSQL.
  const text = prepared?.text ?? sql;
  const started = Date.now();
  const driverConnection = await client.acquireConnection();
  let rows: DatabaseRow[];
  try {
    rows = prepared
      ? (await (driverConnection as PgConnection).query({ ...prepared, values: [...params] })).rows
      : sqliteStatement(driverConnection as SqliteDatabase, sql).all(...params.map(sqliteValue));
  } catch (error) {
    (connection as unknown as Loggable).logQuery(text, { took: Date.now() - started, level: 'error' });
    throw em
      .getPlatform()
      .getExceptionConverter()
      .convertException(error as Error);
  } finally {
    await client.releaseConnection(driverConnection);
  }
  (connection as unknown as Loggable).logQuery(text, { took: Date.now() - started, results: rows.length });
  return rows as R[];
}

/** The better-sqlite3 handle a SQLite write made at once runs on (sqliteAtOnce). */
export interface SqliteHandle {
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): unknown };
  transaction<T>(work: () => T): { immediate(): T };
}

/**
 * Runs `work` on SQLite's pooled connection without yielding to the event loop: a short write
 * (the sensitive-read entries) then holds the one connection for the time of its statements
 * rather than across the awaits of a MikroORM transaction, during which every other request's
 * reads queued (issue 9 point 13). `log` records a statement as MikroORM logs its own. Not for
 * use inside a transaction: it takes the connection from the pool.
 */
export async function sqliteAtOnce<T>(
  em: EntityManager,
  work: (database: SqliteHandle, log: (sql: string) => void) => T,
): Promise<T> {
  const connection = em.getConnection();
  const client = connection.getKnex().client as DriverClient;
  const log = (sql: string) => (connection as unknown as Loggable).logQuery(sql, { took: 0 });
  const database = (await client.acquireConnection()) as SqliteHandle;
  try {
    return work(database, log);
  } catch (error) {
    throw em
      .getPlatform()
      .getExceptionConverter()
      .convertException(error as Error);
  } finally {
    await client.releaseConnection(database);
  }
}

/** MikroORM's connection logs through this (protected in its typings). */
interface Loggable {
  logQuery(query: string, context: { took: number; results?: number; level?: 'error' }): void;
}

/** `?, ?, ?` for an `in (…)` list of `count` parameters. */
export const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

interface Column {
  property: string;
  /** The row key the select list gives it. */
  key: string;
  select: string;
  convert: (value: unknown) => unknown;
}

const asIs = (value: unknown) => value;
// SQLite keeps dates as epoch milliseconds and booleans as 0/1; PostgreSQL's driver converts both.
const asDate = (value: unknown) => (value == null || value instanceof Date ? value : new Date(value as number));
const asBoolean = (value: unknown) => (value == null ? value : Boolean(value));
const asReference = (value: unknown) => (value == null ? null : { id: value });

/**
 * Reads chosen properties of an entity straight from SQL rows into plain objects that carry the
 * entity's property names, so resolvers and field rules read them like entities: dates are
 * Dates, booleans booleans, a many-to-one relation is `{ id }`. Hidden properties (the password
 * hash) cannot be chosen.
 */
export class LeanProjection<T> {
  private readonly columns: Column[];
  private selectList: string | undefined;

  constructor(em: EntityManager, entity: EntityName<object>, properties: Iterable<string>, alias: string, prefix = '') {
    const meta = metadataOf(em, entity);
    const chosen = [...new Set(properties)];
    // Loaders and services make projections on every request: their columns are made once.
    let made = projectionColumns.get(meta);
    if (!made) projectionColumns.set(meta, (made = new Map()));
    // The quoting is part of the key: metadata could be shared by the ORMs of two dialects.
    const key = `${em.getPlatform().quoteIdentifier('q')}\u0000${alias}\u0000${prefix}\u0000${chosen.join(',')}`;
    let columns = made.get(key);
    if (!columns) {
      columns = projectionColumnsOf(em, meta, chosen, alias, prefix);
      if (made.size < 500) made.set(key, columns);
    }
    this.columns = columns;
  }

  /** The select list: `alias.column as "prefixProperty", …`. */
  get select(): string {
    return (this.selectList ??= this.columns.map((column) => column.select).join(', '));
  }

  read(row: DatabaseRow): T {
    const record: Record<string, unknown> = {};
    for (const { property, key, convert } of this.columns) record[property] = convert(row[key]);
    return record as T;
  }
}

/** Made columns by entity metadata (one per ORM, so per dialect) and projection. */
const projectionColumns = new WeakMap<EntityMetadata<Record<string, unknown>>, Map<string, Column[]>>();

function projectionColumnsOf(
  em: EntityManager,
  meta: EntityMetadata<Record<string, unknown>>,
  properties: string[],
  alias: string,
  prefix: string,
): Column[] {
  const platform = em.getPlatform();
  return properties.map((property) => {
    const prop = meta.properties[property];
    if (!prop || prop.hidden || prop.fieldNames?.length !== 1) {
      throw new Error(`${meta.className}.${property} cannot be read by a lean projection`);
    }
    if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE) {
      throw new Error(`${meta.className}.${property} is not a column`);
    }
    const convert =
      prop.kind === ReferenceKind.MANY_TO_ONE
        ? asReference
        : prop.runtimeType === 'Date'
          ? asDate
          : prop.runtimeType === 'boolean'
            ? asBoolean
            : asIs;
    const column = `${alias}.${platform.quoteIdentifier(prop.fieldNames[0])}`;
    const key = prefix + property;
    return { property, key, select: `${column} as ${platform.quoteIdentifier(key)}`, convert };
  });
}

const metadataOf = (em: EntityManager, entity: EntityName<object>) =>
  em.getMetadata().get(entity as string) as EntityMetadata<Record<string, unknown>>;

/** Every property of an entity that a lean projection may read: its columns, minus hidden ones. */
export function leanProperties(em: EntityManager, entity: EntityName<object>): string[] {
  const meta = metadataOf(em, entity);
  let properties = columnProperties.get(meta);
  if (!properties) columnProperties.set(meta, (properties = columnPropertiesOf(meta)));
  return [...properties];
}

const columnProperties = new WeakMap<EntityMetadata<Record<string, unknown>>, readonly string[]>();

function columnPropertiesOf(meta: EntityMetadata<Record<string, unknown>>): string[] {
  return Object.values<EntityProperty>(meta.properties)
    .filter(
      (prop) =>
        !prop.hidden &&
        prop.fieldNames?.length === 1 &&
        (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE),
    )
    .map((prop) => prop.name);
}

/**
 * The properties records need for a set of requested GraphQL fields of an entity's type: the
 * `always` ones, each field's own column or its `derived` columns, and every column when a
 * field is neither (a field resolved from other properties that this cannot know).
 */
export function propertiesFor(
  em: EntityManager,
  entity: EntityName<object>,
  fields: Iterable<string> | undefined,
  always: readonly string[],
  derived: Record<string, readonly string[]> = {},
): string[] {
  const columns = leanProperties(em, entity);
  if (!fields) return columns;
  const needed = new Set(always);
  for (const field of fields) {
    const properties = Object.hasOwn(derived, field)
      ? derived[field]
      : field === '__typename'
        ? []
        : columns.includes(field)
          ? [field]
          : null;
    if (!properties) return columns;
    for (const property of properties) needed.add(property);
  }
  return [...needed];
}
