import { defineJob } from '../jobs/job-definition';
import { Locale } from '../shared/service-context';
import { readImportRows } from './member-import-format';
import { ImportFormat, loadImportFile, unreadable } from './member-import-file';
import { importMembers, MemberImportMode, MemberImportResult } from './member-import';

export interface MemberImportPayload {
  sha256: string;
  format: ImportFormat;
  mode: MemberImportMode;
  organizationId: string;
  /** The requester's language: the report's messages are written in it. */
  locale: Locale;
}

// app/i18n composes every module's messages, this one's included: read it once a job runs.
const i18n = () => import('../app/i18n');

/** Bulk import of members (issue 9 §9): reads the uploaded sheet, validates every row, creates the valid ones. */
export const memberImportJob = defineJob<MemberImportPayload, MemberImportResult>({
  kind: 'members.import',
  // A retry would meet the same rows again; a failure is reported, not repeated.
  timeoutSeconds: 30 * 60,
  handler: async (ctx, payload, progress) => {
    const { translate } = await i18n();
    await progress(0, 'memberImport.reading');
    const bytes = await loadImportFile(ctx.settings, payload.sha256);
    const rows = await readImportRows(bytes, payload.format).catch(unreadable);
    const jobId = ctx.requestId?.startsWith('job:') ? ctx.requestId.slice(4) : null;
    return importMembers(
      { ...ctx, locale: payload.locale },
      rows,
      { mode: payload.mode, organizationId: payload.organizationId, jobId, translate },
      (percent) => progress(percent, percent < 50 ? 'memberImport.validating' : 'memberImport.writing'),
    );
  },
});
