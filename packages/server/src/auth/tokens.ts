import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface TokenClaims {
  /** Session id: the row that sign-out revokes. */
  sessionId: string;
  userId: number;
}

const keys = new Map<string, KeyObject>();

/**
 * The HMAC key of a secret, built once. Given the secret as a string, jsonwebtoken first tries
 * to read it as a public key and fails, on every request (a visible share of a profiled read,
 * issue 7).
 */
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

export function signToken(claims: TokenClaims, secret: string, expiresAt: Date): string {
  return jwt.sign({ sub: String(claims.userId), jti: claims.sessionId }, keyOf(secret), {
    algorithm: 'HS256',
    expiresIn: Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
    issuer: 'dangan',
  });
}

interface Verified {
  claims: TokenClaims;
  secret: string;
  /** `exp` in milliseconds: the token stops being valid then, cached or not. */
  expiresAt: number;
}

/** Tokens whose signature checked out lately: the same token signs every request of a session. */
const verified = new Map<string, Verified>();
const VERIFIED_MAX = 10_000;

/**
 * The claims of a valid, unexpired token signed by us; null for anything else. A token already
 * verified is not verified again (the signature cannot have changed; expiry is checked on every
 * use): decoding and checking it was a visible share of a small read (issue 7). Revocation is
 * not cached: the caller checks the session in the database on every request.
 */
export function verifyToken(token: string, secret: string): TokenClaims | null {
  const known = verified.get(token);
  if (known && known.secret === secret) {
    if (Date.now() < known.expiresAt) return known.claims;
    verified.delete(token);
    return null;
  }
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], issuer: 'dangan' });
  } catch {
    return null;
  }
  if (typeof payload === 'string' || !payload.jti || !payload.sub || !payload.exp) return null;
  const claims = { sessionId: payload.jti, userId: Number(payload.sub) };
  // Oldest first out: a Map iterates in insertion order.
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
  verified.set(token, { claims, secret, expiresAt: payload.exp * 1000 });
  return claims;
}
