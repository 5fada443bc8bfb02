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

/** The claims of a valid, unexpired token signed by us; null for anything else. */
export function verifyToken(token: string, secret: string): TokenClaims | null {
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], issuer: 'dangan' });
    if (typeof payload === 'string' || !payload.jti || !payload.sub) return null;
    return { sessionId: payload.jti, userId: Number(payload.sub) };
  } catch {
    return null;
  }
}
