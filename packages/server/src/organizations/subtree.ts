/**
 * The one way to filter a subtree by `path` (issue 7: subtree filters must use an index).
 *
 * `path LIKE '/A/%'` scans on both dialects: SQLite's LIKE is case-insensitive, so it cannot use
 * the (binary) index on `path`, and PostgreSQL uses a b-tree for LIKE only under the "C"
 * collation. A subtree is instead the range `prefix <= path < successor(prefix)`, which both
 * use the index for: SQLite compares text bytewise, and on PostgreSQL `organization.path` has
 * the "C" collation (migration PathCollationC). `test/subtree.test.ts` reads the query plans.
 */

/**
 * The smallest string above every string that starts with `prefix`: the prefix with its last
 * character incremented. Paths end with `/`, so `/A/` becomes `/A0`.
 */
export function successor(prefix: string): string {
  if (!prefix) throw new Error('a subtree needs a non-empty path prefix');
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** The bounds of the paths inside the subtree rooted at `path` (itself included). */
export function subtreeRange(path: string): { from: string; to: string } {
  return { from: path, to: successor(path) };
}

/** A MikroORM condition on a `path` property: `{ path: inSubtree(root) }`. */
export function inSubtree(path: string): { $gte: string; $lt: string } {
  const { from, to } = subtreeRange(path);
  return { $gte: from, $lt: to };
}

/** The same condition as SQL on a column (`o.path`), with its two parameters. */
export function subtreeSql(column: string, path: string): { sql: string; params: [string, string] } {
  const { from, to } = subtreeRange(path);
  return { sql: `(${column} >= ? and ${column} < ?)`, params: [from, to] };
}
