import { notifyError, RequestError } from '@/app/graphql';

/**
 * Shows a failed save where the user can act on it: a BAD_USER_INPUT naming one of the form's
 * fields goes under that field (bind `fieldErrors[prop]` to el-form-item's `error`), anything
 * else becomes the usual toast. Pass `silent: true` to the request that produced the error.
 */
export function showSaveError(error: unknown, fieldErrors: Record<string, string>): void {
  if (error instanceof RequestError && error.code === 'BAD_USER_INPUT' && error.field) {
    // The server may name the field by its path in the input (`input.code`); the form knows `code`.
    const field = error.field.split('.').pop() ?? error.field;
    if (field in fieldErrors) {
      fieldErrors[field] = error.message;
      return;
    }
  }
  notifyError(error);
}

/** Clears server-side field errors before the next attempt. */
export function clearFieldErrors(fieldErrors: Record<string, string>): void {
  for (const key of Object.keys(fieldErrors)) fieldErrors[key] = '';
}

/** A save was refused because someone else changed the record first (stale `version`). */
export function isConflict(error: unknown): boolean {
  return error instanceof RequestError && error.code === 'CONFLICT';
}
