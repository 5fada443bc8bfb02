import { readonly, ref, type Ref } from 'vue';

/**
 * Widths up to this are phones (Element Plus's `xs`/`sm` boundary): the side menu becomes a
 * drawer, forms put labels above their fields and dialogs fill the screen.
 */
export const PHONE_MAX_WIDTH = 767;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

let phone: Ref<boolean> | undefined;

/**
 * Whether the window is phone-sized, following rotations and resizes. One listener serves the
 * whole app (the layout, every dialog and pager ask), so it lives as long as the page.
 */
export function useIsPhone(): Readonly<Ref<boolean>> {
  if (!phone) {
    const query = globalThis.matchMedia?.(PHONE_QUERY);
    const matches = ref(query?.matches ?? false);
    query?.addEventListener('change', (event) => (matches.value = event.matches));
    phone = matches;
  }
  return readonly(phone);
}
