import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { request } from '@/app/graphql';
import { clearToken, readToken, saveToken } from '@/app/auth-token';
import { LoginDocument, LogoutDocument, MeDocument, type Role, type SessionUserFragment } from '@/gql/graphql';

/** Who is signed in. Shared by the shell (menu, header, guards) and every page that adapts to permissions. */
export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(readToken());
  const user = ref<SessionUserFragment | null>(null);

  const isSignedIn = computed(() => token.value !== null);
  /** Shown (dashboard); what the user may do is `permissions`, never a comparison of roles. */
  const roles = computed<readonly Role[]>(() => user.value?.roles ?? []);
  /** The server's actions for these roles, loaded with the user; read through app/permissions.ts. */
  const permissions = computed<readonly string[]>(() => user.value?.permissions ?? []);

  /** Rejects with the server's RequestError; the login form shows its message. */
  async function signIn(username: string, password: string): Promise<void> {
    // A leftover token must not ride along: the server could reject the sign-in for it.
    clear();
    const { login } = await request(LoginDocument, { username, password }, { silent: true });
    saveToken(login.token);
    token.value = login.token;
    user.value = login.user;
  }

  /** Loads the user behind a stored token; a token the server no longer knows ends the session. */
  async function loadUser(): Promise<SessionUserFragment | null> {
    const { me } = await request(MeDocument);
    if (me) user.value = me;
    else clear();
    return me ?? null;
  }

  async function signOut(): Promise<void> {
    try {
      await request(LogoutDocument, undefined, { silent: true });
    } catch {
      // The server may already have dropped the session; signing out locally is what matters.
    } finally {
      clear();
    }
  }

  function clear(): void {
    clearToken();
    token.value = null;
    user.value = null;
  }

  return { token, user, isSignedIn, roles, permissions, signIn, loadUser, signOut, clear };
});
