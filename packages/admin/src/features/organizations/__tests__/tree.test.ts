import { describe, expect, it } from 'vitest';
import { buildOrganizationTree, subtreeIds, type Organization } from '../tree';

function organization(id: string, code: string, parentId: string | null): Organization {
  return { id, code, name: code, type: 'BRANCH', active: true, version: 1, parent: parentId ? { id: parentId } : null };
}

const flat = [
  organization('b2', 'B-2', 'root'),
  organization('root', 'ROOT', null),
  organization('b1', 'B-1', 'root'),
  organization('b11', 'B-1-1', 'b1'),
];

describe('buildOrganizationTree', () => {
  it('nests organisations under their parents, siblings ordered by code', () => {
    const [root] = buildOrganizationTree(flat);
    expect(root.code).toBe('ROOT');
    expect(root.children.map((child) => child.code)).toEqual(['B-1', 'B-2']);
    expect(root.children[0].children.map((child) => child.code)).toEqual(['B-1-1']);
  });

  it('shows an organisation whose parent is outside the visible subtree as a root', () => {
    const roots = buildOrganizationTree([organization('b1', 'B-1', 'hidden'), organization('b11', 'B-1-1', 'b1')]);
    expect(roots.map((node) => node.code)).toEqual(['B-1']);
    expect(roots[0].children).toHaveLength(1);
  });
});

describe('subtreeIds', () => {
  it('lists an organisation and everything below it, and nothing else', () => {
    expect([...subtreeIds(flat, 'b1')].sort()).toEqual(['b1', 'b11']);
    expect(subtreeIds(flat, 'root').size).toBe(4);
  });
});
