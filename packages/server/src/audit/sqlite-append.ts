import { EntityManager } from '@mikro-orm/knex';
import { SqliteHandle, sqliteAtOnce } from '../shared/lean-rows';
import { AuditEntry } from './audit-entry.entity';
import { AuthoredAuditEvent, CHAIN_HEAD_SQL, ChainHead, chainedRows } from './audit.service';

type AuditRow = ReturnType<typeof chainedRows>[number];

/** The entry's properties in column order; their columns come from the entity's metadata. */
const PROPERTIES = [
  'id',
  'at',
  'actorId',
  'actor',
  'action',
  'target',
  'targetLabel',
  'organizationPath',
  'details',
  'requestId',
  'prevHash',
  'hash',
] as const satisfies readonly (keyof AuditRow)[];

type Statement = ReturnType<SqliteHandle['prepare']>;
const statements = new WeakMap<SqliteHandle, { head: Statement; insert: Statement }>();

function insertSql(em: EntityManager): string {
  const meta = em.getMetadata().get(AuditEntry.name);
  const columns = PROPERTIES.map((property) => `"${meta.properties[property].fieldNames[0]}"`);
  return `insert into audit_entry (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
}

/**
 * appendAuthoredEntries for SQLite in one synchronous transaction (BEGIN IMMEDIATE: the write
 * lock first, which with the single connection is what the chain lock is on PostgreSQL): the
 * head is read, the rows hashed on from it and inserted, and the transaction commits before any
 * other request runs. The same rows as the MikroORM path (dates as epoch milliseconds).
 */
export function appendAuthoredEntriesAtOnce(em: EntityManager, entries: AuthoredAuditEvent[]): Promise<void> {
  const sql = insertSql(em);
  return sqliteAtOnce(em, (database, log) => {
    let prepared = statements.get(database);
    if (!prepared) {
      prepared = { head: database.prepare(CHAIN_HEAD_SQL), insert: database.prepare(sql) };
      statements.set(database, prepared);
    }
    const { head, insert } = prepared;
    database
      .transaction(() => {
        log('begin immediate');
        log(CHAIN_HEAD_SQL);
        const rows = chainedRows(head.get() as ChainHead | undefined, entries, new Date());
        for (const row of rows) {
          log(sql);
          insert.run(...PROPERTIES.map((property) => (property === 'at' ? row.at.getTime() : row[property])));
        }
        log('commit');
      })
      .immediate();
  });
}
