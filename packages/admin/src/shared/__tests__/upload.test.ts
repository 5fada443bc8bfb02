import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '@/app/graphql';
import { setLocale } from '@/app/i18n';
import { saveToken } from '@/app/auth-token';
import { uploadFile, type UploadProgress } from '../upload';

/** A stand-in for the browser's XHR: records what was sent and lets the test answer. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const file = new Blob(['%PDF-1.7 …'], { type: 'application/pdf' });

describe('uploadFile', () => {
  beforeEach(() => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    setLocale('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts the bytes with the session token and language, reports progress and resolves with the stored file', async () => {
    saveToken('t0ken');
    const progress: UploadProgress[] = [];
    const done = uploadFile(file, { onProgress: (p) => progress.push(p) });
    const xhr = FakeXhr.last;
    expect([xhr.method, xhr.url, xhr.body]).toEqual(['POST', '/files', file]);
    expect(xhr.headers).toMatchObject({ Authorization: 'Bearer t0ken', 'Accept-Language': 'zh-CN' });
    xhr.upload.onprogress!({ loaded: 5, total: 10, lengthComputable: true });
    xhr.upload.onprogress!({ loaded: 10, total: 10, lengthComputable: true });
    xhr.answer(201, { sha256: 'a'.repeat(64), size: 10, contentType: 'application/pdf' });
    await expect(done).resolves.toEqual({ sha256: 'a'.repeat(64), size: 10, contentType: 'application/pdf' });
    expect(progress.map((p) => p.percent)).toEqual([50, 100]);
  });

  it('rejects with the server’s translated message for a refused type or size', async () => {
    const refused = uploadFile(file);
    FakeXhr.last.answer(415, {
      errors: [
        {
          message: '仅支持 PDF、JPEG 和 PNG 文件（按文件内容识别）',
          extensions: { code: 'BAD_USER_INPUT', field: 'file' },
        },
      ],
    });
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      message: '仅支持 PDF、JPEG 和 PNG 文件（按文件内容识别）',
    });
  });

  it('says in the user’s language what a 413 without a JSON body means (a proxy’s answer)', async () => {
    setLocale('en');
    const tooLarge = uploadFile(file);
    FakeXhr.last.answer(413, '<html>413 Request Entity Too Large</html>');
    await expect(tooLarge).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The file is too large to upload',
    });
  });

  it('turns a network failure into NETWORK_ERROR and an abort into an AbortError', async () => {
    const lost = uploadFile(file);
    FakeXhr.last.onerror!();
    await expect(lost).rejects.toMatchObject({ code: 'NETWORK_ERROR' });

    const controller = new AbortController();
    const cancelled = uploadFile(file, { signal: controller.signal });
    const xhr = FakeXhr.last;
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(xhr.aborted).toBe(true);
  });
});
