import { createHmac, timingSafeEqual } from 'node:crypto';
import { FileOwner, ownerKey, parseOwner } from './file-owners';

/**
 * Signed download URLs (issue 9 §6): an `<img src>` or `<iframe src>` cannot send the Bearer
 * header, so the SPA asks `fileDownloadUrl` for a short-lived URL instead. The signature binds
 * the file, the owner it is read through, the caller's session and the expiry; redeeming it
 * needs that session still live and asks the owner's authoriser again, so signing out or losing
 * access ends it before it expires.
 */
export const DOWNLOAD_URL_TTL_SECONDS = 300;

export interface DownloadClaim {
  sha256: string;
  owner: FileOwner;
  sessionId: string;
  /** Unix seconds. */
  expiresAt: number;
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A key of its own, derived from the server secret: a URL signature can never pass for a token's. */
const keyOf = (secret: string) => createHmac('sha256', secret).update('dangan/file-download-url/v1').digest();

function signatureOf(claim: DownloadClaim, secret: string): string {
  const text = [claim.sha256, ownerKey(claim.owner), claim.sessionId, claim.expiresAt].join('\n');
  return createHmac('sha256', keyOf(secret)).update(text).digest('base64url');
}

export function signedDownloadPath(claim: DownloadClaim, secret: string): string {
  const query = new URLSearchParams({
    owner: ownerKey(claim.owner),
    s: claim.sessionId,
    exp: String(claim.expiresAt),
    sig: signatureOf(claim, secret),
  });
  return `/files/${claim.sha256}?${query}`;
}

/** Whether the query carries a signature at all (then it must be valid; no fallback to the header). */
export const hasSignature = (query: Record<string, unknown>) => query.sig !== undefined;

/**
 * The claim of a valid, unexpired signed URL, or null. An expiry further ahead than a URL is
 * ever issued for is refused too, so a leaked signing oracle could not mint long-lived links.
 */
export function verifyDownloadSignature(
  sha256: string,
  query: Record<string, unknown>,
  secret: string,
  now: Date,
): DownloadClaim | null {
  const { owner: ownerText, s, exp, sig } = query;
  const owner = parseOwner(ownerText);
  if (!owner || typeof s !== 'string' || !SESSION_ID.test(s)) return null;
  if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp) || typeof sig !== 'string') return null;
  const claim = { sha256, owner, sessionId: s, expiresAt: Number(exp) };
  const nowSeconds = now.getTime() / 1000;
  if (claim.expiresAt <= nowSeconds || claim.expiresAt > nowSeconds + DOWNLOAD_URL_TTL_SECONDS + 60) return null;
  const expected = Buffer.from(signatureOf(claim, secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claim : null;
}
