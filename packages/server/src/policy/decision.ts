/**
 * Why a decision allowed something. The audit trail records it with every unmasked read, so
 * an auditor sees what opened a value (requirements §4, §6):
 * - `role`: the caller's role over the target's organisation subtree;
 * - `self`: the caller's own record;
 * - `custody`: the caller's archive office keeps the dossier;
 * - `grant`: an approved access request (its id) covers the target.
 */
export type Basis =
  | { kind: 'role' }
  | { kind: 'self' }
  | { kind: 'custody'; organizationId: number }
  | { kind: 'grant'; requestId: number };

export type Decision =
  | {
      allowed: true;
      basis: Basis;
      /** The organisation the decided value belongs to: audit entries about it are scoped by it. */
      organizationPath?: string;
    }
  | { allowed: false };

export const DENIED: Decision = Object.freeze({ allowed: false });

export const allowedBy = (basis: Basis, organizationPath?: string): Decision => ({
  allowed: true,
  basis,
  organizationPath,
});

/** `role`, `self`, `custody`, or `grant:<request id>`: how a basis is written in audit details. */
export function describeBasis(basis: Basis): string {
  return basis.kind === 'grant' ? `grant:${basis.requestId}` : basis.kind;
}

/** One unmasked read of a guarded field, kept for the request's SENSITIVE_READ audit entry. */
export interface SensitiveRead {
  basis: Basis;
  organizationPath: string | null;
}
