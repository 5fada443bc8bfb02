import { registerEnumType } from 'type-graphql';

/**
 * What an access request asks to open (requirements §3-4, api.md):
 * - IDENTITY: the unmasked ID number, phone and address;
 * - MATERIALS: contents and files of materials of NORMAL categories;
 * - RESTRICTED: contents and files of RESTRICTED categories (political review, discipline).
 */
export enum AccessScope {
  IDENTITY = 'IDENTITY',
  MATERIALS = 'MATERIALS',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(AccessScope, { name: 'AccessScope' });

/** Scopes in their fixed order (a chain is resolved scope by scope in this order). */
export const ACCESS_SCOPES = [AccessScope.IDENTITY, AccessScope.MATERIALS, AccessScope.RESTRICTED] as const;

/** How the departments of one step decide. */
export enum StepMode {
  /** 会签: every listed department approves. */
  ALL_OF = 'ALL_OF',
  /** 或签: any one listed department approves. */
  ANY_OF = 'ANY_OF',
}
registerEnumType(StepMode, { name: 'StepMode' });

/**
 * Lists of scopes and ids are stored as comma-separated text (`IDENTITY,MATERIALS`, `12,15`):
 * the same on both dialects, compared as strings by change tracking.
 */
export const joinList = (values: readonly (string | number)[]): string => values.join(',');
export const splitScopes = (text: string): AccessScope[] => (text ? (text.split(',') as AccessScope[]) : []);
export const splitIds = (text: string | null | undefined): number[] => (text ? text.split(',').map(Number) : []);
