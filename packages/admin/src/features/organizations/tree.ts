import type { OrganizationFieldsFragment } from '@/gql/graphql';

export type Organization = OrganizationFieldsFragment;
export interface OrganizationNode extends Organization {
  children: OrganizationNode[];
}

/**
 * Builds the organisation tree from the flat `organizations` list. Permissions are scoped to
 * subtrees (requirements §1), so a caller may not see an organisation's parent: such an
 * organisation is shown as a root. Siblings are ordered by code for a stable display.
 */
export function buildOrganizationTree(organizations: readonly Organization[]): OrganizationNode[] {
  const nodes = new Map<string, OrganizationNode>(
    organizations.map((organization) => [organization.id, { ...organization, children: [] }]),
  );
  const roots: OrganizationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sortByCode = (list: OrganizationNode[]): OrganizationNode[] => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    list.forEach((node) => sortByCode(node.children));
    return list;
  };
  return sortByCode(roots);
}

/** The organisation and everything below it: places it cannot be moved under. */
export function subtreeIds(organizations: readonly Organization[], rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const organization of organizations) {
    if (!organization.parent) continue;
    const siblings = childrenOf.get(organization.parent.id) ?? [];
    siblings.push(organization.id);
    childrenOf.set(organization.parent.id, siblings);
  }
  const ids = new Set<string>();
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    pending.push(...(childrenOf.get(id) ?? []));
  }
  return ids;
}

/** The ids above an organisation, nearest first; stops where the caller's view of the tree ends. */
export function ancestorIds(organizations: readonly Organization[], id: string): string[] {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const ids: string[] = [];
  let parentId = byId.get(id)?.parent?.id;
  while (parentId && byId.has(parentId) && !ids.includes(parentId)) {
    ids.push(parentId);
    parentId = byId.get(parentId)?.parent?.id;
  }
  return ids;
}
