import { Decision, DENIED } from '../policy/decision';
import { ServiceContext } from '../shared/service-context';

/**
 * Says whether the caller may read the file `sha256` as part of the owner `ownerId` (a
 * material, say): allowed only when the owner references that file and the caller may read the
 * owner's contents. It decides through policy/ (`decide`, field deciders), with the basis the
 * audit entry records.
 */
export type FileOwnerAuthoriser = (ctx: ServiceContext, ownerId: string, sha256: string) => Promise<Decision>;

/**
 * A file is read only in the context of something that holds it (issue 9 §6): each module
 * whose records reference files registers an authoriser for its owner type, e.g.
 * `registerFileOwner('Material', …)` in materials' module file. A file has no access rule of
 * its own: with no owner, an unknown owner type, or an owner that does not reference it, the
 * answer is the same DENIED (and the route's 404 reveals nothing).
 */
const owners = new Map<string, FileOwnerAuthoriser>();

/** Owner type names as they appear in `owner=<Type>:<id>`. */
const OWNER_TYPE = /^[A-Z][A-Za-z]{0,39}$/;
const OWNER_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function registerFileOwner(type: string, authorise: FileOwnerAuthoriser): void {
  if (!OWNER_TYPE.test(type)) throw new Error(`file owner type ${type} must be a type name`);
  if (owners.has(type)) throw new Error(`file owner type ${type} is registered twice`);
  owners.set(type, authorise);
}

/** `Type:id` of a file's owner, or null when malformed. */
export function parseOwner(value: unknown): FileOwner | null {
  if (typeof value !== 'string' || value.length > 110) return null;
  const separator = value.indexOf(':');
  const type = value.slice(0, separator);
  const id = value.slice(separator + 1);
  return separator > 0 && OWNER_TYPE.test(type) && OWNER_ID.test(id) ? { type, id } : null;
}

export interface FileOwner {
  type: string;
  id: string;
}

export const ownerKey = (owner: FileOwner) => `${owner.type}:${owner.id}`;

/** Whether the caller may read the file through this owner; DENIED for any owner type nobody registered. */
export async function authoriseFileRead(ctx: ServiceContext, owner: FileOwner, sha256: string): Promise<Decision> {
  const authorise = owners.get(owner.type);
  if (!authorise || !ctx.actor) return DENIED;
  return authorise(ctx, owner.id, sha256);
}
