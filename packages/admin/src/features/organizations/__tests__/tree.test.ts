import { describe, expect, it } from 'vitest';
import { ancestorIds, buildOrganizationTree, subtreeIds, type Organization } from '../tree';
import { asListed } from './fixtures';

function organization(id: string, code: string, parentId: string | null): Organization {
  return asListed({
    id,
    code,
    name: code,
    type: 'BRANCH',
    active: true,
    version: 1,
    parent: parentId ? { id: parentId } : null,
  });
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

describe('ancestorIds', () => {
  it('lists the organisations above one, nearest first', () => {
    expect(ancestorIds(flat, 'b11')).toEqual(['b1', 'root']);
    expect(ancestorIds(flat, 'root')).toEqual([]);
  });

  it('stops where the caller’s view of the tree ends', () => {
    expect(
      ancestorIds(
        flat.filter((o) => o.id !== 'root'),
        'b11',
      ),
    ).toEqual(['b1']);
  });
});
