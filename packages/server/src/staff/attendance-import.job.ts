import { Readable } from 'node:stream';
import { fileStoreFor } from '../files/files.service';
import { defineJob } from '../jobs/job-definition';
import { ImportFormat } from '../members/member-import-file';
import { badInput } from '../shared/errors';
import { Locale } from '../shared/service-context';
import { AttendanceImportResult, importAttendance, readAttendanceSheet } from './attendance-import';

export interface AttendanceImportPayload {
  sha256: string;
  format: ImportFormat;
  sessionId: string;
  /** The requester's language: the report's messages are written in it. */
  locale: Locale;
}

/** Purpose of the sealed sheet in the file store (the personal-data key seals it, as member imports are). */
export const ATTENDANCE_FILE_PURPOSE = 'staff.attendanceImport.file';

// app/i18n composes every module's messages, this one's included: read it once a job runs.
const i18n = () => import('../app/i18n');

/** Attendance of a training session from an uploaded sheet (issue 11 §2), with a row-level report. */
export const attendanceImportJob = defineJob<AttendanceImportPayload, AttendanceImportResult>({
  kind: 'staff.attendanceImport',
  // A retry would meet the same rows again; a failure is reported, not repeated.
  timeoutSeconds: 10 * 60,
  handler: async (ctx, payload, progress) => {
    const { translate } = await i18n();
    await progress(0, 'staff.import.reading');
    const stream = await fileStoreFor(ctx.settings).get(payload.sha256);
    if (!stream) throw badInput('fileRef', 'memberImport.fileExpired');
    const sealed = Buffer.concat(await (stream as Readable).toArray()).toString();
    const bytes = Buffer.from(ctx.settings.pii.decrypt(sealed, ATTENDANCE_FILE_PURPOSE), 'base64');
    const rows = await readAttendanceSheet(bytes, payload.format);
    await progress(30, 'staff.import.writing');
    return importAttendance({ ...ctx, locale: payload.locale }, payload.sessionId, rows, translate);
  },
});
