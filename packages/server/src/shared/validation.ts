import { badInput } from './errors';

/** Trimmed text that must be present and at most `max` characters; BAD_USER_INPUT on `field` otherwise. */
export function requiredText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'common.required');
  if (trimmed.length > max) throw badInput(field, 'common.tooLong', { max });
  return trimmed;
}
