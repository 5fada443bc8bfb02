import { MikroORM } from '@mikro-orm/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { runAudited } from '../src/audit/audited-change';
import { openDatabase } from '../src/db/orm';
import { defineJob, registerJobs, scheduleJob, unregisterSchedules } from '../src/jobs/job-definition';
import { Job, JobStatus } from '../src/jobs/job.entity';
import { startJobs, RunningJobs, JobRunnerOptions } from '../src/jobs/job-runner';
import { enqueueJob } from '../src/jobs/job.service';
import { startScheduler } from '../src/jobs/scheduler';
import { selfTestJob } from '../src/jobs/self-test.job';
import { Actor } from '../src/policy/actor';
import { badInput } from '../src/shared/errors';
import { ServiceContext, systemContext } from '../src/shared/service-context';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

const server = useTestServer();

/** Fast intervals: the defaults suit production, not a test that waits for them. */
const FAST: Partial<JobRunnerOptions> = { pollIntervalMs: 200, progressIntervalMs: 50, stopGraceMs: 2000 };

const JOB = `query ($id: ID!) { job(id: $id) { id kind status progress message result error attempts startedAt finishedAt } }`;

/** Which ORM (instance) ran each attempt of the test kinds, by job payload key. */
const attempts = new Map<string, MikroORM['config'][]>();
const recordAttempt = (key: string, ctx: ServiceContext) =>
  attempts.set(key, [...(attempts.get(key) ?? []), ctx.em.config]);

const failingJob = defineJob<{ key: string; failures: number }, string>({
  kind: 'jobsTest.failing',
  retry: { attempts: 2, delaySeconds: 0 },
  handler: async (ctx, { key, failures }) => {
    recordAttempt(key, ctx);
    if (attempts.get(key)!.length <= failures) throw new Error('connection reset by peer at 10.0.0.7');
    return 'done';
  },
});
const refusingJob = defineJob<{ key: string }, never>({
  kind: 'jobsTest.refusing',
  retry: { attempts: 3, delaySeconds: 0 },
  handler: async (ctx, { key }) => {
    recordAttempt(key, ctx);
    throw badInput('file', 'jobs.selfTest.duration', { max: 7 });
  },
});
const countedJob = defineJob<{ key: string; ms: number }, { actor: string | null }>({
  kind: 'jobsTest.counted',
  handler: async (ctx, { key, ms }) => {
    recordAttempt(key, ctx);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { actor: ctx.actor?.username ?? null };
  },
});
const tickJob = defineJob<Record<string, never>, null>({
  kind: 'jobsTest.tick',
  handler: async (ctx) => {
    recordAttempt('tick', ctx);
    return null;
  },
});
registerJobs([failingJob, refusingJob, countedJob, tickJob]);

function actorOf(user: User, organizationPath: string): Actor {
  return {
    userId: user.id,
    username: user.username,
    roles: user.roles,
    organizationId: user.organization.id,
    organizationPath,
    sessionId: 'test',
  };
}

/** Alice, a requester in LEFT-B1, with a context acting as her; Bob beside her; ADMINs at ROOT and RIGHT. */
async function people() {
  const tree = await makeTree(server.em());
  const alice = await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch });
  await makeUser(server.em(), { username: 'bob', organization: tree.leftBranch });
  await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
  await makeUser(server.em(), { username: 'right.admin', organization: tree.right, roles: [Role.ADMIN] });
  const asAlice: ServiceContext = {
    ...systemContext(server.em(), server.settings, 'test'),
    actor: actorOf(alice, tree.leftBranch.path),
  };
  return { tree, alice, asAlice, token: (username: string) => login(server.url, username, PASSWORD) };
}

async function readJob(id: number | string, token: string, language?: string) {
  const response = await graphql(server.url, JOB, { id: String(id) }, { token, language });
  expect(response.errors).toBeUndefined();
  return response.data!.job as Record<string, any> | null;
}

