import { badInput } from './errors';

/** GraphQL IDs are decimal strings of the integer primary key. */
export function parseId(value: string | number, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== String(value).trim()) {
    throw badInput(field, 'common.invalidId');
  }
  return id;
}
