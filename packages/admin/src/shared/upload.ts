import { RequestError, type ErrorCode } from '@/app/graphql';
import { currentLocale, t } from '@/app/i18n';
import { readToken } from '@/app/auth-token';

const ENDPOINT = '/files';

/** What the server stored: the content's address, length and the type it detected from the bytes. */
export interface UploadedFile {
  sha256: string;
  size: number;
  contentType: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, whole numbers. */
  percent: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting rejects with a DOMException named AbortError (not a RequestError: nothing to show). */
  signal?: AbortSignal;
}

/**
 * Sends a file's bytes as the body of `POST /files` (server: files/files.routes.ts). XHR, not
 * fetch, because only XHR reports upload progress. Failures reject with a RequestError whose
 * message is the server's translated one, or ours when no JSON came back (a proxy's 413, the
 * network).
 */
export function uploadFile(file: Blob, { onProgress, signal }: UploadOptions = {}): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', ENDPOINT);
    const token = readToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    // The server tells the type from the content; this only says "bytes, not a form".
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      onProgress?.({
        loaded: event.loaded,
        total,
        percent: total ? Math.min(100, Math.floor((event.loaded / total) * 100)) : 0,
      });
    };
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal?.removeEventListener('abort', onAbort);
    xhr.onload = () => {
      settle();
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isUploadedFile(body)) return resolve(body);
      reject(uploadError(xhr.status, body));
    };
    xhr.onerror = () => {
      settle();
      reject(new RequestError(t('common.networkError'), 'NETWORK_ERROR'));
    };
    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    xhr.send(file);
  });
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
}

function uploadError(status: number, body: unknown): RequestError {
  const first = (body as ErrorBody | null)?.errors?.[0];
  const code = (first?.extensions?.code ??
    (status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 413 || status === 415
          ? 'BAD_USER_INPUT'
          : 'INTERNAL_SERVER_ERROR')) as ErrorCode;
  const fallback =
    status === 413 ? t('files.tooLarge') : status === 415 ? t('files.unsupportedType') : t('files.uploadFailed');
  return new RequestError(
    first?.message || fallback,
    code,
    first?.extensions?.field ?? (status === 413 || status === 415 ? 'file' : undefined),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isUploadedFile = (body: unknown): body is UploadedFile =>
  typeof body === 'object' && body !== null && typeof (body as UploadedFile).sha256 === 'string';

const abortError = () => new DOMException('The upload was cancelled', 'AbortError');
