import { RequestError, type ErrorCode } from '@/app/graphql';
import { currentLocale, t } from '@/app/i18n';
import { readToken } from '@/app/auth-token';

/** What `POST /members/imports` answers: the reference `startMemberImport` takes. */
export interface UploadedImport {
  fileRef: string;
  format: 'xlsx' | 'csv';
  rows: number;
}

/** One line of the import report (server: members/member-import.ts). */
export interface ImportError {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

export interface ImportResult {
  mode: string;
  total: number;
  imported: number;
  rejected: number;
  errors: ImportError[];
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function failure(status: number, body: unknown): RequestError {
  const first = (body as ErrorBody | null)?.errors?.[0];
  const code = (first?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR')) as ErrorCode;
  return new RequestError(first?.message ?? t('common.networkError'), code);
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * Sends the sheet's bytes to `POST /members/imports` (or another import endpoint of the same
 * shape, e.g. `/staff/attendance-imports`); XHR, because only XHR reports upload progress.
 */
export function uploadImportFile(
  file: Blob,
  onProgress: (percent: number) => void,
  path = '/members/imports',
): Promise<UploadedImport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = readToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      onProgress(total ? Math.min(100, Math.floor((event.loaded / total) * 100)) : 0);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body) return resolve(body as UploadedImport);
      reject(failure(xhr.status, body));
    };
    xhr.onerror = () => reject(new RequestError(t('common.networkError'), 'NETWORK_ERROR'));
    xhr.send(file);
  });
}

/** Downloads a file the server makes (template, export) with the Bearer token, under `name`. */
export async function downloadFile(path: string, name: string): Promise<void> {
  const token = readToken();
  const response = await fetch(path, {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Language': currentLocale() },
  });
  if (!response.ok) throw failure(response.status, parse(await response.text()));
  saveBlob(await response.blob(), name);
}

export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The report as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese text). */
export function reportCsv(errors: ImportError[], headers: [string, string, string]): Blob {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = [headers, ...errors.map((error) => [String(error.row), error.column ?? '', error.message])];
  return new Blob(['\ufeff' + lines.map((line) => line.map(quote).join(',')).join('\r\n')], {
    type: 'text/csv;charset=utf-8',
  });
}
