import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { AccessGrant } from '../../src/access/access-grant.entity';
import { AccessPurpose } from '../../src/access/access-purpose.entity';
import { AccessRequest, AccessRequestDossier, AccessRequestStatus } from '../../src/access/access-request.entity';
import { AccessScope, joinList } from '../../src/access/access-scope';
import { Dossier } from '../../src/dossiers/dossier.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { User } from '../../src/users/user.entity';

const DAY = 24 * 3600_000;
let sequence = 0;

export interface GrantSpec {
  grantee: User;
  dossiers: (Dossier | number)[];
  scopes: AccessScope[];
  /** Narrows MATERIALS/RESTRICTED to these categories; null/omitted: every category. */
  categoryIds?: number[] | null;
  /** Default: seven days from now. */
  expiresAt?: Date;
  revokedAt?: Date | null;
}

export interface MadeGrant {
  requestId: number;
  number: string;
  grantId: number;
}

/**
 * An approved access request with its grant, written straight into the tables (the way the
 * deciding side leaves them), so policy tests need no approval chain: the purpose (made once),
 * the request APPROVED, its dossiers, and the grant with its scopes, categories and expiry.
 */
export async function makeGrant(em: EntityManager, spec: GrantSpec): Promise<MadeGrant> {
  const now = new Date();
  let purpose = await em.findOne(AccessPurpose, { code: 'TEST' });
  if (!purpose) {
    purpose = Object.assign(new AccessPurpose(), { code: 'TEST', nameZh: '测试', nameEn: 'Test' });
    em.persist(purpose);
  }
  const organization = await em.findOneOrFail(Organization, spec.grantee.organization.id);
  sequence += 1;
  const request = Object.assign(new AccessRequest(), {
    number: `DY-T-${String(sequence).padStart(6, '0')}-${Math.random().toString(36).slice(2, 6)}`,
    requester: ref(em.getReference(User, spec.grantee.id)),
    requesterOrganization: ref(organization),
    organizationPath: organization.path,
    scopes: joinList(spec.scopes),
    categoryIds: spec.categoryIds?.length ? joinList(spec.categoryIds) : null,
    purpose: ref(purpose),
    justification: '测试',
    durationDays: 7,
    status: AccessRequestStatus.APPROVED,
    currentStep: null,
    filedAt: new Date(now.getTime() - DAY),
    closedAt: now,
  });
  em.persist(request);
  for (const dossier of spec.dossiers) {
    const link = Object.assign(new AccessRequestDossier(), {
      request: ref(request),
      dossier: ref(em.getReference(Dossier, typeof dossier === 'number' ? dossier : dossier.id)),
    });
    em.persist(link);
  }
  const grant = Object.assign(new AccessGrant(), {
    request: ref(request),
    grantee: ref(em.getReference(User, spec.grantee.id)),
    scopes: request.scopes,
    categoryIds: request.categoryIds,
    grantedAt: now,
    expiresAt: spec.expiresAt ?? new Date(now.getTime() + 7 * DAY),
    revokedAt: spec.revokedAt ?? null,
  });
  em.persist(grant);
  await em.flush();
  return { requestId: request.id, number: request.number, grantId: grant.id };
}
