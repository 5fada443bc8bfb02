/**
 * Masks an identifying string, keeping just enough to recognise it
 * (requirements §4: `3703**********1234`).
 */
export function maskIdentifier(value: string): string {
  if (value.includes('@')) return maskEmail(value);
  const keepStart = value.length >= 15 ? 4 : value.length >= 7 ? 3 : 1;
  const keepEnd = value.length >= 7 ? 4 : 1;
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

function maskEmail(value: string): string {
  const [local, domain] = value.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
