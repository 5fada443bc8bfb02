import { EntityManager } from '@mikro-orm/knex';
import { AuditEvent } from '../audit/audit.service';
import { runAudited } from '../audit/audited-change';
import { openDossier } from '../dossiers/dossier.service';
import { Organization } from '../organizations/organization.entity';
import { authorize, servedArea } from '../policy/policy';
import { DomainError } from '../shared/errors';
import { placeholders, selectRows } from '../shared/lean-rows';
import { Locale, ServiceContext } from '../shared/service-context';
import { Member } from './member.entity';
import { columnLabel, enumValue, IMPORT_COLUMNS, ImportRow } from './member-import-format';
import { CreateMember, custodianOf, memberEvent, memberOrganization, validatedNewMember } from './member.service';
import { chinaToday } from './member-validation';
import { Gender, MembershipStage } from './membership';
import { membersModule } from './members.module';

export enum MemberImportMode {
  /** Any failing row stops the whole import: nothing is created. */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** Rows that pass are created; the report lists the others. */
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}

export interface ImportError {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The column's name in the requester's language; null when the problem is the row's as a whole. */
  column: string | null;
  /** The field code of the column (the template's hidden row). */
  field: string | null;
  message: string;
}

export interface MemberImportResult {
  mode: MemberImportMode;
  total: number;
  imported: number;
  /** Rows with at least one error. */
  rejected: number;
  /** The first MAX_REPORTED_ERRORS errors, by row. */
  errors: ImportError[];
}

/** Rows written per transaction: large enough to be fast, small enough not to hold the database for long. */
const CHUNK = 500;
const MAX_REPORTED_ERRORS = 2000;

interface RowProblem {
  row: number;
  field: string | null;
  messageKey: string;
  params?: Record<string, unknown>;
}

type Translate = (locale: Locale, key: string, params?: Record<string, string | number>) => string;

/** The caller may import: an archivist, into their own office's custody (as createMember). */
export async function authorizeImport(ctx: ServiceContext, organizationId: string) {
  authorize(ctx.actor, 'member.import');
  const { office } = await custodianOf(ctx, ctx.em);
  return memberOrganization(ctx.em, organizationId, office);
}

/**
 * Validates every row as createMember does (ID check digit and agreement with birth date and
 * gender, dates and stages, phone, the organisation served by the caller's office), plus
 * uniqueness of ID numbers against the database and within the file; then creates the members
 * and their dossiers: all of them or none (ALL_OR_NOTHING), or the valid ones in transactions
 * of CHUNK rows. Each member gets its MEMBER_CREATED entry, as createMember writes; the import
 * as a whole one MEMBERS_IMPORTED entry with its counts.
 */
export async function importMembers(
  ctx: ServiceContext,
  rows: ImportRow[],
  options: { mode: MemberImportMode; organizationId: string; jobId: string | null; translate: Translate },
  progress: (percent: number) => Promise<void>,
): Promise<MemberImportResult> {
  // better-sqlite3 answers synchronously, so without a macrotask turn now and then the job would
  // hold the event loop from start to end: no request (job progress included) answered meanwhile.
  const progressAndYield = async (percent: number) => {
    await progress(percent);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const today = chinaToday(ctx.now());
  const validation = ctx.em.fork();
  const { office } = await custodianOf(ctx, validation);
  const codes = await organizationIdsByCode(validation, rows);
  const problems: RowProblem[] = [];
  const inputs = new Map<number, CreateMember>();
  const firstRowOfIdNumber = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const input = rowInput(row, options.organizationId, codes, problems);
    if (input) {
      const member = await validatedNewMember(ctx, validation, input, office, today).catch((error: unknown) =>
        problemOf(error, row.row, problems),
      );
      if (member) {
        const first = firstRowOfIdNumber.get(member.idNumberIndex);
        if (first !== undefined) {
          problems.push({
            row: row.row,
            field: 'idNumber',
            messageKey: 'memberImport.duplicateInFile',
            params: { row: first },
          });
        } else {
          firstRowOfIdNumber.set(member.idNumberIndex, row.row);
          inputs.set(row.row, input);
        }
      }
    }
    if (index % 200 === 0) await progressAndYield((index / rows.length) * 50);
  }
  for (const index of await takenIdNumbers(validation, [...firstRowOfIdNumber.keys()])) {
    const row = firstRowOfIdNumber.get(index)!;
    problems.push({ row, field: 'idNumber', messageKey: 'member.idNumber.taken' });
    inputs.delete(row);
  }
  const rejected = new Set(problems.map((problem) => problem.row)).size;
  const writable = options.mode === MemberImportMode.ALL_OR_NOTHING && rejected ? [] : [...inputs.entries()];
  const summary = (imported: number): AuditEvent => ({
    action: 'MEMBERS_IMPORTED',
    target: options.jobId ? `Job:${options.jobId}` : null,
    label: office.name,
    organizationPath: servedArea(office.path),
    details: { mode: options.mode, total: rows.length, imported, rejected },
  });
  // ALL_OR_NOTHING writes in one transaction, so a failure part-way leaves nothing behind.
  const size = options.mode === MemberImportMode.ALL_OR_NOTHING ? Math.max(writable.length, 1) : CHUNK;
  let imported = 0;
  for (let start = 0; start < writable.length; start += size) {
    const chunk = writable.slice(start, start + size);
    const last = start + size >= writable.length;
    // Each chunk on a fresh entity manager: on ctx.em every committed chunk's members and dossiers
    // stayed managed, and each flush walked them all again (10,000 rows: 14–22 s instead of 4–7 s on SQLite).
    imported += await runAudited({ ...ctx, em: ctx.em.fork() }, async (tx) => {
      const created = await createChunk(ctx, tx, chunk, today, options.jobId);
      const events = await Promise.all(
        created.map((member) => memberEvent(tx, 'MEMBER_CREATED', member, { importJob: options.jobId })),
      );
      return { result: created.length, audit: last ? [...events, summary(imported + created.length)] : events };
    });
    await progressAndYield(50 + ((start + chunk.length) / writable.length) * 50);
  }
  if (!writable.length) await runAudited(ctx, async () => ({ result: null, audit: summary(0) }));
  return {
    mode: options.mode,
    total: rows.length,
    imported,
    rejected,
    errors: problems
      .sort((a, b) => a.row - b.row)
      .slice(0, MAX_REPORTED_ERRORS)
      .map((problem) => ({
        row: problem.row,
        field: problem.field,
        column: problem.field ? columnLabel(problem.field, ctx.locale) : null,
        message: options.translate(ctx.locale, problem.messageKey, problem.params as Record<string, string>),
      })),
  };
}