/** Polls the row until `done` holds, returning every state seen on the way. */
async function waitForJob(id: number, done: (job: Job) => boolean, timeoutMs = 10_000) {
  const seen: Job[] = [];
  for (const start = Date.now(); Date.now() - start < timeoutMs;) {
    const job = await server.em().findOneOrFail(Job, id);
    seen.push(job);
    if (done(job)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not get there: ${JSON.stringify(seen.at(-1))}`);
}
const isFinal = (job: Job) => [JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED].includes(job.status);

function useJobRunner() {
  let jobs: RunningJobs | undefined;
  beforeAll(async () => {
    jobs = await startJobs(server.orm, server.settings, server.database.target, FAST);
  });
  afterAll(() => jobs?.stop());
}

describe('a job through its life', () => {
  useJobRunner();
  afterEach(() => attempts.clear());

  it('shows its progress through job(id) while it runs and ends SUCCEEDED with its result', async () => {
    const { token } = await people();
    const adminToken = await token('root.admin');
    const started = await graphql(
      server.url,
      'mutation { startJobSelfTest(durationMs: 1500) { id status } }',
      {},
      { token: adminToken },
    );
    expect(started.errors).toBeUndefined();
    const id = started.data!.startJobSelfTest.id as string;

    const seen: Record<string, any>[] = [];
    for (const start = Date.now(); Date.now() - start < 10_000;) {
      const job = (await readJob(id, adminToken))!;
      seen.push(job);
      if (job.status === 'SUCCEEDED') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const midway = seen.filter((job) => job.status === 'RUNNING' && job.progress > 0 && job.progress < 100);
    expect(midway.length).toBeGreaterThan(0);
    expect(midway[0].message).toBe('自检进行中');
    const progress = seen.map((job) => job.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({
      kind: 'jobs.selfTest',
      status: 'SUCCEEDED',
      progress: 100,
      result: JSON.stringify({ steps: 10 }),
      error: null,
      attempts: 1,
    });
    expect(seen.at(-1)!.startedAt).not.toBeNull();
    expect(seen.at(-1)!.finishedAt).not.toBeNull();
    const queued = await server.em().findOneOrFail(AuditEntry, { action: 'JOB_QUEUED', target: `Job:${id}` });
    expect(queued).toMatchObject({ actor: 'root.admin', targetLabel: 'jobs.selfTest' });
    expect(JSON.parse(queued.details!)).toEqual({ kind: 'jobs.selfTest' });
  });

  it('runs as the user who queued it', async () => {
    const { asAlice } = await people();
    const job = await enqueueJob(asAlice, countedJob, { key: 'who', ms: 0 });
    const [finished] = (await waitForJob(job.id, isFinal)).slice(-1);
    expect(finished.status).toBe(JobStatus.SUCCEEDED);
    expect(JSON.parse(finished.result!)).toEqual({ actor: 'alice' });
  });

  it('retries a failed attempt and succeeds on the next', async () => {
    const { asAlice } = await people();
    const job = await enqueueJob(asAlice, failingJob, { key: 'flaky', failures: 1 });
    const [finished] = (await waitForJob(job.id, isFinal)).slice(-1);
    expect(finished).toMatchObject({ status: JobStatus.SUCCEEDED, attempts: 2, result: '"done"', errorKey: null });
    expect(attempts.get('flaky')).toHaveLength(2);
  });

  it('fails after its last attempt with a translated message and no internals', async () => {
    const { alice, asAlice, token } = await people();
    const job = await enqueueJob(asAlice, failingJob, { key: 'broken', failures: 99 });
    await waitForJob(job.id, isFinal);

    const aliceToken = await token(alice.username);
    expect(await readJob(job.id, aliceToken)).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      error: '任务执行失败，请稍后重试或联系管理员',
      result: null,
    });
    const inEnglish = await readJob(job.id, aliceToken, 'en');
    expect(inEnglish!.error).toBe('The job failed; try again later or ask an administrator');
    expect(JSON.stringify(inEnglish)).not.toMatch(/10\.0\.0\.7|connection reset|at .*\.ts/);
    expect(attempts.get('broken')).toHaveLength(2);
  });

  it('does not retry a refusal of its input, and says why with its parameters', async () => {
    const { alice, asAlice, token } = await people();
    const job = await enqueueJob(asAlice, refusingJob, { key: 'refused' });
    await waitForJob(job.id, isFinal);

    expect(await readJob(job.id, await token(alice.username), 'en')).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      error: 'The self-test takes between 0 and 7 milliseconds',
    });
    expect(attempts.get('refused')).toHaveLength(1);
  });

  it('stops a running job at its next step when its owner cancels it', async () => {
    const { alice, asAlice, token } = await people();
    const job = await enqueueJob(asAlice, selfTestJob, { durationMs: 3000 });
    await waitForJob(job.id, (row) => row.status === JobStatus.RUNNING && row.progress > 0);
    const aliceToken = await token(alice.username);

    const bob = await graphql(
      server.url,
      'mutation ($id: ID!) { cancelJob(id: $id) { status } }',
      { id: String(job.id) },
      { token: await token('bob') },
    );
    expect(onlyError(bob).extensions?.code).toBe('NOT_FOUND');
    const cancelled = await graphql(
      server.url,
      'mutation ($id: ID!) { cancelJob(id: $id) { status } }',
      { id: String(job.id) },
      { token: aliceToken },
    );
    expect(cancelled.data).toEqual({ cancelJob: { status: 'CANCELLED' } });

    const progressAtCancel = (await server.em().findOneOrFail(Job, job.id)).progress;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await server.em().findOneOrFail(Job, job.id)).toMatchObject({
      status: JobStatus.CANCELLED,
      progress: progressAtCancel,
    });
    const again = await graphql(
      server.url,
      'mutation ($id: ID!) { cancelJob(id: $id) { status } }',
      { id: String(job.id) },
      { token: aliceToken },
    );
    expect(onlyError(again).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await server.em().count(AuditEntry, { action: 'JOB_CANCELLED', target: `Job:${job.id}` })).toBe(1);
  });
});

describe('queuing inside a unit of work', () => {
  it('commits the job and its JOB_QUEUED entry with the change, or neither', async () => {
    const { asAlice } = await people();
    const kept = await runAudited(asAlice, async (tx) => {
      const job = await enqueueJob({ ...asAlice, em: tx }, countedJob, { key: 'kept', ms: 0 });
      return { result: job, audit: { action: 'USER_UPDATED', target: 'User:1' } };
    });
    await expect(
      runAudited(asAlice, async (tx) => {
        await enqueueJob({ ...asAlice, em: tx }, countedJob, { key: 'dropped', ms: 0 });
        throw badInput('name', 'common.required');
      }),
    ).rejects.toThrow('common.required');

    const jobs = await server.em().find(Job, {});
    expect(jobs.map((job) => [job.id, JSON.parse(job.payload).key])).toEqual([[kept.id, 'kept']]);
    const entries = await server.em().find(AuditEntry, {}, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => [entry.action, entry.target])).toEqual([
      ['JOB_QUEUED', `Job:${kept.id}`],
      ['USER_UPDATED', 'User:1'],
    ]);
  });
});

describe('who sees a job', () => {
  it('shows it to its requester and to ADMINs over its organisation, to nobody else', async () => {
    const { alice, asAlice, token } = await people();
    const job = await enqueueJob(asAlice, countedJob, { key: 'seen', ms: 0 });

    expect((await readJob(job.id, await token(alice.username)))!.id).toBe(String(job.id));
    expect((await readJob(job.id, await token('root.admin')))!.kind).toBe('jobsTest.counted');
    expect(await readJob(job.id, await token('bob'))).toBeNull();
    expect(await readJob(job.id, await token('right.admin'))).toBeNull();
    expect(await readJob(999_999, await token(alice.username))).toBeNull();
  });

  it('shows a system job only to an ADMIN of the whole tree', async () => {
    const { token } = await people();
    const job = await enqueueJob(systemContext(server.em(), server.settings), countedJob, { key: 'system', ms: 0 });

    expect(await readJob(job.id, await token('root.admin'))).not.toBeNull();
    expect(await readJob(job.id, await token('right.admin'))).toBeNull();
    expect(await readJob(job.id, await token('alice'))).toBeNull();
  });

  it('answers bad input with BAD_USER_INPUT naming the argument', async () => {
    const { token } = await people();
    const adminToken = await token('root.admin');

    const badId = await graphql(server.url, JOB, { id: 'abc' }, { token: adminToken });
    expect(onlyError(badId).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const tooLong = await graphql(
      server.url,
      'mutation { startJobSelfTest(durationMs: -1) { id } }',
      {},
      { token: adminToken, language: 'en' },
    );
    expect(onlyError(tooLong)).toMatchObject({
      message: 'The self-test takes between 0 and 60000 milliseconds',
      extensions: { code: 'BAD_USER_INPUT', field: 'durationMs' },
    });
  });

  it('lets only a whole-tree ADMIN start the self-test', async () => {
    const { token } = await people();
    for (const username of ['alice', 'right.admin']) {
      const response = await graphql(
        server.url,
        'mutation { startJobSelfTest { id } }',
        {},
        { token: await token(username) },
      );
      expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await server.em().count(Job, {})).toBe(0);
  });
});

// SQLite: one process runs the jobs, so whatever is RUNNING when it starts was left by a dead one.
if (dialect === 'sqlite') {
  describe('restarting the in-process runner', () => {
    it('queues again a job a dead process left RUNNING, and fails one that had no attempt left', async () => {
      const { asAlice } = await people();
      const interrupted = await enqueueJob(asAlice, countedJob, { key: 'interrupted', ms: 0 });
      const exhausted = await enqueueJob(asAlice, countedJob, { key: 'exhausted', ms: 0 });
      // What a process that died mid-run leaves behind: its attempts counted, its rows RUNNING.
      await server.em().nativeUpdate(Job, { id: interrupted.id }, { status: JobStatus.RUNNING, attempts: 0 });
      await server.em().nativeUpdate(Job, { id: exhausted.id }, { status: JobStatus.RUNNING, attempts: 1 });

      const jobs = await startJobs(server.orm, server.settings, server.database.target, FAST);
      try {
        await waitForJob(interrupted.id, isFinal);
        await waitForJob(exhausted.id, isFinal);
      } finally {
        await jobs.stop();
      }
      expect(await server.em().findOneOrFail(Job, interrupted.id)).toMatchObject({
        status: JobStatus.SUCCEEDED,
        attempts: 1,
      });
      expect(await server.em().findOneOrFail(Job, exhausted.id)).toMatchObject({
        status: JobStatus.FAILED,
        errorKey: 'jobs.interrupted',
      });
      expect(attempts.get('exhausted')).toBeUndefined();
    });
  });
}

describe(dialect === 'postgresql' ? 'two instances sharing the queue' : 'one instance', () => {
  const SCHEDULE = '*/2 * * * * *';
  let instances: RunningJobs[] = [];
  let others: MikroORM[] = [];
  beforeAll(async () => {
    // On PostgreSQL a second instance: its own ORM on the same database, its own runner.
    if (dialect === 'postgresql') others = [await openDatabase(server.database.target)];
  });
  afterAll(async () => {
    unregisterSchedules(tickJob.kind);
    await Promise.all(others.map((orm) => orm.close(true)));
  });
  afterEach(async () => {
    await Promise.all(instances.map((jobs) => jobs.stop()));
    instances = [];
    attempts.clear();
  });
  const startAll = async () => {
    for (const orm of [server.orm, ...others]) {
      instances.push(await startJobs(orm, server.settings, server.database.target, { ...FAST, concurrency: 1 }));
    }
  };

  it('runs every queued job once, on whichever instance takes it', async () => {
    const { asAlice } = await people();
    await startAll();
    const jobs = [];
    for (let i = 0; i < 8; i += 1) jobs.push(await enqueueJob(asAlice, countedJob, { key: `shared${i}`, ms: 150 }));
    for (const job of jobs) await waitForJob(job.id, isFinal);

    for (let i = 0; i < 8; i += 1) expect(attempts.get(`shared${i}`)).toHaveLength(1);
    const rows = await server.em().find(Job, { id: { $in: jobs.map((job) => job.id) } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(jobs.map(() => [JobStatus.SUCCEEDED, 1]));
    if (dialect === 'postgresql') {
      const ranOn = new Set([...attempts.values()].flat());
      expect(ranOn).toEqual(new Set([server.orm.config, others[0].config]));
    }
  });

  it('runs a scheduled job once per period, not once per instance', async () => {
    registerJobs([], [scheduleJob(tickJob.kind, SCHEDULE)]);
    const from = Date.now();
    await startAll();
    await new Promise((resolve) => setTimeout(resolve, 4500));
    await Promise.all(instances.map((jobs) => jobs.stop()));
    instances = [];
    const periods = Math.floor(Date.now() / 2000) - Math.floor(from / 2000) + 1;

    const runs = await server.em().find(Job, { kind: tickJob.kind }, { orderBy: { id: 'asc' } });
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(periods);
    const slots = runs.map((run) => run.scheduleSlot);
    expect(new Set(slots).size).toBe(runs.length);
    expect(slots.every((slot) => /^jobsTest\.tick@\d{4}-.*:\d[02468]\.000Z$/.test(slot!))).toBe(true);
    const finished = runs.filter((run) => run.status === JobStatus.SUCCEEDED).length;
    expect(attempts.get('tick')?.length ?? 0).toBe(finished);
    // Other modules' schedules (the dossiers' daily check) queue runs of their own alongside.
    const queued = await server.em().count(AuditEntry, {
      action: 'JOB_QUEUED',
      actor: 'system',
      target: { $in: runs.map((run) => `Job:${run.id}`) },
    });
    expect(queued).toBe(runs.length);
  });

  it('looks at a schedule once per fire time, not on every tick', async () => {
    const schedule = scheduleJob(tickJob.kind, SCHEDULE);
    server.queries.reset();
    const from = Date.now();
    const stop = startScheduler(server.orm, server.settings, [schedule], 100);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await stop();
    const periods = Math.floor(Date.now() / 2000) - Math.floor(from / 2000) + 1;
    const lookups = server.queries.statements.filter((sql) => /from .job. .* where .*schedule_slot/.test(sql));
    // About 25 ticks; the slot is looked up at the start and once per period begun since.
    expect(lookups.length).toBeGreaterThanOrEqual(1);
    expect(lookups.length).toBeLessThanOrEqual(periods);
    const runs = await server.em().find(Job, { kind: tickJob.kind });
    expect(runs.length).toBe(lookups.length);
  });
});
