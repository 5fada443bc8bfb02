import { reactive, ref, shallowRef } from 'vue';
import { RequestError } from '@/app/graphql';

/**
 * One dashboard card's data: `loaded` stays false until the first answer (a skeleton shows, not
 * "no data"), an error stays inside the card, and FORBIDDEN is told apart so a card the caller's
 * scope does not cover can step aside instead of showing an error.
 */
export function useCardQuery<T>(fetch: () => Promise<T>) {
  const data = shallowRef<T | null>(null);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const forbidden = ref(false);
  let latest = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const result = await fetch();
      if (ticket !== latest) return;
      data.value = result;
      loaded.value = true;
    } catch (cause) {
      if (ticket !== latest) return;
      forbidden.value = cause instanceof RequestError && cause.code === 'FORBIDDEN';
      error.value = cause;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  return reactive({ data, loaded, loading, error, forbidden, load });
}
