import { computed, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { request } from '@/app/graphql';
import { currentLocale, type Locale } from '@/app/i18n';
import { AuditActionsDocument, type AuditActionsQuery } from '@/gql/graphql';

export type AuditActionInfo = AuditActionsQuery['auditActions'][number];

/**
 * The audit action codes the server's modules write, with their labels in the reader's language,
 * as the server serves them (`auditActions`): a module added later labels its own actions without
 * a change here. The trail is open-ended, so the list labels and suggests; it never limits what
 * can be shown or searched, and a code without a label is shown as it is.
 */
export const useAuditActionsStore = defineStore('auditActions', () => {
  const actions = shallowRef<readonly AuditActionInfo[]>([]);
  const labels = computed(() => new Map(actions.value.map((action) => [action.code, action.label])));
  let loadedFor: Locale | null = null;
  let pending: Promise<void> | null = null;

  /** Loads the list in the current language, once per language; a failure leaves codes unlabelled. */
  function ensureLoaded(): Promise<void> {
    const locale = currentLocale();
    if (loadedFor === locale) return pending ?? Promise.resolve();
    loadedFor = locale;
    pending = request(AuditActionsDocument, undefined, { silent: true })
      .then((data) => {
        if (loadedFor === locale) actions.value = data.auditActions;
      })
      .catch(() => {
        if (loadedFor === locale) loadedFor = null;
      });
    return pending;
  }

  /** The action in the reader's language; a code the server gave no label for is shown as it is. */
  function label(code: string): string {
    return labels.value.get(code) ?? code;
  }

  return { actions, ensureLoaded, label };
});

/** Tag colour: failures, lockouts and disabling stand out when scanning the trail. */
export function auditActionTagType(code: string): 'danger' | 'warning' | 'info' {
  if (code.endsWith('_FAILED') || code.endsWith('_LOCKED')) return 'danger';
  if (code.endsWith('_DISABLED') || code === 'SENSITIVE_READ') return 'warning';
  return 'info';
}
