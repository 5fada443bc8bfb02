import { ref } from '@mikro-orm/core';
import { runAudited } from '../audit/audited-change';
import { AuditEvent } from '../audit/audit.service';
import { readImportTable, UnreadableImport } from '../members/member-import-format';
import { ImportFormat, unreadable } from '../members/member-import-file';
import { Organization } from '../organizations/organization.entity';
import { can } from '../policy/policy';
import { DomainError } from '../shared/errors';
import { placeholders, selectRows } from '../shared/lean-rows';
import { Locale, ServiceContext } from '../shared/service-context';
import { AttendanceResult, StaffStatus } from './staff.enums';
import { STAFF_TERMS } from './staff.messages';
import { staffEvent } from './staff.service';
import { TrainingAttendance } from './training.entity';
import { creditedHours, managedSession } from './training.service';
import { StaffMember } from './staff-member.entity';

/** The columns of an attendance sheet, by field code, with their names in either language. */
export const ATTENDANCE_COLUMNS = [
  { field: 'staffMemberId', 'zh-CN': '人员编号', en: 'Staff ID' },
  { field: 'name', 'zh-CN': '姓名', en: 'Name' },
  { field: 'hours', 'zh-CN': '学时', en: 'Hours' },
  { field: 'result', 'zh-CN': '结果', en: 'Result' },
] as const;
type Field = (typeof ATTENDANCE_COLUMNS)[number]['field'];

const LOCALES: Locale[] = ['zh-CN', 'en'];
const RESULT_WORDS: Record<string, AttendanceResult> = {
  不通过: AttendanceResult.FAILED,
  未通过: AttendanceResult.FAILED,
};

export interface AttendanceImportError {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

export interface AttendanceImportResult {
  total: number;
  imported: number;
  rejected: number;
  errors: AttendanceImportError[];
}

interface SheetRow {
  row: number;
  values: Partial<Record<Field, string>>;
}

function fieldOf(cell: string): Field | null {
  const text = cell
    .replace(/\*\s*$/, '')
    .trim()
    .toLowerCase();
  const column = ATTENDANCE_COLUMNS.find(
    (each) => each.field.toLowerCase() === text || LOCALES.some((locale) => each[locale].toLowerCase() === text),
  );
  return column?.field ?? null;
}

/** The data rows under the first row (of the first two) naming the staff ID and result columns. */
export function attendanceRows(table: string[][]): SheetRow[] {
  const headerIndex = table.slice(0, 2).findIndex((cells) => {
    const fields = cells.map(fieldOf);
    return fields.includes('staffMemberId') && fields.includes('result');
  });
  if (headerIndex < 0) throw new UnreadableImport('header');
  const fields = table[headerIndex].map(fieldOf);
  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (cells.every((cell) => !cell?.trim())) continue;
    const values: SheetRow['values'] = {};
    fields.forEach((field, column) => {
      const text = cells[column]?.trim();
      if (field && text) values[field] = text;
    });
    rows.push({ row: index + 1, values });
  }
  return rows;
}

/** The sheet's rows; BAD_USER_INPUT on `file` when it cannot be read or has no header row. */
export async function readAttendanceSheet(bytes: Buffer, format: ImportFormat): Promise<SheetRow[]> {
  try {
    return attendanceRows(await readImportTable(bytes, format));
  } catch (error) {
    return unreadable(error);
  }
}

function resultOf(text: string | undefined): AttendanceResult | null {
  if (!text) return null;
  const wanted = text.trim().toLowerCase();
  return (
    Object.values(AttendanceResult).find(
      (value) =>
        value.toLowerCase() === wanted ||
        LOCALES.some((locale) => STAFF_TERMS[locale][value]?.toLowerCase() === wanted),
    ) ??
    RESULT_WORDS[text.trim()] ??
    (wanted === '失败' || wanted === 'failed' ? AttendanceResult.FAILED : null)
  );
}

type Translate = (locale: Locale, key: string, params?: Record<string, string | number>) => string;

/**
 * Records the attendance of one session from a sheet (issue 11 §2): every row is checked as
 * recordAttendance checks one — the person within the caller's reach and still employed, a
 * known result, hours within the course's — plus no person twice in the file or already
 * recorded. The valid rows are written in one transaction, each with its entry, and one
 * TRAINING_ATTENDANCE_IMPORTED with the counts; the report lists the others by row and column.
 */
