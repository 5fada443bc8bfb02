import { badInput } from './errors';

/**
 * The largest primary key: every id column is PostgreSQL's `integer` (SQLite's is wider, but
 * both dialects must answer alike). A larger id cannot name a row; asked of PostgreSQL it
 * fails the statement instead ("out of range for type integer", once a 500).
 */
export const MAX_ID = 2_147_483_647;

/** GraphQL IDs are decimal strings of the integer primary key. */
export function parseId(value: string | number, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID || String(id) !== String(value).trim()) {
    throw badInput(field, 'common.invalidId');
  }
  return id;
}
