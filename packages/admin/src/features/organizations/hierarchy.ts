import type { OrganizationType } from '@/gql/graphql';
import { ORGANIZATION_TYPES } from '@/shared/enums';
import { subtreeIds, type Organization } from './tree';

// Which types may sit under which is the server's rule (requirements §1); each organisation
// carries its outcome (`allowedChildTypes`), and whether the caller may change it (`canManage`),
// so forms offer only what the server would accept and hold no copy of either rule.

/** Branches and archive offices are leaves: nothing may be created under them. */
export function mayHaveChildren(organization: Pick<Organization, 'allowedChildTypes'>): boolean {
  return organization.allowedChildTypes.length > 0;
}

/**
 * The types a new organisation may have under `parent`, in display order. Without a known parent
 * every type is offered and the server has the last word.
 */
export function childTypesUnder(
  parent: Pick<Organization, 'allowedChildTypes'> | undefined,
): readonly OrganizationType[] {
  return parent ? parent.allowedChildTypes : ORGANIZATION_TYPES;
}

/** Whether the caller may place something under `candidate` at all (the server refuses otherwise). */
const isOpenParent = (candidate: Organization) => candidate.active && candidate.canManage;

/** Organisations a new one cannot go under: leaves, disabled ones and those the caller does not manage. */
export function unavailableParentsForNew(organizations: readonly Organization[]): Set<string> {
  return new Set(
    organizations
      .filter((candidate) => !isOpenParent(candidate) || !mayHaveChildren(candidate))
      .map((candidate) => candidate.id),
  );
}

/**
 * Organisations `moving` cannot be moved under: itself and its descendants (that would cut the
 * subtree off the tree), disabled ones, those the caller does not manage, and those whose type may
 * not hold its type.
 */
export function unavailableParentsForMove(organizations: readonly Organization[], moving: Organization): Set<string> {
  const subtree = subtreeIds(organizations, moving.id);
  return new Set(
    organizations
      .filter(
        (candidate) =>
          subtree.has(candidate.id) || !isOpenParent(candidate) || !candidate.allowedChildTypes.includes(moving.type),
      )
      .map((candidate) => candidate.id),
  );
}

/** Whether the tree has its top: then every new organisation needs a parent (the server's rule). */
export const hasRoot = (organizations: readonly Organization[]) =>
  organizations.some((organization) => !organization.parent);
