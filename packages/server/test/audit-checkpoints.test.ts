import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/knex';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { recordAudit } from '../src/audit/audit.service';
import { chainHash } from '../src/audit/chain';
import { checkpointLine, readCheckpointLine } from '../src/audit/checkpoint';
import { scheduleCheckpoints, writeCheckpoint } from '../src/audit/checkpoint-writer';
import { verifyAgainst, verifyAuditChain } from '../src/audit/verification';
import { Role } from '../src/users/role';
import { commandRunner } from './support/commands';
import { graphql, login } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, TEST_CHECKPOINT_KEY, useTestServer, withoutAppendOnlyTrigger } from './support/server';

const VERIFY = `query ($full: Boolean) {
  verifyAuditChain(full: $full) { ok checked firstBrokenId problem checkpoint { seq hash at } }
}`;

const server = useTestServer();
const runCommand = commandRunner(server);
const checkpointFile = () => server.settings.AUDIT_CHECKPOINT_FILE;
const checkpointLines = () => readFileSync(checkpointFile(), 'utf8').split('\n').filter(Boolean);

beforeEach(() => rmSync(checkpointFile(), { force: true }));

/** Appends an entry the way every service does. */
const record = (action: string) =>
  recordAudit(server.em(), { actor: { userId: 999, username: 'system' } }, { action, details: { action } });

