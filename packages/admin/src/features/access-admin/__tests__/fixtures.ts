import type { ChainTemplate, ScopeChain } from '../data';

export const ZZB = { id: '11', code: 'SZ-ZZB', name: '市委组织部', active: true };
export const JW = { id: '12', code: 'SZ-JW', name: '市纪委监委', active: true };
export const OLD = { id: '13', code: 'SZ-OLD', name: '已撤销部门', active: false };

export function template(overrides: Partial<ChainTemplate> = {}): ChainTemplate {
  return {
    id: '5',
    scope: 'IDENTITY',
    version: 2,
    updatedAt: '2026-11-20T08:00:00.000Z',
    organization: { id: '1', name: '中共示范市委员会' },
    steps: [{ position: 1, mode: 'ALL_OF', timeLimitHours: 72, departments: [ZZB, JW] }],
    ...overrides,
  };
}

/** The root's own IDENTITY template, as chainTemplates answers for the root. */
export function ownChain(overrides: Partial<ScopeChain> = {}): ScopeChain {
  const own = template();
  return { scope: 'IDENTITY', inherited: false, template: own, effective: own, ...overrides };
}

/** A branch inheriting the root's template. */
export function inheritedChain(): ScopeChain {
  return { scope: 'IDENTITY', inherited: true, template: null, effective: template() };
}
