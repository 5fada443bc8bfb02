/** What masks are made of; nothing a person types as a phone number or e-mail address contains it. */
export const MASK_CHARACTER = '*';

/**
 * Whether a value carries a mask: one a client was shown masked and sent back would replace the
 * real value with stars, so inputs of identifying fields refuse it (issue 8, point 5).
 */
export function looksMasked(value: string): boolean {
  return value.includes(MASK_CHARACTER);
}

/**
 * Masks an identifying string, keeping just enough to recognise it
 * (requirements §4: `3703**********1234`).
 */
export function maskIdentifier(value: string): string {
  if (value.includes('@')) return maskEmail(value);
  // Too short to show any part without giving most of it away.
  if (value.length < 9) return MASK_CHARACTER.repeat(value.length);
  const keepStart = value.length >= 15 ? 4 : 3;
  const keepEnd = 4;
  return value.slice(0, keepStart) + MASK_CHARACTER.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

function maskEmail(value: string): string {
  const [local, domain] = value.split('@');
  return `${local.slice(0, 1)}${MASK_CHARACTER.repeat(3)}@${domain}`;
}
