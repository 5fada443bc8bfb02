import { raw } from '@mikro-orm/core';
import { badInput } from './errors';

/**
 * Search text is literal (issue 7): `%`, `_` and `\` in what a person typed match themselves.
 * Each is escaped with `\`, named as the escape character explicitly because SQLite has no
 * default one (PostgreSQL's default happens to be `\`). The conditions are values of MikroORM's
 * `$like`, so they work in any where-clause on both dialects:
 * `{ username: containsFilter(text) }`.
 */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const likeWithEscape = (pattern: string): string => raw(`? escape '\\'`, [pattern]);

/** Values containing `text` anywhere. */
export const containsFilter = (text: string) => ({ $like: likeWithEscape(`%${escapeLike(text)}%`) });

/** Values starting with `text`. */
export const prefixFilter = (text: string) => ({ $like: likeWithEscape(`${escapeLike(text)}%`) });

/** Longest free text a filter accepts: enough for any name, short enough to stay a cheap pattern. */
export const MAX_SEARCH_LENGTH = 100;

/** Trimmed search text, or null when blank; over-long text is BAD_USER_INPUT on `field`. */
export function searchText(field: string, value: string | null | undefined, max = MAX_SEARCH_LENGTH): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (trimmed.length > max) throw badInput(field, 'common.tooLong', { max });
  return trimmed;
}
