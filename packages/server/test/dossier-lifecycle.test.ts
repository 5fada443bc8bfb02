import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Dossier } from '../src/dossiers/dossier.entity';
import { DisposalBatch } from '../src/dossiers/lifecycle.entities';
import { escalateBrokenPromises, lifecycleCheckJob, lifecycleCheckSchedule } from '../src/dossiers/lifecycle.jobs';
import { Material, MaterialStatus } from '../src/dossiers/material.entity';
import { addDaysTo } from '../src/dossiers/lifecycle.shared';
import { Job } from '../src/jobs/job.entity';
import { queueDueRuns } from '../src/jobs/scheduler';
import { chinaToday } from '../src/members/member-validation';
import { Member } from '../src/members/member.entity';
import { MembershipStage } from '../src/members/membership';
import { systemContext } from '../src/shared/service-context';
import { graphql, login, onlyError } from './support/client';
import { actingAs, makeArchives, makeKeptDossiers, makeOverdue } from './support/dossier-factories';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();
const DAY = 86_400_000;
const today = () => chinaToday(new Date());

async function arrange(count = 2, options: Parameters<typeof makeKeptDossiers>[3] = {}) {
  const archives = await makeArchives(server.em());
  const asKeeper = actingAs(server.em(), server.settings, archives.keeper, archives.officeA);
  const dossiers = await makeKeptDossiers(asKeeper, archives.branch, count, options);
  const [keeper, stranger, leader] = await Promise.all(
    ['keeper', 'stranger', 'leader'].map((name) => login(server.url, name, PASSWORD)),
  );
  return { ...archives, asKeeper, dossiers, tokens: { keeper, stranger, leader } };
}

const EXPLAIN = `mutation ($id: ID!, $text: String!, $date: String!, $version: Int!) {
  explainOverdue(dossierId: $id, explanation: $text, promisedDate: $date, version: $version) {
    id version overdueExplanation promisedCompletionOn explainedAt escalatedAt } }`;
const OVERDUE = `query ($filter: OverdueDossierFilter) { overdueDossiers(filter: $filter) { totalCount
  edges { node { id overdue overdueExplanation escalatedAt member { name } } } } }`;

const overdueIds = async (token: string, filter: Record<string, unknown> = {}) => {
  const response = await graphql(server.url, OVERDUE, { filter }, { token });
  expect(response.errors).toBeUndefined();
  return (response.data!.overdueDossiers.edges as { node: { id: string } }[]).map((edge) => Number(edge.node.id));
};

