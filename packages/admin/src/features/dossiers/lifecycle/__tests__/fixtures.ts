import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { useSessionStore } from '@/features/auth/store';
import type { InvalidatedMaterialRow, LifecycleDossierRow } from '../data';

/** A dossier row as the lifecycle lists return it. */
export function dossierRow(
  id: string,
  name: string,
  overrides: Partial<LifecycleDossierRow> = {},
): LifecycleDossierRow {
  return {
    id,
    version: 3,
    status: 'ESTABLISHING',
    completionDeadline: '2026-10-01T00:00:00Z',
    overdueExplanation: null,
    promisedCompletionOn: null,
    explainedAt: null,
    escalatedAt: null,
    reviewIntervalMonths: 12,
    lastReviewedAt: null,
    nextReviewAt: '2026-11-01T00:00:00Z',
    member: { id: `m${id}`, name, organization: { id: 'b1', name: '第一党支部' } },
    custodian: { id: 'da', name: '档案室A' },
    completeness: { rate: 0.5, missing: [{ id: 'c1', nameZh: '入党志愿书', nameEn: 'Application form' }] },
    ...overrides,
  };
}

export function materialRow(id: string, name: string, title: string): InvalidatedMaterialRow {
  return {
    id,
    title,
    formedOn: '2020-03-01',
    invalidationReason: '重复归档',
    invalidatedAt: '2026-11-01T00:00:00Z',
    category: { id: 'c1', nameZh: '入党申请书', nameEn: 'Application for membership' },
    dossier: { id: `d${id}`, member: { id: `m${id}`, name } },
  };
}

export const connection = <T extends { id: string }>(nodes: T[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ cursor: node.id, node })),
});

/** The demo archivist of archive office A, signed in (permissions as the server grants an ARCHIVIST). */
export function piniaWithArchivistSignedIn(): Pinia {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = {
    id: 'u2',
    username: 'archivist',
    displayName: '王档案',
    roles: ['ARCHIVIST'],
    permissions: ['session.self', 'organization.read', 'dossier.read', 'dossier.keep', 'materialCategory.read'],
    organization: { id: 'da', code: 'SZ-DA-A', name: '档案室A' },
  };
  return pinia;
}
