import { RequestError } from '@/app/graphql';

/**
 * The form field a failed save is about, with the server's message: a BAD_USER_INPUT that names
 * a field belongs under that field, where the user can act on it. Null for any other failure.
 */
export function serverFieldError(error: unknown): { field: string; path: string; message: string } | null {
  if (!(error instanceof RequestError) || error.code !== 'BAD_USER_INPUT' || !error.field) return null;
  // The server may name the field by its path in the input (`input.code`); the form knows `code`.
  // A field of a list item (`relatives.0.name`) keeps its whole `path` for forms that edit lists.
  return { field: error.field.split('.').pop() ?? error.field, path: error.field, message: error.message };
}

/** A save was refused because someone else changed the record first (stale `version`). */
export function isConflict(error: unknown): boolean {
  return error instanceof RequestError && error.code === 'CONFLICT';
}

/**
 * What `submit` resolves to when the form holds nothing new: FormDialog then just closes, with
 * no request sent and no "saved" message.
 */
export const UNCHANGED = Symbol('unchanged');

/**
 * The fields of `current` that differ from `initial` (arrays compared item by item), so an edit
 * sends only what the user changed. That is what keeps a masked value (`138****5678`) the form
 * was shown from ever being sent back: left alone, it is simply not in the result (style.md).
 * Compare normalised values (trimmed, blank as null) on both sides.
 */
export function changedFields<T extends object>(initial: T, current: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(current) as (keyof T)[]) {
    if (!sameValue(initial[key], current[key])) changed[key] = current[key];
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  return Object.is(a, b);
}