describe('overdue dossiers: explanation and escalation', () => {
  it('lets the custodian explain an overdue dossier and lists it as explained', async () => {
    const { dossiers, tokens } = await arrange(2);
    await makeOverdue(server.em(), [dossiers[0].id]);
    const [late, onTime] = await server
      .em()
      .find(Dossier, { id: { $in: dossiers.map((d) => d.id) } }, { orderBy: { id: 'asc' } });
    const explain = (
      id: number,
      text: string,
      date: string,
      version: number,
      token = tokens.keeper,
      language?: string,
    ) => graphql(server.url, EXPLAIN, { id: String(id), text, date, version }, { token, language });

    expect(await overdueIds(tokens.keeper)).toEqual([late.id]);
    expect(await overdueIds(tokens.keeper, { explained: true })).toEqual([]);

    const tooShort = onlyError(await explain(late.id, '缺', addDaysTo(today(), 10), late.version, tokens.keeper, 'en'));
    expect(tooShort.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'explanation' });
    expect(tooShort.message).toBe('The explanation must be 5 to 500 characters');
    for (const date of [today(), addDaysTo(today(), 91), '2026-02-30']) {
      const refused = onlyError(await explain(late.id, '等待上级党委审批材料', date, late.version));
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'promisedDate' });
    }
    expect(
      onlyError(await explain(onTime.id, '等待上级党委审批材料', addDaysTo(today(), 10), onTime.version)).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dossierId' });
    expect(
      onlyError(await explain(late.id, '等待上级党委审批材料', addDaysTo(today(), 10), late.version, tokens.stranger))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      onlyError(await explain(late.id, '等待上级党委审批材料', addDaysTo(today(), 10), late.version + 1)).extensions
        ?.code,
    ).toBe('CONFLICT');

    const promised = addDaysTo(today(), 90);
    const explained = await explain(late.id, '  等待上级党委审批材料  ', promised, late.version);
    expect(explained.errors).toBeUndefined();
    expect(explained.data!.explainOverdue).toMatchObject({
      overdueExplanation: '等待上级党委审批材料',
      promisedCompletionOn: promised,
      escalatedAt: null,
    });
    expect(await overdueIds(tokens.keeper, { explained: true })).toEqual([late.id]);
    expect(await overdueIds(tokens.keeper, { explained: false })).toEqual([]);
    // The organisation's leaders see it; another archive office does not.
    expect(await overdueIds(tokens.leader, { explained: true })).toEqual([late.id]);
    expect(await overdueIds(tokens.stranger)).toEqual([]);
    expect(
      await server.em().count(AuditEntry, { action: 'DOSSIER_OVERDUE_EXPLAINED', target: `Dossier:${late.id}` }),
    ).toBe(1);
  });

  it('escalates a dossier still incomplete after its promised date, once', async () => {
    const { dossiers, tokens } = await arrange(3);
    const [broken, kept, unexplained] = dossiers;
    await makeOverdue(
      server.em(),
      dossiers.map((dossier) => dossier.id),
    );
    await server.em().nativeUpdate(
      Dossier,
      { id: broken.id },
      {
        overdueExplanation: '等待审批',
        promisedCompletionOn: addDaysTo(today(), -1),
        explainedAt: new Date(Date.now() - 10 * DAY),
      },
    );
    await server.em().nativeUpdate(
      Dossier,
      { id: kept.id },
      {
        overdueExplanation: '等待审批',
        promisedCompletionOn: addDaysTo(today(), 5),
        explainedAt: new Date(),
      },
    );
    const system = () => systemContext(server.em(), server.settings, 'test-check');

    expect(await escalateBrokenPromises(system())).toBe(1);
    expect(await escalateBrokenPromises(system())).toBe(0);
    const entries = await server.em().find(AuditEntry, { action: 'DOSSIER_ESCALATED' });
    expect(entries.map((entry) => [entry.target, entry.actor])).toEqual([[`Dossier:${broken.id}`, 'system']]);
    expect(entries[0].organizationPath).toBe('/ROOT/B1/');

    expect(await overdueIds(tokens.leader, { escalated: true })).toEqual([broken.id]);
    expect(await overdueIds(tokens.leader, { escalated: false })).toEqual([kept.id, unexplained.id]);

    const COUNTS = '{ dossierLifecycleCounts { overdue escalated reviewsDue lateFilings } }';
    const countsFor = async (token: string) =>
      (await graphql(server.url, COUNTS, {}, { token })).data!.dossierLifecycleCounts;
    expect(await countsFor(tokens.leader)).toEqual({ overdue: 3, escalated: 1, reviewsDue: 0, lateFilings: 0 });
    expect(await countsFor(tokens.stranger)).toEqual({ overdue: 0, escalated: 0, reviewsDue: 0, lateFilings: 0 });

    const result = await lifecycleCheckJob.handler(system(), {}, async () => undefined);
    expect(result.newlyEscalated).toBe(0);
    expect(result.totals).toMatchObject({ overdue: 3, escalated: 1 });
  });

  it('queues the daily check once per day however many instances tick', async () => {
    await arrange(0);
    const now = new Date();
    await Promise.all([1, 2, 3].map(() => queueDueRuns(server.orm, server.settings, [lifecycleCheckSchedule], now)));
    await queueDueRuns(server.orm, server.settings, [lifecycleCheckSchedule], new Date(now.getTime() + 1000));
    const runs = await server.em().find(Job, { kind: 'dossiers.lifecycleCheck' });
    expect(runs).toHaveLength(1);
    expect(runs[0].scheduleSlot).toMatch(/^dossiers\.lifecycleCheck@.*T16:05:00\.000Z$/);
  });
});

const REVIEWS_DUE = `query ($filter: ReviewsDueFilter) { reviewsDue(filter: $filter) { totalCount
  edges { node { id status reviewIntervalMonths nextReviewAt lastReviewedAt } } } }`;
const RECORD_REVIEW = `mutation ($id: ID!, $findings: String!, $version: Int!) {
  recordReview(dossierId: $id, findings: $findings, version: $version) { id findings reviewedAt nextReviewAt } }`;

