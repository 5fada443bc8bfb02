import { onBeforeUnmount, ref } from 'vue';
import { followJob } from './follow-job';

/**
 * A component's view of the background job it started: `percent` (0–100, also free for the
 * upload before it) and the server's `message` for the step, kept up by `follow`; leaving the
 * component stops following, and `left()` tells a caller's catch that this is why it ended.
 */
export function useFollowedJob(intervalMs = 1000) {
  const percent = ref(0);
  const message = ref<string | null>(null);
  const leaving = new AbortController();
  onBeforeUnmount(() => leaving.abort());

  function follow<T>(id: string, failedMessage: string): Promise<T> {
    percent.value = 0;
    message.value = null;
    return followJob<T>(id, {
      intervalMs,
      signal: leaving.signal,
      failedMessage,
      onProgress: (progress) => {
        percent.value = progress.percent;
        message.value = progress.message;
      },
    });
  }

  return { percent, message, follow, left: () => leaving.signal.aborted };
}
