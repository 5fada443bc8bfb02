/**
 * Masks an identifying string, keeping just enough to recognise it
 * (requirements §4: `3703**********1234`).
 */
export function maskIdentifier(value: string): string {
  if (value.includes('@')) return maskEmail(value);
  // Too short to show any part without giving most of it away.
  if (value.length < 9) return '*'.repeat(value.length);
  const keepStart = value.length >= 15 ? 4 : 3;
  const keepEnd = 4;
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

function maskEmail(value: string): string {
  const [local, domain] = value.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
