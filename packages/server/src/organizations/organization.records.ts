import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { PeekableLoader } from '../shared/batch-loaders';
import { LeanProjection, placeholders, propertiesFor, selectRows } from '../shared/lean-rows';
import { Organization } from './organization.entity';

/**
 * An organisation as reads return it: a plain object with the entity's property names (the
 * columns the request needs, see organizationProjection), `parent` as `{ id }`. Reads never need the entity (issue 7): it costs
 * hydration, an identity map and a change-tracking snapshot, for rows nothing writes.
 */
export type OrganizationRecord = Omit<Organization, 'parent'> & { parent: { id: number } | null };

/**
 * Organisation columns as `o.column as "<prefix>property"`, read back into records: those the
 * given Organization fields need, or all of them. A record always holds `id`, `path` (scope
 * decisions) and `parent` (the parent resolver), so records of one request may be shared through
 * its loaders: every Organization they reach reads only the fields the request selects.
 */
export const organizationProjection = (em: EntityManager, fields?: Iterable<string>, alias = 'o', prefix = '') =>
  new LeanProjection<OrganizationRecord>(
    em,
    Organization,
    propertiesFor(em, Organization, fields, ['id', 'path', 'parent'], {
      children: [],
      allowedChildTypes: ['type'],
      canManage: [],
    }),
    alias,
    prefix,
  );

/** Organisations matching a condition on alias `o`, in path order (root first). */
export async function selectOrganizations(
  em: EntityManager,
  where: string,
  params: readonly unknown[],
  fields?: Iterable<string>,
): Promise<OrganizationRecord[]> {
  const projection = organizationProjection(em, fields);
  const rows = await selectRows(
    em,
    `select ${projection.select} from organization o where ${where} order by o.path`,
    params,
  );
  return rows.map((row) => projection.read(row));
}

/** Per-request loaders: organisations by id, and the children of organisations, one statement per batch. */
export function organizationLoaders(em: EntityManager) {
  return {
    organizationById: new PeekableLoader<number, OrganizationRecord | null>(async (ids) => {
      const found = await selectOrganizations(em, `o.id in (${placeholders(ids.length)})`, ids);
      const byId = new Map(found.map((organization) => [organization.id, organization]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    organizationChildren: new DataLoader<number, OrganizationRecord[]>(async (ids) => {
      const found = await selectOrganizations(em, `o.parent_id in (${placeholders(ids.length)})`, ids);
      const children = new Map(ids.map((id) => [id, [] as OrganizationRecord[]]));
      for (const organization of found) children.get(organization.parent!.id)?.push(organization);
      return ids.map((id) => children.get(id)!);
    }),
  };
}