/** Creates the chunk's members and dossiers in `tx`, validated again there (the database may have moved on). */
async function createChunk(
  ctx: ServiceContext,
  tx: EntityManager,
  chunk: [number, CreateMember][],
  today: string,
  jobId: string | null,
): Promise<Member[]> {
  const { office, archivist } = await custodianOf(ctx, tx);
  const members: Member[] = [];
  for (const [, input] of chunk) members.push(await validatedNewMember(ctx, tx, input, office, today));
  if (
    (
      await takenIdNumbers(
        tx,
        members.map((member) => member.idNumberIndex),
      )
    ).length
  ) {
    // Someone registered one of these ID numbers since validation: the rows are reported by a new run.
    throw new DomainError('CONFLICT', 'memberImport.changedMeanwhile', { job: jobId ?? '' });
  }
  for (const member of members) {
    tx.persist(member);
    openDossier(ctx, tx, member, office, archivist);
  }
  await tx.flush();
  return members;
}

/** The input createMember would take for a row; missing required cells and unknown choices go to `problems`. */
function rowInput(
  { row, values }: ImportRow,
  defaultOrganizationId: string,
  codes: Map<string, number>,
  problems: RowProblem[],
): CreateMember | null {
  const before = problems.length;
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !values[column.field])
      problems.push({ row, field: column.field, messageKey: 'common.required' });
  }
  const terms = membersModule.terms!;
  const gender = enumValue(values.gender, Object.values(Gender), terms);
  if (values.gender && !gender) problems.push({ row, field: 'gender', messageKey: 'memberImport.unknownChoice' });
  const stage = enumValue(values.stage, Object.values(MembershipStage), terms);
  if (values.stage && !stage) problems.push({ row, field: 'stage', messageKey: 'memberImport.unknownChoice' });
  const code = values.organizationCode;
  if (code && !codes.has(code))
    problems.push({ row, field: 'organizationCode', messageKey: 'memberImport.unknownOrganization' });
  if (problems.length > before) return null;
  return {
    name: values.name!,
    gender: gender!,
    ethnicity: values.ethnicity!,
    birthDate: values.birthDate!,
    idNumber: values.idNumber!,
    phone: values.phone ?? null,
    address: values.address ?? null,
    education: values.education ?? null,
    workUnit: values.workUnit ?? null,
    post: values.post ?? null,
    organizationId: code ? String(codes.get(code)) : defaultOrganizationId,
    stage: stage!,
    applicationDate: values.applicationDate ?? null,
    activistDate: values.activistDate ?? null,
    developmentTargetDate: values.developmentTargetDate ?? null,
    probationaryDate: values.probationaryDate ?? null,
    fullMembershipDate: values.fullMembershipDate ?? null,
  };
}

/** A validation failure of a row becomes its report line; anything else fails the job. */
function problemOf(error: unknown, row: number, problems: RowProblem[]): null {
  if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
  const field = error.field === 'organizationId' ? 'organizationCode' : (error.field ?? null);
  problems.push({
    row,
    field: field && IMPORT_COLUMNS.some((c) => c.field === field) ? field : null,
    messageKey: error.messageKey,
    params: error.params,
  });
  return null;
}

async function organizationIdsByCode(em: EntityManager, rows: ImportRow[]): Promise<Map<string, number>> {
  const codes = [...new Set(rows.map((row) => row.values.organizationCode).filter((code): code is string => !!code))];
  const found = codes.length ? await em.find(Organization, { code: { $in: codes } }, { fields: ['id', 'code'] }) : [];
  return new Map(found.map((organization) => [organization.code, organization.id]));
}

/** The blind indexes among `indexes` that a member already has: one statement per 500. */
async function takenIdNumbers(em: EntityManager, indexes: string[]): Promise<string[]> {
  const taken: string[] = [];
  for (let start = 0; start < indexes.length; start += CHUNK) {
    const batch = indexes.slice(start, start + CHUNK);
    const rows = await selectRows<{ idNumberIndex: string }>(
      em,
      `select id_number_index as "idNumberIndex" from member where id_number_index in (${placeholders(batch.length)})`,
      batch,
    );
    taken.push(...rows.map((row) => row.idNumberIndex));
  }
  return taken;
}
