import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { request } from '@/app/graphql';
import { useSessionStore } from '@/features/auth/store';
import { OrganizationsDocument } from '@/gql/graphql';
import { buildOrganizationTree, type Organization } from './tree';

/** The organisations the signed-in user may see: the tree page and every organisation picker share them. */
export const useOrganizationsStore = defineStore('organizations', () => {
  const session = useSessionStore();
  const list = shallowRef<Organization[]>([]);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  // Another user signing in sees another subtree, so the cache belongs to one session (undefined: never loaded).
  const loadedFor = ref<string | null | undefined>(undefined);

  const tree = computed(() => buildOrganizationTree(list.value));
  const byId = computed(() => new Map(list.value.map((organization) => [organization.id, organization])));
  /** Whether `list` is this session's answer: until then an empty list means "not known yet", not "none". */
  const answered = computed(() => loadedFor.value !== undefined && loadedFor.value === session.token);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const { organizations } = await request(OrganizationsDocument, undefined, { silent: true });
      list.value = organizations;
      loadedFor.value = session.token;
    } catch (cause) {
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (!answered.value || list.value.length === 0) await load();
  }

  /** Puts a created or changed organisation into the list without reloading everything. */
  function upsert(organization: Organization): void {
    const exists = list.value.some((item) => item.id === organization.id);
    list.value = exists
      ? list.value.map((item) => (item.id === organization.id ? organization : item))
      : [...list.value, organization];
  }

  return { list, tree, byId, loading, error, answered, load, ensureLoaded, upsert };
});