/** Entries 1–5 written by services, entry 6 the auditor's sign-in; returns the auditor's token. */
async function arrangeChain(): Promise<string> {
  for (const action of ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH']) await record(action);
  const tree = await makeTree(server.em());
  await makeUser(server.em(), { username: 'auditor', organization: tree.root, roles: [Role.AUDITOR] });
  return login(server.url, 'auditor', PASSWORD);
}

const checkpointNow = () => writeCheckpoint(server.em(), server.settings);

async function verify(token: string, full = false) {
  const response = await graphql(server.url, VERIFY, { full }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyAuditChain;
}

/** What the chain looked like before checkpoints: checked from its first entry, alone. */
const chainAlone = () => verifyAgainst(server.em(), null);

/** Tampering the way an insider with superuser rights would: past PostgreSQL's trigger. */
const tamper = (work: (tx: EntityManager) => Promise<unknown>) => withoutAppendOnlyTrigger(server.em(), work);
const deleteFrom = (seq: number) => tamper((tx) => tx.nativeDelete(AuditEntry, { id: { $gte: seq } }));

/** Edits one entry and recomputes every later hash, so the chain on its own is consistent again. */
const rewriteFrom = (seq: number) =>
  tamper(async (tx) => {
    const rows = await tx.find(AuditEntry, { id: { $gte: seq - 1 } }, { orderBy: { id: 'asc' } });
    rows[1].details = '{"action":"NOTHING_TO_SEE"}';
    for (let i = 1; i < rows.length; i += 1) {
      const prevHash = rows[i - 1].hash;
      const hash = chainHash(prevHash, rows[i]);
      await tx.nativeUpdate(AuditEntry, { id: rows[i].id }, { details: rows[i].details, prevHash, hash });
      rows[i].hash = hash;
    }
  });

describe('a chain checked against its newest checkpoint', () => {
  it('deleting the newest entries, which verified as intact, fails as TRUNCATED', async () => {
    const token = await arrangeChain();
    expect((await checkpointNow()).checkpoint?.seq).toBe(6);

    await deleteFrom(5);

    expect(await chainAlone()).toMatchObject({ ok: true, checked: 4 });
    // The verification itself is entry 5 now: the chain grew again, but not back to the checkpoint.
    expect(await verify(token)).toMatchObject({ ok: false, problem: 'TRUNCATED', checkpoint: { seq: 6 } });
    // Checked directly: one more recorded verification (entry 6) would make it REWRITTEN instead.
    expect(await verifyAuditChain(server.em(), server.settings, { full: true })).toMatchObject({
      ok: false,
      problem: 'TRUNCATED',
      checked: 5,
    });
  });

  it('deleting every entry, which verified as intact, fails as TRUNCATED', async () => {
    const token = await arrangeChain();
    await checkpointNow();

    await deleteFrom(1);

    expect(await chainAlone()).toMatchObject({ ok: true, checked: 0 });
    expect(await verify(token)).toMatchObject({ ok: false, problem: 'TRUNCATED', firstBrokenId: null });
    expect(await verify(token, true)).toMatchObject({ ok: false, problem: 'TRUNCATED' });
  });

  it('editing one entry and recomputing every later hash, which verified as intact, fails as REWRITTEN', async () => {
    const token = await arrangeChain();
    const { checkpoint } = await checkpointNow();

    await rewriteFrom(2);

    expect(await chainAlone()).toMatchObject({ ok: true, checked: 6 });
    const expected = { ok: false, problem: 'REWRITTEN', firstBrokenId: '6' };
    expect(await verify(token)).toMatchObject({ ...expected, checkpoint: { seq: 6, hash: checkpoint!.hash } });
    expect(await verify(token, true)).toMatchObject({ ...expected, checked: 5 });
  });

  it('deleting the newest entries and letting the chain grow past the checkpoint fails as REWRITTEN', async () => {
    const token = await arrangeChain();
    await checkpointNow();
    await deleteFrom(5);
    for (const action of ['AGAIN', 'AND_AGAIN', 'ONCE_MORE']) await record(action);

    expect(await verify(token)).toMatchObject({ ok: false, problem: 'REWRITTEN', firstBrokenId: '6' });
  });

  it('editing the checkpointed entry without recomputing its hash fails as EDITED there', async () => {
    const token = await arrangeChain();
    await checkpointNow();

    await tamper((tx) => tx.nativeUpdate(AuditEntry, { id: 6 }, { actor: 'someone-else' }));

    expect(await verify(token)).toMatchObject({ ok: false, problem: 'EDITED', firstBrokenId: '6', checked: 0 });
  });

  it('checks from the checkpointed entry by default and from the first entry with full', async () => {
    const token = await arrangeChain();
    await checkpointNow();
    await record('AFTER_THE_CHECKPOINT'); // 7

    // Entry 8 records the verification: entries 6 to 8 are checked, or 1 to 9 with full.
    expect(await verify(token)).toEqual({
      ok: true,
      checked: 3,
      firstBrokenId: null,
      problem: null,
      checkpoint: { seq: 6, hash: expect.stringMatching(/^[0-9a-f]{64}$/), at: expect.any(String) },
    });
    expect(await verify(token, true)).toMatchObject({ ok: true, checked: 9, problem: null });
  });

  it('without any checkpoint checks the whole chain', async () => {
    const token = await arrangeChain();

    expect(await verify(token)).toMatchObject({ ok: true, checked: 7, checkpoint: null });
  });
});

describe('checkpoint signatures', () => {
  const otherKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('refuses a checkpoint with a forged signature: the newest valid one still catches the truncation', async () => {
    const token = await arrangeChain();
    await checkpointNow();
    await deleteFrom(5);
    const [fourth] = await server.em().find(AuditEntry, { id: 4 });
    // The insider "checkpoints" the cut chain with a key of their own.
    appendFileSync(checkpointFile(), `${checkpointLine({ seq: 4, hash: fourth.hash, at: new Date() }, otherKey)}\n`);

    expect(await verify(token)).toMatchObject({ ok: false, problem: 'TRUNCATED', checkpoint: { seq: 6 } });
  });

  it('reports CHECKPOINT_INVALID for a forged or altered line newer than an intact chain', async () => {
    const token = await arrangeChain();
    const { checkpoint } = await checkpointNow();
    const genuine = checkpointLines()[0];

    appendFileSync(checkpointFile(), `${genuine.replace('"seq":6', '"seq":7')}\n`);

    expect(readCheckpointLine(genuine, TEST_CHECKPOINT_KEY)).toEqual(checkpoint);
    expect(readCheckpointLine(checkpointLines()[1], TEST_CHECKPOINT_KEY)).toBeNull();
    expect(await verify(token)).toMatchObject({ ok: false, problem: 'CHECKPOINT_INVALID', checkpoint: { seq: 6 } });
  });

  it('signs nothing over a chain that does not extend its newest checkpoint', async () => {
    await arrangeChain();
    await checkpointNow();
    await deleteFrom(5);
    await record('AFTER_THE_CUT');

    expect(await checkpointNow()).toMatchObject({ written: false, problem: 'TRUNCATED' });
    expect(checkpointLines()).toHaveLength(1);
  });
});

describe('the checkpoint file', () => {
  it('is appended to, created readable by its owner only, and keeps every earlier line', async () => {
    writeFileSync(checkpointFile(), 'a line the operator wrote\n', { mode: 0o600 });
    await arrangeChain();
    await checkpointNow();
    const [, first] = checkpointLines();

    await record('MORE');
    expect(await checkpointNow()).toMatchObject({ written: true, checkpoint: { seq: 7 } });

    expect(checkpointLines()).toEqual(['a line the operator wrote', first, expect.stringContaining('"seq":7')]);
  });

  it('is created with mode 0600, and written only when the head has moved', async () => {
    await arrangeChain();
    expect(await checkpointNow()).toMatchObject({ written: true });
    expect(await checkpointNow()).toMatchObject({ written: false, checkpoint: { seq: 6 } });

    expect(statSync(checkpointFile()).mode & 0o777).toBe(0o600);
    expect(checkpointLines()).toHaveLength(1);
  });

  it('is mirrored to a second sink, whose checkpoints count when the first file lost them', async () => {
    const mirror = join(tmpdir(), `dangan-mirror-${process.pid}-${Date.now()}.jsonl`);
    const settings = { ...server.settings, AUDIT_CHECKPOINT_MIRROR: mirror };
    try {
      await arrangeChain();
      await writeCheckpoint(server.em(), settings);
      expect(readFileSync(mirror, 'utf8').trim()).toBe(checkpointLines()[0]);

      rmSync(checkpointFile());
      await deleteFrom(5);

      expect(await verifyAuditChain(server.em(), settings)).toMatchObject({ ok: false, problem: 'TRUNCATED' });
    } finally {
      rmSync(mirror, { force: true });
    }
  });

  it('is written on every tick while the chain grows, not while it stands still, and when stopped', async () => {
    await arrangeChain();
    const schedule = scheduleCheckpoints(server.orm, server.settings, 50);
    try {
      await vi.waitFor(() => expect(checkpointLines()).toHaveLength(1), { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(checkpointLines()).toHaveLength(1);

      await record('MORE');
      await vi.waitFor(() => expect(checkpointLines()).toHaveLength(2), { timeout: 10_000 });
    } finally {
      await record('AT_SHUTDOWN');
      await schedule.stop();
    }
    expect(checkpointLines().at(-1)).toContain('"seq":8');
  });
});

describe('pnpm audit:checkpoint and pnpm audit:verify', () => {
  it('checkpoints the head, then name the truncation with and without --full', async () => {
    await arrangeChain();

    const written = await runCommand('src/audit/checkpoint-command.ts');
    expect(written.code, written.output).toBe(0);
    expect(written.output).toMatch(/Checkpoint written: entry 6\b/);

    await deleteFrom(5);
    for (const args of [[], ['--full']]) {
      const verified = await runCommand('src/audit/verify-command.ts', args);
      expect(verified.code, verified.output).toBe(1);
      expect(verified.output).toMatch(/truncated: it ends before its checkpoint/);
      expect(verified.output).toMatch(/checkpoint of entry 6\b/);
    }
  });
});

describe('the server', () => {
  it('writes a checkpoint of the head when it shuts down gracefully (SIGTERM)', async () => {
    await arrangeChain();

    const server = await runCommand('src/main.ts', [], {
      // No background jobs: their schedules queue (and audit) a run at start, moving the head on.
      env: { PORT: '0', LOG_LEVEL: 'info', SEED_DEMO_DATA: 'false', JOBS_ENABLED: 'false' },
      stopWhen: /Dangan is listening/,
    });

    expect(server.code, server.output).toBe(0);
    expect(checkpointLines()).toEqual([expect.stringContaining('"seq":6')]);
  });
});

describe('the trail in the database', () => {
  it('on PostgreSQL refuses UPDATE, DELETE and TRUNCATE by a trigger; SQLite has none, its guard is the checkpoints', async () => {
    await record('FIRST');
    const statements =
      dialect === 'postgresql'
        ? ["update audit_entry set actor = 'x'", 'delete from audit_entry', 'truncate audit_entry']
        : ["update audit_entry set actor = 'x'", 'delete from audit_entry'];

    const outcomes: string[] = [];
    for (const sql of statements) {
      outcomes.push(
        await server
          .em()
          .getConnection()
          .execute(sql)
          .then(
            () => 'done',
            (error: Error) => error.message,
          ),
      );
    }

    if (dialect === 'postgresql') {
      expect(outcomes).toEqual(statements.map(() => expect.stringMatching(/audit_entry is append-only/)));
      expect(await server.em().count(AuditEntry, { actor: 'system' })).toBe(1);
    } else {
      expect(outcomes).toEqual(['done', 'done']);
    }
  });
});
