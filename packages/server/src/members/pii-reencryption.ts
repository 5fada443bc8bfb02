import { runAudited } from '../audit/audited-change';
import { selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { PII } from './personal-data';

/** Rows read, and re-encrypted in one transaction, at a time. */
const BATCH = 500;

type EncryptedColumns = readonly (readonly [column: string, purpose: string])[];

const TABLES: readonly { table: 'member' | 'member_relative'; columns: EncryptedColumns }[] = [
  {
    table: 'member',
    columns: [
      ['id_number_encrypted', PII.idNumber],
      ['phone_encrypted', PII.phone],
      ['address_encrypted', PII.address],
    ],
  },
  { table: 'member_relative', columns: [['id_number_encrypted', PII.relativeIdNumber]] },
];

export interface ReencryptionReport {
  /** The key everything is under afterwards (the first of PII_KEYS). */
  keyId: string;
  /** Values moved to it, by table. */
  values: Record<string, number>;
}

/**
 * Moves personal data written under an older key of PII_KEYS to the current one, so the old key
 * can be dropped from the configuration (issue 9 point 3: the key id stored with each value is
 * for rotation). Plaintexts never change, so versions and timestamps stay; each cell is replaced
 * only if it still holds the ciphertext that was read, so an edit made meanwhile wins and the
 * next run takes what it wrote. A batch and its audit entry (counts, never values) commit together.
 */
export async function reencryptStalePersonalData(ctx: ServiceContext): Promise<ReencryptionReport> {
  const values: Record<string, number> = {};
  for (const { table, columns } of TABLES) values[table] = await reencryptTable(ctx, table, columns);
  return { keyId: ctx.settings.pii.currentKeyId, values };
}

async function reencryptTable(ctx: ServiceContext, table: string, columns: EncryptedColumns): Promise<number> {
  let after = 0;
  let moved = 0;
  for (;;) {
    const rows = await selectRows<Record<string, string | number | null>>(
      ctx.em,
      `select id, ${columns.map(([column]) => column).join(', ')} from ${table} where id > ? order by id limit ?`,
      [after, BATCH],
    );
    if (!rows.length) return moved;
    after = Number(rows[rows.length - 1].id);
    const stale = rows.flatMap((row) =>
      columns.flatMap(([column, purpose]) => {
        const stored = row[column];
        return typeof stored === 'string' && ctx.settings.pii.isStale(stored)
          ? [{ id: Number(row.id), column, purpose, stored }]
          : [];
      }),
    );
    if (stale.length) moved += await reencryptCells(ctx, table, stale);
  }
}

async function reencryptCells(
  ctx: ServiceContext,
  table: string,
  cells: { id: number; column: string; purpose: string; stored: string }[],
): Promise<number> {
  const keyring = ctx.settings.pii;
  return runAudited(ctx, async (tx) => {
    let written = 0;
    for (const { id, column, purpose, stored } of cells) {
      const fresh = keyring.encrypt(keyring.decrypt(stored, purpose), purpose);
      const result = await tx.execute<{ affectedRows: number }>(
        `update ${table} set ${column} = ? where id = ? and ${column} = ?`,
        [fresh, id, stored],
        'run',
      );
      written += result.affectedRows;
    }
    return {
      result: written,
      audit: {
        action: 'PII_REENCRYPTED',
        details: { table, values: written, skippedAsChanged: cells.length - written, keyId: keyring.currentKeyId },
      },
    };
  });
}
