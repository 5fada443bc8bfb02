import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { createMember } from '../src/members/member.service';
import { Gender, MembershipStage } from '../src/members/membership';
import { PII } from '../src/members/personal-data';
import { reencryptStalePersonalData } from '../src/members/pii-reencryption';
import { RelativeKind } from '../src/members/member-relative.entity';
import { parseIndexKey, parsePiiKeys, PiiKey, PiiKeyring } from '../src/shared/pii/keyring';
import { selectRows } from '../src/shared/lean-rows';
import { systemContext } from '../src/shared/service-context';
import { commandRunner } from './support/commands';
import { actingAs, makeArchives, syntheticIdNumber } from './support/dossier-factories';
import { TEST_PII_KEYS, testSettings, useTestServer } from './support/server';

const server = useTestServer();
const runCommand = commandRunner(server);

/** PII_KEYS with a new key first and the test key after it, as an operator rotates. */
const NEW_KEY = `test2:${randomBytes(32).toString('base64')}`;
const ROTATED = { PII_KEYS: `${NEW_KEY},${TEST_PII_KEYS.PII_KEYS}`, PII_INDEX_KEY: TEST_PII_KEYS.PII_INDEX_KEY };
const onlyNewKey = new PiiKeyring(
  parsePiiKeys(NEW_KEY) as PiiKey[],
  parseIndexKey(TEST_PII_KEYS.PII_INDEX_KEY) as Buffer,
);

interface StoredMember {
  id: number;
  version: number;
  id_number_encrypted: string;
  id_number_index: string;
  phone_encrypted: string | null;
  address_encrypted: string | null;
}

async function arrangeMembers(count: number) {
  const archives = await makeArchives(server.em());
  const ctx = actingAs(server.em(), server.settings, archives.keeper, archives.officeA);
  for (let seq = 1; seq <= count; seq += 1) {
    await createMember(ctx, {
      name: `成员${seq}`,
      gender: seq % 2 ? Gender.MALE : Gender.FEMALE,
      ethnicity: '汉族',
      birthDate: '1980-01-01',
      idNumber: syntheticIdNumber(seq),
      phone: `1380013800${seq % 10}`,
      address: seq % 3 ? `示范市第${seq}街` : null,
      organizationId: String(archives.branch.id),
      stage: MembershipStage.APPLICANT,
      applicationDate: '2020-03-01',
      relatives: [
        { kind: RelativeKind.FAMILY, name: `亲属${seq}`, relation: '配偶', idNumber: syntheticIdNumber(500 + seq) },
      ],
    });
  }
}

const storedMembers = () =>
  selectRows<StoredMember>(
    server.em(),
    'select id, version, id_number_encrypted, id_number_index, phone_encrypted, address_encrypted from member order by id',
  );
const storedRelatives = () =>
  selectRows<{ id_number_encrypted: string }>(
    server.em(),
    'select id_number_encrypted from member_relative order by id',
  );

describe('re-encrypting personal data after a key rotation (pnpm pii:reencrypt)', () => {
  it('moves every member and relative value to the new key, unchanged, and leaves nothing for a second run', async () => {
    await arrangeMembers(7);
    const before = await storedMembers();
    const relativesBefore = await storedRelatives();
    const oldKeyring = server.settings.pii;
    const ctx = systemContext(server.em(), testSettings(ROTATED));

    const report = await reencryptStalePersonalData(ctx);
    // 7 ID numbers, 7 phones, 5 addresses (members 3 and 6 have none); 7 relatives' numbers.
    expect(report).toEqual({ keyId: 'test2', values: { member: 19, member_relative: 7 } });

    const after = await storedMembers();
    after.forEach((row, i) => {
      const old = before[i];
      expect(onlyNewKey.decrypt(row.id_number_encrypted, PII.idNumber)).toBe(
        oldKeyring.decrypt(old.id_number_encrypted, PII.idNumber),
      );
      expect(row.phone_encrypted && onlyNewKey.decrypt(row.phone_encrypted, PII.phone)).toBe(
        old.phone_encrypted && oldKeyring.decrypt(old.phone_encrypted, PII.phone),
      );
      expect(row.address_encrypted && onlyNewKey.decrypt(row.address_encrypted, PII.address)).toBe(
        old.address_encrypted && oldKeyring.decrypt(old.address_encrypted, PII.address),
      );
      // Search and versions are untouched: the plaintext did not change.
      expect(row.id_number_index).toBe(old.id_number_index);
      expect(row.version).toBe(old.version);
    });
    (await storedRelatives()).forEach((row, i) =>
      expect(onlyNewKey.decrypt(row.id_number_encrypted, PII.relativeIdNumber)).toBe(
        oldKeyring.decrypt(relativesBefore[i].id_number_encrypted, PII.relativeIdNumber),
      ),
    );

    const entries = await server.em().find(AuditEntry, { action: 'PII_REENCRYPTED' }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => JSON.parse(entry.details!))).toEqual([
      { table: 'member', values: 19, skippedAsChanged: 0, keyId: 'test2' },
      { table: 'member_relative', values: 7, skippedAsChanged: 0, keyId: 'test2' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('1380013800');

    expect(await reencryptStalePersonalData(ctx)).toEqual({
      keyId: 'test2',
      values: { member: 0, member_relative: 0 },
    });
    expect(await server.em().count(AuditEntry, { action: 'PII_REENCRYPTED' })).toBe(2);
  });

  it('runs as the pnpm command an operator calls, reporting what it moved', async () => {
    await arrangeMembers(2);
    const result = await runCommand('src/members/pii-reencrypt-command.ts', [], { env: ROTATED });
    expect(result.output).toContain('Personal data re-encrypted under key "test2" (member: 6, member_relative: 2).');
    expect(result.code).toBe(0);
  });
});
