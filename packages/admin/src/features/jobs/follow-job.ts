import { request } from '@/app/graphql';
import { FollowedJobDocument } from '@/gql/graphql';

/** How far a background job has come: 0–100 and the step the server names, if any. */
export interface JobProgress {
  percent: number;
  message: string | null;
}

export interface FollowJobOptions {
  onProgress?: (progress: JobProgress) => void;
  /** Stops following (the page was left): the promise then rejects with `signal.reason`. */
  signal?: AbortSignal;
  intervalMs?: number;
  /** The error's message when the job is gone or ends without one of its own. */
  failedMessage: string;
}

/**
 * Follows a background job (imports, rotation plans: the server's job module, issue 9 §9) until
 * it ends, reporting its progress on every poll. Resolves with its result, parsed from JSON;
 * rejects with the server's message when it fails or is cancelled. The one polling loop of the
 * SPA: every page that starts a job waits for it here.
 */
export async function followJob<T>(id: string, options: FollowJobOptions): Promise<T> {
  const { onProgress = () => undefined, signal, intervalMs = 1000, failedMessage } = options;
  for (;;) {
    signal?.throwIfAborted();
    const { job } = await request(FollowedJobDocument, { id }, { silent: true });
    signal?.throwIfAborted();
    if (!job) throw new Error(failedMessage);
    onProgress({ percent: job.progress, message: job.message ?? null });
    if (job.status === 'SUCCEEDED') return JSON.parse(job.result ?? 'null') as T;
    if (job.status === 'FAILED' || job.status === 'CANCELLED') throw new Error(job.error ?? failedMessage);
    await pause(intervalMs, signal);
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
