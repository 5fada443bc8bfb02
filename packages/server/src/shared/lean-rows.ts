import { EntityMetadata, EntityName, EntityProperty, ReferenceKind } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';

export type DatabaseRow = Record<string, unknown>;

/**
 * Runs one read statement and returns the rows as the driver gives them: no entities, no
 * identity map, no change-tracking snapshot (issue 7: hydrating whole entities dominated the
 * read path). It goes through MikroORM's connection, so statement logging and counting see it,
 * and joins the transaction of `em` when there is one.
 */
export function selectRows<R = DatabaseRow>(em: EntityManager, sql: string, params: readonly unknown[] = []) {
  return em.getConnection().execute<R[]>(sql, [...params], 'all', em.getTransactionContext());
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

  constructor(em: EntityManager, entity: EntityName<object>, properties: Iterable<string>, alias: string, prefix = '') {
    const meta = metadataOf(em, entity);
    const platform = em.getPlatform();
    this.columns = [...new Set(properties)].map((property) => {
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

  /** The select list: `alias.column as "prefixProperty", …`. */
  get select(): string {
    return this.columns.map((column) => column.select).join(', ');
  }

  read(row: DatabaseRow): T {
    const record: Record<string, unknown> = {};
    for (const { property, key, convert } of this.columns) record[property] = convert(row[key]);
    return record as T;
  }
}

const metadataOf = (em: EntityManager, entity: EntityName<object>) =>
  em.getMetadata().get(entity as string) as EntityMetadata<Record<string, unknown>>;

/** Every property of an entity that a lean projection may read: its columns, minus hidden ones. */
export function leanProperties(em: EntityManager, entity: EntityName<object>): string[] {
  return Object.values<EntityProperty>(metadataOf(em, entity).properties)
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
