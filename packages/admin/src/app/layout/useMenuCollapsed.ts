import { ref, watch, type Ref } from 'vue';

const STORAGE_KEY = 'dangan.menuCollapsed';

/** Whether the desktop side menu shows icons only; the choice is kept for the next visit. */
export function useMenuCollapsed(): Ref<boolean> {
  const collapsed = ref(globalThis.localStorage?.getItem(STORAGE_KEY) === 'true');
  watch(collapsed, (value) => globalThis.localStorage?.setItem(STORAGE_KEY, String(value)));
  return collapsed;
}
