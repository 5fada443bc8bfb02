import { RequestError } from '@/app/graphql';

/**
 * The form field a failed save is about, with the server's message: a BAD_USER_INPUT that names
 * a field belongs under that field, where the user can act on it. Null for any other failure.
 */
export function serverFieldError(error: unknown): { field: string; message: string } | null {
  if (!(error instanceof RequestError) || error.code !== 'BAD_USER_INPUT' || !error.field) return null;
  // The server may name the field by its path in the input (`input.code`); the form knows `code`.
  return { field: error.field.split('.').pop() ?? error.field, message: error.message };
}

/** A save was refused because someone else changed the record first (stale `version`). */
export function isConflict(error: unknown): boolean {
  return error instanceof RequestError && error.code === 'CONFLICT';
}