describe('the maintenance cycle', () => {
  it('schedules a new dossier’s first review a year out and lists it once due', async () => {
    const { dossiers, tokens } = await arrange(1);
    const [dossier] = dossiers;
    const months = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / (30.44 * DAY));
    expect(months(dossier.createdAt, dossier.nextReviewAt!)).toBe(12);
    const due = async () =>
      (await graphql(server.url, REVIEWS_DUE, {}, { token: tokens.keeper })).data!.reviewsDue.edges.map(
        (edge: { node: { id: string } }) => Number(edge.node.id),
      );
    expect(await due()).toEqual([]);

    await server.em().nativeUpdate(Dossier, { id: dossier.id }, { nextReviewAt: new Date(Date.now() - DAY) });
    expect(await due()).toEqual([dossier.id]);
    // nativeUpdate moved the optimistic-lock version on: read what the SPA would have shown.
    const { version } = await server.em().findOneOrFail(Dossier, dossier.id);
    const refused = await graphql(
      server.url,
      RECORD_REVIEW,
      { id: String(dossier.id), findings: ' ', version },
      { token: tokens.keeper },
    );
    expect(onlyError(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'findings' });
    const stranger = await graphql(
      server.url,
      RECORD_REVIEW,
      { id: String(dossier.id), findings: '材料齐整', version },
      { token: tokens.stranger },
    );
    expect(onlyError(stranger).extensions?.code).toBe('NOT_FOUND');

    const reviewed = await graphql(
      server.url,
      RECORD_REVIEW,
      { id: String(dossier.id), findings: '材料齐整，无破损', version },
      { token: tokens.keeper },
    );
    expect(reviewed.errors, JSON.stringify(reviewed.errors)).toBeUndefined();
    const review = reviewed.data!.recordReview;
    expect(months(new Date(review.reviewedAt), new Date(review.nextReviewAt))).toBe(12);
    expect(await due()).toEqual([]);
    const stored = await server.em().findOneOrFail(Dossier, dossier.id);
    expect(stored.nextReviewAt!.toISOString()).toBe(review.nextReviewAt);
    expect(await server.em().count(AuditEntry, { action: 'DOSSIER_REVIEWED' })).toBe(1);
  });

  it('moves a retired member’s dossier into the retired collection on a 36-month cycle', async () => {
    const { dossiers, tokens } = await arrange(1, { stage: MembershipStage.FULL });
    const [dossier] = dossiers;
    const member = await server.em().findOneOrFail(Member, dossier.member.id);
    const retired = await graphql(
      server.url,
      `
        mutation ($input: ChangeMembershipStatusInput!) {
          changeMembershipStatus(input: $input) {
            membershipStatus
          }
        }
      `,
      { input: { id: String(member.id), version: member.version, status: 'RETIRED', date: today() } },
      { token: tokens.keeper },
    );
    expect(retired.errors).toBeUndefined();
    const stored = await server.em().findOneOrFail(Dossier, dossier.id);
    expect(stored.status).toBe('RETIRED_COLLECTION');
    expect(stored.reviewIntervalMonths).toBe(36);
    expect(Math.round((stored.nextReviewAt!.getTime() - Date.now()) / (30.44 * DAY))).toBe(36);

    await server.em().nativeUpdate(Dossier, { id: dossier.id }, { nextReviewAt: new Date(Date.now() - DAY) });
    const due = await graphql(
      server.url,
      REVIEWS_DUE,
      { filter: { status: 'RETIRED_COLLECTION' } },
      { token: tokens.keeper },
    );
    expect(
      due.data!.reviewsDue.edges.map(
        (edge: { node: { reviewIntervalMonths: number } }) => edge.node.reviewIntervalMonths,
      ),
    ).toEqual([36]);
  });
});

const ADD = `mutation ($input: AddMaterialInput!) { addMaterial(input: $input) { id lateFiling } }`;
const INVALIDATE = `mutation ($id: ID!) { invalidateMaterial(id: $id, reason: "重复归档") { status } }`;
const DISPOSE = `mutation ($ids: [ID!]!, $decision: DisposalDecisionInput!) {
  disposeMaterials(materialIds: $ids, decision: $decision) { id method decisionNote decidedOn materialIds materialCount } }`;
const INVALIDATED = `{ invalidatedMaterials { totalCount edges { node { id status dossier { id member { name } } } } } }`;

async function fileMaterials(token: string, dossierId: number, receivedOn: string[]) {
  const categories = (await graphql(server.url, '{ materialCategories { id code } }', {}, { token })).data!
    .materialCategories as { id: string; code: string }[];
  const ids: number[] = [];
  for (const [i, received] of receivedOn.entries()) {
    const added = await graphql(
      server.url,
      ADD,
      {
        input: {
          dossierId: String(dossierId),
          categoryId: categories[i % categories.length].id,
          title: `材料${i}`,
          formedOn: '2020-03-01',
          receivedOn: received,
        },
      },
      { token },
    );
    expect(added.errors).toBeUndefined();
    ids.push(Number(added.data!.addMaterial.id));
  }
  return ids;
}

