import ExcelJS from 'exceljs';
import { GraphQLObjectType } from 'graphql';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../app/context';
import { describeBasis } from '../policy/decision';
import { FieldPolicy } from '../policy/field-policy';
import { authorize } from '../policy/policy';
import { badInput } from '../shared/errors';
import { Locale, ServiceContext } from '../shared/service-context';
import { columnLabel, IMPORT_COLUMNS } from './member-import-format';
import { listMembers, MemberFilterInput, MemberRecord } from './member.service';
import { opened, PII } from './personal-data';

/** A direct download, not a job: beyond this many members the caller narrows the filter. */
export const MAX_EXPORT_ROWS = 10_000;
const PAGE = 500;
const GUARDED = { idNumber: PII.idNumber, phone: PII.phone, address: PII.address } as const;
const MEMBER_TYPE = { name: 'Member' } as GraphQLObjectType;

// app/loaders composes every module's loaders, this one's included: read it once a request runs.
const loaders = () => import('../app/loaders');

/**
 * The member list under `filter` as an XLSX workbook (issue 9 §9). Personal data goes through
 * the API's own field policy (`FieldPolicy`, the function every GraphQL read of a guarded field
 * passes): masked where the caller may not read it; unmasked reads are audited as one
 * SENSITIVE_READ entry before a byte is sent — if that entry cannot be written, nothing is.
 */
export async function exportMembers(
  service: ServiceContext,
  filter: MemberFilterInput,
  terms: Record<string, string>,
): Promise<Buffer> {
  authorize(service.actor, 'member.export');
  const ctx: RequestContext = {
    ...service,
    requestId: service.requestId ?? 'export',
    loaders: (await loaders()).createLoaders(service.em),
    sensitiveReads: new Map(),
  };
  const first = await listMembers(ctx, filter, { limit: PAGE, afterId: null }, 'ID', true);
  if (first.totalCount! > MAX_EXPORT_ROWS) throw badInput('filter', 'memberExport.tooMany', { max: MAX_EXPORT_ROWS });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ctx.locale === 'en' ? 'Members' : '党员');
  const fields = [...IMPORT_COLUMNS.map((column) => column.field), 'membershipStatus'];
  sheet.addRow(fields.map((field) => exportLabel(field, ctx.locale)));
  sheet.getRow(1).font = { bold: true };
  let page = first;
  const exportedIds: number[] = [];
  for (;;) {
    const members = page.edges.map((edge) => edge.node);
    const rows = await Promise.all(members.map((member) => exportRow(ctx, member, terms)));
    for (const row of rows) sheet.addRow(fields.map((field) => row[field] ?? ''));
    exportedIds.push(...members.map((member) => member.id));
    if (!page.pageInfo.hasNextPage) break;
    page = await listMembers(ctx, filter, { limit: PAGE, afterId: members.at(-1)!.id }, 'ID', false);
  }
  sheet.columns.forEach((column) => (column.width = 16));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  if (ctx.sensitiveReads.size) await auditUnmaskedExport(ctx, filter, exportedIds);
  return bytes;
}

async function exportRow(
  ctx: RequestContext,
  member: MemberRecord,
  terms: Record<string, string>,
): Promise<Record<string, string>> {
  const organization = await ctx.loaders.organizationById.load(member.organization.id);
  const row: Record<string, string> = {
    name: member.name,
    gender: terms[member.gender] ?? member.gender,
    ethnicity: member.ethnicity,
    birthDate: member.birthDate,
    education: member.education ?? '',
    workUnit: member.workUnit ?? '',
    post: member.post ?? '',
    organizationCode: organization?.code ?? '',
    stage: terms[member.stage] ?? member.stage,
    applicationDate: member.applicationDate ?? '',
    activistDate: member.activistDate ?? '',
    developmentTargetDate: member.developmentTargetDate ?? '',
    probationaryDate: member.probationaryDate ?? '',
    fullMembershipDate: member.fullMembershipDate ?? '',
    membershipStatus: terms[member.membershipStatus] ?? member.membershipStatus,
  };
  const stored = { idNumber: member.idNumberEncrypted, phone: member.phoneEncrypted, address: member.addressEncrypted };
  for (const [field, purpose] of Object.entries(GUARDED) as [keyof typeof GUARDED, string][]) {
    const value = await FieldPolicy(
      { root: member, context: ctx, info: { parentType: MEMBER_TYPE, fieldName: field } },
      async () => opened(ctx.settings.pii, stored[field], purpose),
    );
    row[field] = (value as string | null) ?? '';
  }
  return row;
}

/** One entry for the export, like the per-request entry of app/plugins.ts: which members, on what basis. */
async function auditUnmaskedExport(ctx: RequestContext, filter: MemberFilterInput, memberIds: number[]) {
  const reads = [...ctx.sensitiveReads.entries()];
  const bases = [...new Set(reads.map(([, read]) => describeBasis(read.basis)))];
  await recordAudit(ctx.em.fork(), ctx, {
    action: 'SENSITIVE_READ',
    target: null,
    organizationPath: ctx.actor?.organizationPath,
    details: {
      operation: 'exportMembers',
      filter: { ...filter },
      fields: Object.keys(GUARDED).map((field) => `Member.${field}`),
      exported: memberIds.length,
      unmaskedMembers: [...new Set(reads.map(([key]) => Number(key.split(':')[1].split('.')[0])))],
      bases,
    },
  });
}

const exportLabel = (field: string, locale: Locale) =>
  field === 'membershipStatus' ? (locale === 'en' ? 'Membership status' : '党员状态') : columnLabel(field, locale);
