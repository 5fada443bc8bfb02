// The session token lives in localStorage so a reload or a new tab keeps the user signed in;
// the server decides when it expires.
const STORAGE_KEY = 'dangan.token';

export function readToken(): string | null {
  return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
}

export function saveToken(token: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, token);
}

export function clearToken(): void {
  globalThis.localStorage?.removeItem(STORAGE_KEY);
}
