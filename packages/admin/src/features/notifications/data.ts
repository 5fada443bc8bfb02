import type { RouteLocationRaw } from 'vue-router';

/** How often the header asks for the unread count (besides on every navigation). */
export const UNREAD_POLL_MS = 60_000;

/** Where a notification leads: its subject (`AccessRequest:<id>`) as a route, or null. */
export function routeOfSubject(subject: string): RouteLocationRaw | null {
  const match = /^AccessRequest:(\d+)$/.exec(subject);
  return match ? { name: 'access-request', params: { id: match[1]! } } : null;
}

/** The badge's text: the count, capped so it stays small. */
export const badgeValue = (count: number): number | string => (count > 99 ? '99+' : count);
