import { describe, expect, it } from 'vitest';
import type { OrganizationType } from '@/gql/graphql';
import { ORGANIZATION_TYPES } from '@/shared/enums';
import {
  childTypesUnder,
  mayContain,
  mayHaveChildren,
  unavailableParentsForMove,
  unavailableParentsForNew,
} from '../hierarchy';
import type { Organization } from '../tree';

function organization(id: string, type: OrganizationType, parentId: string | null, active = true): Organization {
  return { id, code: id.toUpperCase(), name: id, type, active, version: 1, parent: parentId ? { id: parentId } : null };
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
  organization('old', 'COMMITTEE', 'sz', false),
];
const byId = (id: string) => organizations.find((candidate) => candidate.id === id)!;
const sorted = (ids: Set<string>) => [...ids].sort();

describe('which organisation types may sit under which (the server rule)', () => {
  it('lets a committee hold every type', () => {
    for (const type of ORGANIZATION_TYPES) expect(mayContain('COMMITTEE', type)).toBe(true);
    expect(childTypesUnder('COMMITTEE')).toEqual(ORGANIZATION_TYPES);
  });

  it('lets a general branch hold only branches: 党总支下不能设立党委', () => {
    expect(childTypesUnder('GENERAL_BRANCH')).toEqual(['BRANCH']);
    expect(mayContain('GENERAL_BRANCH', 'COMMITTEE')).toBe(false);
  });

  it('lets a department hold departments and archive offices', () => {
    expect(childTypesUnder('DEPARTMENT')).toEqual(['DEPARTMENT', 'ARCHIVE_OFFICE']);
  });

  it('treats branches and archive offices as leaves', () => {
    expect(ORGANIZATION_TYPES.filter((type) => !mayHaveChildren(type))).toEqual(['BRANCH', 'ARCHIVE_OFFICE']);
    expect(childTypesUnder('BRANCH')).toEqual([]);
    expect(childTypesUnder('ARCHIVE_OFFICE')).toEqual([]);
  });

  it('offers every type when the parent is not known, leaving the decision to the server', () => {
    expect(childTypesUnder(undefined)).toEqual(ORGANIZATION_TYPES);
  });
});

describe('where a new organisation may go', () => {
  it('not under a leaf or a disabled organisation', () => {
    expect(sorted(unavailableParentsForNew(organizations))).toEqual(['das', 'old', 'zb1']);
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
