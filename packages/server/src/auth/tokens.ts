import jwt from 'jsonwebtoken';

export interface TokenClaims {
  /** Session id: the row that sign-out revokes. */
  sessionId: string;
  userId: number;
}

export function signToken(claims: TokenClaims, secret: string, expiresAt: Date): string {
  return jwt.sign({ sub: String(claims.userId), jti: claims.sessionId }, secret, {
    algorithm: 'HS256',
    expiresIn: Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
    issuer: 'dangan',
  });
}

/** The claims of a valid, unexpired token signed by us; null for anything else. */
export function verifyToken(token: string, secret: string): TokenClaims | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: 'dangan' });
    if (typeof payload === 'string' || !payload.jti || !payload.sub) return null;
    return { sessionId: payload.jti, userId: Number(payload.sub) };
  } catch {
    return null;
  }
}