describe('invalidated materials and central processing', () => {
  const decision = { method: 'DESTROYED', decisionNote: '经档案室集体研究，予以销毁', decidedOn: '2026-01-05' };

  it('disposes of a batch all or nothing and keeps every row', async () => {
    const { dossiers, tokens, keeper, stranger, officeB, branch } = await arrange(1);
    const [a, b, current] = await fileMaterials(tokens.keeper, dossiers[0].id, [
      '2020-03-02',
      '2020-03-03',
      '2020-03-04',
    ]);
    for (const id of [a, b])
      expect(
        (await graphql(server.url, INVALIDATE, { id: String(id) }, { token: tokens.keeper })).errors,
      ).toBeUndefined();
    // Another office's invalidated material.
    const asStranger = actingAs(server.em(), server.settings, stranger, officeB);
    const [foreignDossier] = await makeKeptDossiers(asStranger, branch, 1, { firstSeq: 500 });
    const [foreign] = await fileMaterials(tokens.stranger, foreignDossier.id, ['2020-03-02']);
    await graphql(server.url, INVALIDATE, { id: String(foreign) }, { token: tokens.stranger });

    const listed = await graphql(server.url, INVALIDATED, {}, { token: tokens.keeper });
    expect(listed.data!.invalidatedMaterials.totalCount).toBe(2);
    expect(listed.data!.invalidatedMaterials.edges[0].node.dossier.member.name).toBe('成员1');

    const dispose = (ids: number[], token = tokens.keeper, extra: Record<string, unknown> = {}) =>
      graphql(
        server.url,
        DISPOSE,
        { ids: ids.map(String), decision: { ...decision, ...extra } },
        { token, language: 'en' },
      );
    const notInvalidated = onlyError(await dispose([a, current]));
    expect(notInvalidated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'materialIds' });
    expect(notInvalidated.message).toBe(`Material ${current} is not invalidated and cannot be disposed of`);
    const notKept = onlyError(await dispose([a, foreign]));
    expect(notKept.message).toBe(`Material ${foreign} does not exist or is not kept by your archive office`);
    expect(onlyError(await dispose([a], tokens.keeper, { decidedOn: '2999-01-01' })).extensions?.field).toBe(
      'decidedOn',
    );
    expect(onlyError(await dispose([a], tokens.keeper, { decisionNote: '销毁' })).extensions?.field).toBe(
      'decisionNote',
    );
    expect(onlyError(await dispose([a], tokens.leader)).extensions?.code).toBe('FORBIDDEN');
    expect(await server.em().count(Material, { status: MaterialStatus.DISPOSED })).toBe(0);

    const done = await dispose([b, a]);
    expect(done.errors).toBeUndefined();
    expect(done.data!.disposeMaterials).toMatchObject({
      method: 'DESTROYED',
      materialIds: [String(a), String(b)],
      materialCount: 2,
    });
    const rows = await server.em().find(Material, { id: { $in: [a, b] } });
    expect(rows.map((row) => row.status)).toEqual([MaterialStatus.DISPOSED, MaterialStatus.DISPOSED]);
    expect(
      (await graphql(server.url, INVALIDATED, {}, { token: tokens.keeper })).data!.invalidatedMaterials.totalCount,
    ).toBe(0);
    const batch = await server.em().findOneOrFail(DisposalBatch, Number(done.data!.disposeMaterials.id));
    expect(batch.decidedBy.id).toBe(keeper.id);
    const entry = await server.em().findOneOrFail(AuditEntry, { action: 'MATERIALS_DISPOSED' });
    expect(entry.organizationPath).toBe('/ROOT/DA/');
  });

  it('answers CONFLICT to all but one of parallel batches over the same materials', async () => {
    const { dossiers, tokens } = await arrange(1);
    const ids = await fileMaterials(tokens.keeper, dossiers[0].id, ['2020-03-02', '2020-03-03']);
    for (const id of ids) await graphql(server.url, INVALIDATE, { id: String(id) }, { token: tokens.keeper });
    const results = await Promise.all(
      [0, 1, 2, 3].map(() =>
        graphql(server.url, DISPOSE, { ids: ids.map(String), decision }, { token: tokens.keeper }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map((result) => onlyError(result).extensions?.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
    ]);
    expect(await server.em().count(DisposalBatch, {})).toBe(1);
  });
});

describe('late filings', () => {
  it('lists current materials received later than their category allows, to readers of the subtree', async () => {
    const { dossiers, tokens } = await arrange(1);
    const [onTime, late] = await fileMaterials(tokens.keeper, dossiers[0].id, ['2020-03-10', '2020-05-02']);
    void onTime;
    const LATE = `{ lateFilings { totalCount edges { node { id lateFiling dossier { id } } } } }`;
    for (const token of [tokens.keeper, tokens.leader]) {
      const response = await graphql(server.url, LATE, {}, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data!.lateFilings.edges.map((edge: { node: { id: string } }) => Number(edge.node.id))).toEqual([
        late,
      ]);
    }
    expect((await graphql(server.url, LATE, {}, { token: tokens.stranger })).data!.lateFilings.totalCount).toBe(0);
  });
});
