import type { OrganizationType } from '@/gql/graphql';
import { ORGANIZATION_TYPES } from '@/shared/enums';
import { subtreeIds, type Organization } from './tree';

/**
 * Which types may sit directly under which (requirements §1). The server enforces it
 * (server/src/organizations/organization.entity.ts, `CHILD_TYPES`); this copy only keeps the
 * forms from offering what the server would refuse, so a change there belongs here too.
 */
const CHILD_TYPES: Record<OrganizationType, readonly OrganizationType[]> = {
  COMMITTEE: ORGANIZATION_TYPES,
  GENERAL_BRANCH: ['BRANCH'],
  BRANCH: [],
  DEPARTMENT: ['DEPARTMENT', 'ARCHIVE_OFFICE'],
  ARCHIVE_OFFICE: [],
};

export function mayContain(parent: OrganizationType, child: OrganizationType): boolean {
  return CHILD_TYPES[parent].includes(child);
}

/** Branches and archive offices are leaves: nothing may be created under them. */
export function mayHaveChildren(type: OrganizationType): boolean {
  return CHILD_TYPES[type].length > 0;
}

/**
 * The types a new organisation may have under a parent of `parentType`, in display order.
 * Without a known parent every type is offered and the server has the last word.
 */
export function childTypesUnder(parentType: OrganizationType | undefined): readonly OrganizationType[] {
  return parentType ? CHILD_TYPES[parentType] : ORGANIZATION_TYPES;
}

/** Organisations a new one cannot go under: leaves, and disabled ones (the server refuses both). */
export function unavailableParentsForNew(organizations: readonly Organization[]): Set<string> {
  return new Set(
    organizations
      .filter((candidate) => !candidate.active || !mayHaveChildren(candidate.type))
      .map((candidate) => candidate.id),
  );
}

/**
 * Organisations `moving` cannot be moved under: itself and its descendants (that would cut the
 * subtree off the tree), disabled ones, and those whose type may not hold its type.
 */
export function unavailableParentsForMove(organizations: readonly Organization[], moving: Organization): Set<string> {
  const subtree = subtreeIds(organizations, moving.id);
  return new Set(
    organizations
      .filter((candidate) => subtree.has(candidate.id) || !candidate.active || !mayContain(candidate.type, moving.type))
      .map((candidate) => candidate.id),
  );
}
