import { EntityManager } from '@mikro-orm/knex';
import { idNumberIndex, PII } from '../members/personal-data';
import { placeholders, selectRows } from '../shared/lean-rows';
import { PiiKeyring } from '../shared/pii/keyring';

/**
 * Conflicts of interest (issue 10 §2): nobody may ask for their own dossier or that of a declared
 * relative. A member's relatives are part of their record (MemberRelative), so both directions
 * are checked: the requester's own member record declares the target as a relative, or the
 * target's record declares the requester.
 *
 * A relative is matched by ID number where one is recorded (blind indexes compared: the
 * relative's number is decrypted here and indexed like a member's, nothing else is decrypted);
 * a relative recorded without an ID number is matched by exact name (trimmed). Names are not
 * unique, so this may refuse a request for a namesake: the safe side, which completing the
 * relative's ID number in the record resolves.
 */
export interface Party {
  memberId: number;
  name: string;
  idIndex: string;
  relatives: { name: string; idIndex: string | null }[];
}

export type Conflict = 'self' | 'relative';

/** The members' names, ID-number indexes and relatives, by member id: two statements. */
export async function partiesOf(
  em: EntityManager,
  keyring: PiiKeyring,
  memberIds: readonly number[],
): Promise<Map<number, Party>> {
  const ids = [...new Set(memberIds)];
  if (!ids.length) return new Map();
  const [members, relatives] = await Promise.all([
    selectRows<{ id: number | string; name: string; idIndex: string }>(
      em,
      `select m.id as id, m.name as name, m.id_number_index as "idIndex" from member m where m.id in (${placeholders(ids.length)})`,
      ids,
    ),
    selectRows<{ memberId: number | string; name: string; idNumber: string | null }>(
      em,
      `select r.member_id as "memberId", r.name as name, r.id_number_encrypted as "idNumber"
       from member_relative r where r.member_id in (${placeholders(ids.length)})`,
      ids,
    ),
  ]);
  const parties = new Map<number, Party>(
    members.map((m) => [
      Number(m.id),
      { memberId: Number(m.id), name: m.name.trim(), idIndex: m.idIndex, relatives: [] },
    ]),
  );
  for (const relative of relatives) {
    parties.get(Number(relative.memberId))?.relatives.push({
      name: relative.name.trim(),
      idIndex: relative.idNumber
        ? idNumberIndex(keyring, keyring.decrypt(relative.idNumber, PII.relativeIdNumber))
        : null,
    });
  }
  return parties;
}

/** The member record linked to a user account (`User.member`), as a party; null when unlinked. */
export async function partyOfUser(em: EntityManager, keyring: PiiKeyring, userId: number): Promise<Party | null> {
  const rows = await selectRows<{ id: number | string }>(em, 'select m.id as id from member m where m.user_id = ?', [
    userId,
  ]);
  if (!rows.length) return null;
  return (await partiesOf(em, keyring, [Number(rows[0].id)])).get(Number(rows[0].id)) ?? null;
}

const declares = (party: Party, other: Party) =>
  party.relatives.some((relative) =>
    relative.idIndex ? relative.idIndex === other.idIndex : relative.name === other.name,
  );

/** Whether the requester may not ask for the target's dossier, and why. */
export function conflictOf(requester: Party, target: Party): Conflict | null {
  if (target.memberId === requester.memberId || target.idIndex === requester.idIndex) return 'self';
  if (declares(requester, target) || declares(target, requester)) return 'relative';
  return null;
}
