import { describe, expect, it } from 'vitest';
import type { OrganizationType } from '@/gql/graphql';
import { ORGANIZATION_TYPES } from '@/shared/enums';
import {
  childTypesUnder,
  hasRoot,
  mayHaveChildren,
  unavailableParentsForMove,
  unavailableParentsForNew,
} from '../hierarchy';
import type { Organization } from '../tree';
import { ALLOWED_CHILD_TYPES } from './fixtures';

function organization(
  id: string,
  type: OrganizationType,
  parentId: string | null,
  { active = true, canManage = true } = {},
): Organization {
  return {
    id,
    code: id.toUpperCase(),
    name: id,
    type,
    active,
    version: 1,
    allowedChildTypes: ALLOWED_CHILD_TYPES[type],
    canManage,
    parent: parentId ? { id: parentId } : null,
  };
}

// A committee with a general branch (and its branch), a department with an archive office,
// a sub-committee, and a disabled committee.
const organizations = [
  organization('sz', 'COMMITTEE', null),
  organization('zzb', 'GENERAL_BRANCH', 'sz'),
  organization('zb1', 'BRANCH', 'zzb'),
  organization('bm', 'DEPARTMENT', 'sz'),
  organization('das', 'ARCHIVE_OFFICE', 'bm'),
  organization('sub', 'COMMITTEE', 'sz'),
  organization('old', 'COMMITTEE', 'sz', { active: false }),
];
const byId = (id: string) => organizations.find((candidate) => candidate.id === id)!;
const sorted = (ids: Set<string>) => [...ids].sort();

describe('which types a new organisation may have (the server’s allowedChildTypes)', () => {
  it('offers what the parent may hold, in the order the server gives', () => {
    expect(childTypesUnder(byId('zzb'))).toEqual(['BRANCH']);
    expect(childTypesUnder(byId('bm'))).toEqual(['DEPARTMENT', 'ARCHIVE_OFFICE']);
  });

  it('treats organisations that may hold nothing as leaves', () => {
    expect(organizations.filter((candidate) => !mayHaveChildren(candidate)).map((o) => o.id)).toEqual(['zb1', 'das']);
  });

  it('offers every type when the parent is not known, leaving the decision to the server', () => {
    expect(childTypesUnder(undefined)).toEqual(ORGANIZATION_TYPES);
  });
});

describe('where a new organisation may go', () => {
  it('not under a leaf or a disabled organisation', () => {
    expect(sorted(unavailableParentsForNew(organizations))).toEqual(['das', 'old', 'zb1']);
  });

  it('not under an organisation the caller does not manage (an ancestor shown for context)', () => {
    const scoped = organizations.map((o) => (o.id === 'sz' ? { ...o, canManage: false } : o));
    expect(unavailableParentsForNew(scoped).has('sz')).toBe(true);
  });
});

describe('where an organisation may be moved', () => {
  it('a general branch: under an active committee, never under itself or its own branch', () => {
    expect(sorted(unavailableParentsForMove(organizations, byId('zzb')))).toEqual(['bm', 'das', 'old', 'zb1', 'zzb']);
  });

  it('a branch: under a general branch or a committee', () => {
    expect(sorted(unavailableParentsForMove(organizations, byId('zb1')))).toEqual(['bm', 'das', 'old', 'zb1']);
  });

  it('an archive office: under a department or a committee', () => {
    expect(sorted(unavailableParentsForMove(organizations, byId('das')))).toEqual(['das', 'old', 'zb1', 'zzb']);
  });
});

describe('whether a top-level organisation may be created', () => {
  it('only while the tree has no root', () => {
    expect(hasRoot(organizations)).toBe(true);
    expect(hasRoot(organizations.filter((o) => o.parent))).toBe(false);
    expect(hasRoot([])).toBe(false);
  });
});