export async function importAttendance(
  ctx: ServiceContext,
  sessionId: string,
  rows: SheetRow[],
  translate: Translate,
): Promise<AttendanceImportResult> {
  const errors: AttendanceImportError[] = [];
  const column = (field: Field) => ATTENDANCE_COLUMNS.find((each) => each.field === field)![ctx.locale];
  const fail = (row: number, field: Field | null, key: string, params: Record<string, string | number> = {}) =>
    errors.push({ row, field, column: field ? column(field) : null, message: translate(ctx.locale, key, params) });
  return runAudited(ctx, async (tx) => {
    const { session, course } = await managedSession(ctx, tx, sessionId);
    const ids = [
      ...new Set(
        rows.map((row) => Number(row.values.staffMemberId)).filter((id) => Number.isSafeInteger(id) && id > 0),
      ),
    ];
    const people = ids.length
      ? await selectRows<{ id: number | string; status: string; path: string }>(
          tx,
          `select s.id, s.status, o.path from staff_member s join organization o on o.id = s.organization_id
            where s.id in (${placeholders(ids.length)})`,
          ids,
        )
      : [];
    const reachable = new Map(
      people
        .filter(
          (person) =>
            person.status !== StaffStatus.LEFT && can(ctx.actor, 'staff.manage', { organizationPath: person.path }),
        )
        .map((person) => [Number(person.id), person]),
    );
    const recorded = new Set(
      (await tx.find(TrainingAttendance, { session: session.id })).map((attendance) => attendance.staffMember.id),
    );
    const seen = new Map<number, number>();
    const valid: { id: number; hours: number; result: AttendanceResult }[] = [];
    for (const { row, values } of rows) {
      const before = errors.length;
      const id = Number(values.staffMemberId);
      if (!reachable.has(id)) fail(row, 'staffMemberId', 'staff.import.unknownStaff');
      else if (seen.has(id)) fail(row, 'staffMemberId', 'staff.import.duplicateInFile', { row: seen.get(id)! });
      else if (recorded.has(id)) fail(row, 'staffMemberId', 'staff.training.alreadyRecorded');
      const result = resultOf(values.result);
      if (!result) fail(row, 'result', 'staff.import.unknownResult');
      let hours = 0;
      // A cell that is not a number reads as NaN, which creditedHours refuses.
      const given = values.hours === undefined ? null : Number(values.hours);
      if (result) {
        try {
          hours = creditedHours('hours', given, result, course);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          fail(row, 'hours', error.messageKey, error.params);
        }
      }
      if (reachable.has(id) && !seen.has(id)) seen.set(id, row);
      if (errors.length === before) valid.push({ id, hours, result: result! });
    }
    const audit: AuditEvent[] = [];
    const organizations = new Map<number, Organization>();
    for (const each of valid) {
      const staff = await tx.findOneOrFail(StaffMember, each.id);
      const organization =
        organizations.get(staff.organization.id) ?? (await tx.findOneOrFail(Organization, staff.organization.id));
      organizations.set(organization.id, organization);
      tx.persist(
        Object.assign(new TrainingAttendance(), {
          session: ref(session),
          staffMember: ref(staff),
          hours: each.hours,
          result: each.result,
        }),
      );
      audit.push(
        staffEvent('TRAINING_ATTENDANCE_RECORDED', staff, organization, {
          session: session.id,
          course: course.id,
          hours: each.hours,
          result: each.result,
          imported: true,
        }),
      );
    }
    const rejected = new Set(errors.map((error) => error.row)).size;
    const courseOrganization = await tx.findOneOrFail(Organization, course.organization.id);
    audit.push({
      action: 'TRAINING_ATTENDANCE_IMPORTED',
      target: `TrainingSession:${session.id}`,
      label: `${course.title} ${session.date}`,
      organizationPath: courseOrganization.path,
      details: { total: rows.length, imported: valid.length, rejected },
    });
    return {
      result: { total: rows.length, imported: valid.length, rejected, errors: errors.slice(0, 1000) },
      audit,
    };
  });
}
