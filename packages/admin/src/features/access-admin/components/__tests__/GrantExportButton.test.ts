import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { clearToken, saveToken } from '@/app/auth-token';
import { setLocale } from '@/app/i18n';
import { mountWithApp, piniaWithAdminSignedIn, stubGraphQL } from '@/__tests__/support';
import { useSessionStore } from '@/features/auth/store';
import GrantExportButton from '../GrantExportButton.vue';

const grants = {
  data: {
    myGrants: {
      edges: [
        {
          node: {
            id: 'g1',
            expiresAt: '2026-11-27T08:00:00.000Z',
            request: { id: '7', number: 'SQ-7', dossiers: [{ id: '40' }] },
          },
        },
        {
          node: {
            id: 'g2',
            expiresAt: '2026-11-30T08:00:00.000Z',
            request: { id: '9', number: 'SQ-9', dossiers: [{ id: '40' }, { id: '41' }] },
          },
        },
      ],
    },
  },
};

function signedInAs(permissions: string[]) {
  const pinia = piniaWithAdminSignedIn();
  const session = useSessionStore();
  session.user = { ...session.user!, permissions };
  return pinia;
}

async function mountButton(dossierId: string, permissions = ['session.self', 'accessRequest.file']) {
  const { calls, fetch } = stubGraphQL(() => grants);
  const { wrapper } = mountWithApp(GrantExportButton, { props: { dossierId }, pinia: signedInAs(permissions) });
  await flushPromises();
  return { wrapper, calls, fetch };
}

describe('the export button', () => {
  beforeEach(() => setLocale('en'));
  afterEach(() => {
    vi.unstubAllGlobals();
    clearToken();
  });

  it('shows nowhere a grant does not cover, and asks nothing of someone who holds no grants', async () => {
    expect((await mountButton('42')).wrapper.find('[data-test="grant-export"]').exists()).toBe(false);
    const custodian = await mountButton('40', ['session.self', 'dossier.read', 'dossier.keep']);
    expect(custodian.wrapper.find('[data-test="grant-export"]').exists()).toBe(false);
    expect(custodian.calls).toHaveLength(0);
  });

  it('downloads the PDF through the longest-lasting covering grant, with the Bearer header', async () => {
    saveToken('session-1');
    const { wrapper, fetch } = await mountButton('40');
    const button = wrapper.find('[data-test="grant-export"]');
    expect(button.text()).toBe('Export PDF');
    const pdf = vi.fn(async () => new Response(new Blob(['%PDF-1.7']), { status: 200 }));
    fetch.mockImplementation(pdf as never);
    const created = vi.fn(() => 'blob:pdf');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    await button.trigger('click');
    await flushPromises();
    const [url, init] = pdf.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/access-exports/9/40');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer session-1');
    expect(created).toHaveBeenCalledTimes(1);
  });
});
