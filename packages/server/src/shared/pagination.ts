import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';
import { MAX_ID } from './ids';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** null when the caller did not ask for it (counting costs a statement). */
  totalCount: number | null;
}

/**
 * Object types that only carry other objects (connections, edges, page info): their fields hold
 * no data of their own, so the field policy treats them as public. Only the factory below adds
 * to it — a type does not become structural by its name.
 */
const structuralTypes = new Set<string>(['PageInfo']);
export const isStructuralType = (typeName: string) => structuralTypes.has(typeName);

/** Builds the Relay connection type (`edges`, `pageInfo`, `totalCount`) for a node type. */
export function Connection<T extends object>(name: string, node: ClassType<T>) {
  structuralTypes.add(`${name}Edge`).add(`${name}Connection`);
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
}

export interface PageRequest {
  limit: number;
  /** Keyset position: rows strictly after this id, in the connection's order. */
  afterId: number | null;
}

/** Validates `first`/`after` (api.md: `first` is capped at 100; above is BAD_USER_INPUT). */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput('first', 'common.pageSize', { max: MAX_PAGE_SIZE });
  }
  return { limit, afterId: after ? decodeCursor(after) : null };
}

export const encodeCursor = (id: number) => Buffer.from(`c:${id}`).toString('base64url');

/** A cursor names a row's id, so it is refused like a malformed id would be (see MAX_ID). */
function decodeCursor(cursor: string): number {
  const match = cursor.length <= 32 ? /^c:([1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  const id = match ? Number(match[1]) : NaN;
  if (!(id <= MAX_ID)) throw badInput('after', 'common.invalidCursor');
  return id;
}

/** Turns `limit + 1` fetched rows into a page: the extra row only tells that more exist. */
export function toPage<T extends { id: number }>(rows: T[], limit: number, totalCount: number | null): Page<T> {
  const nodes = rows.slice(0, limit);
  const last = nodes.at(-1);
  return {
    edges: nodes.map((node) => new PageEdge(node)),
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.id) : null },
  };
}

/** An edge whose cursor is encoded only if the request reads it (most pages do not, issue 7). */
class PageEdge<T extends { id: number }> {
  constructor(readonly node: T) {}

  get cursor(): string {
    return encodeCursor(this.node.id);
  }
}
