import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setActivePinia, createPinia } from 'pinia';
import { stubGraphQL } from '@/__tests__/support';
import { followJob, type JobProgress } from '../follow-job';

type State = {
  status: string;
  progress: number;
  message?: string | null;
  result?: string | null;
  error?: string | null;
};

/** A job that answers `states` one poll after another, then keeps answering the last. */
function jobAnswering(states: State[]) {
  const left = [...states];
  return stubGraphQL((call) => {
    if (call.operationName !== 'FollowedJob') throw new Error(`unexpected ${call.operationName}`);
    const state = left.length > 1 ? left.shift()! : left[0];
    return { data: { job: { id: call.variables.id, message: null, result: null, error: null, ...state } } };
  });
}

describe('followJob', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('reports every poll’s progress and resolves with the parsed result', async () => {
    const server = jobAnswering([
      { status: 'QUEUED', progress: 0 },
      { status: 'RUNNING', progress: 40, message: '第 400 行' },
      { status: 'SUCCEEDED', progress: 100, result: '{"imported":3}' },
    ]);
    const seen: JobProgress[] = [];
    const result = await followJob<{ imported: number }>('7', {
      intervalMs: 1,
      failedMessage: '失败',
      onProgress: (progress) => seen.push(progress),
    });
    expect(result).toEqual({ imported: 3 });
    expect(seen).toEqual([
      { percent: 0, message: null },
      { percent: 40, message: '第 400 行' },
      { percent: 100, message: null },
    ]);
    expect(server.calls.map((call) => call.variables)).toEqual([{ id: '7' }, { id: '7' }, { id: '7' }]);
  });

  it('rejects with the server’s message when the job fails, and with the caller’s when it has none', async () => {
    jobAnswering([{ status: 'FAILED', progress: 10, error: '文件无法读取' }]);
    await expect(followJob('1', { intervalMs: 1, failedMessage: '失败' })).rejects.toThrow('文件无法读取');
    vi.unstubAllGlobals();
    jobAnswering([{ status: 'CANCELLED', progress: 10 }]);
    await expect(followJob('1', { intervalMs: 1, failedMessage: '导入失败' })).rejects.toThrow('导入失败');
  });

  it('stops polling once the page is left', async () => {
    const server = jobAnswering([{ status: 'RUNNING', progress: 5 }]);
    const leaving = new AbortController();
    const following = followJob('1', { intervalMs: 20, failedMessage: '失败', signal: leaving.signal });
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    leaving.abort(new Error('left'));
    await expect(following).rejects.toThrow('left');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.calls).toHaveLength(1);
  });
});
