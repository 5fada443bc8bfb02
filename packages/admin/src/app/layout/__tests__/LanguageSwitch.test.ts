import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { useI18n } from 'vue-i18n';
import { i18n, setLocale } from '@/app/i18n';
import { mountWithApp } from '@/__tests__/support';
import LanguageSwitch from '../LanguageSwitch.vue';

// The switch next to a translated text, as in the header.
const Header = defineComponent({
  components: { LanguageSwitch },
  setup: () => ({ t: useI18n().t }),
  template: `<div><span data-test="label">{{ t('menu.users') }}</span><LanguageSwitch /></div>`,
});

describe('language switch', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('zh-CN');
  });

  it('switches the interface from Chinese to English and back', async () => {
    const { wrapper } = mountWithApp(Header);
    const button = wrapper.find('[data-test="lang-switch"]');
    expect(wrapper.find('[data-test="label"]').text()).toBe('用户管理');
    expect(button.text()).toBe('English');

    await button.trigger('click');
    expect(i18n.global.locale.value).toBe('en');
    expect(wrapper.find('[data-test="label"]').text()).toBe('Users');
    expect(button.text()).toBe('中文');

    await button.trigger('click');
    expect(wrapper.find('[data-test="label"]').text()).toBe('用户管理');
  });

  it('remembers the choice for the next visit', async () => {
    const { wrapper } = mountWithApp(Header);
    await wrapper.find('[data-test="lang-switch"]').trigger('click');

    expect(localStorage.getItem('dangan.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
