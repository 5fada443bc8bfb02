import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { PeekableLoader } from '../shared/batch-loaders';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { MemberRelative } from './member-relative.entity';
import { memberProjection, MemberRecord } from './member.service';

export type RelativeRecord = Omit<MemberRelative, 'member'> & { member: { id: number } };

async function selectMembers(em: EntityManager, column: string, ids: readonly number[]) {
  const projection = memberProjection(em);
  const rows = await selectRows(
    em,
    `select ${projection.select} from member m where m.${column} in (${placeholders(ids.length)})`,
    ids,
  );
  return rows.map((row) => projection.read(row));
}

/** Per-request loaders of members, their relatives and the member record of a user; one statement per batch. */
export function memberLoaders(em: EntityManager) {
  return {
    memberById: new PeekableLoader<number, MemberRecord | null>(async (ids) => {
      const byId = new Map((await selectMembers(em, 'id', ids)).map((member) => [member.id, member]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    memberByUserId: new PeekableLoader<number, MemberRecord | null>(async (ids) => {
      const byUser = new Map((await selectMembers(em, 'user_id', ids)).map((member) => [member.user!.id, member]));
      return ids.map((id) => byUser.get(id) ?? null);
    }),
    relativesByMemberId: new DataLoader<number, RelativeRecord[]>(async (ids) => {
      const projection = new LeanProjection<RelativeRecord>(
        em,
        MemberRelative,
        leanProperties(em, MemberRelative),
        'r',
      );
      const rows = await selectRows(
        em,
        `select ${projection.select} from member_relative r where r.member_id in (${placeholders(ids.length)}) order by r.sort_order, r.id`,
        ids,
      );
      const byMember = new Map(ids.map((id) => [id, [] as RelativeRecord[]]));
      for (const row of rows) {
        const relative = projection.read(row);
        byMember.get(relative.member.id)?.push(relative);
      }
      return ids.map((id) => byMember.get(id)!);
    }),
  };
}
