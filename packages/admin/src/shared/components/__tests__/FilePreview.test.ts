import { describe, expect, it, beforeEach } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp } from '@/__tests__/support';
import FilePreview from '../FilePreview.vue';

const URL = `/files/${'a'.repeat(64)}?owner=Material%3A7&s=x&exp=1&sig=y`;

function mountPreview(props: Record<string, unknown>) {
  return mountWithApp(FilePreview, { props: { url: URL, contentType: 'application/pdf', ...props } as never }).wrapper;
}

describe('file preview', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows a PDF in a frame without a sandbox attribute, loading until the frame has loaded', async () => {
    const wrapper = mountPreview({ title: '入党申请书' });
    const frame = wrapper.find('[data-test="file-preview-pdf"]');
    expect(frame.attributes('src')).toBe(URL);
    expect(frame.attributes('title')).toBe('入党申请书');
    expect(frame.attributes('sandbox')).toBeUndefined();
    expect(wrapper.find('[data-test="file-preview-loading"]').text()).toBe('正在加载预览…');
    await frame.trigger('load');
    expect(wrapper.find('[data-test="file-preview-loading"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="file-preview-download"]').attributes('href')).toBe(`${URL}&download=1`);
  });

  it('shows an image once loaded, and an error with a retry when the image is refused', async () => {
    const wrapper = mountPreview({ contentType: 'image/png' });
    const image = wrapper.find('[data-test="file-preview-image"]');
    expect(image.attributes('src')).toBe(URL);
    expect(image.isVisible()).toBe(false);
    await image.trigger('load');
    expect(image.isVisible()).toBe(true);
    await image.trigger('error');
    expect(wrapper.find('[data-test="file-preview-error"]').text()).toContain('无法预览该文件');
    await wrapper.find('[data-test="file-preview-retry"]').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);

    // A new URL (asked for again) starts over.
    await wrapper.setProps({ url: `${URL}2` });
    expect(wrapper.find('[data-test="file-preview-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="file-preview-loading"]').exists()).toBe(true);
  });

  it('waits for the URL, and shows why when asking for it failed, in English too', async () => {
    setLocale('en');
    const wrapper = mountPreview({ url: null });
    expect(wrapper.find('[data-test="file-preview-loading"]').text()).toBe('Loading the preview…');
    expect(wrapper.find('[data-test="file-preview-pdf"]').exists()).toBe(false);
    await wrapper.setProps({ error: 'File does not exist or is not visible to you' });
    await flushPromises();
    const error = wrapper.find('[data-test="file-preview-error"]');
    expect(error.text()).toContain('The file cannot be previewed');
    expect(error.text()).toContain('File does not exist or is not visible to you');
  });

  it('offers the download of a type it cannot show', () => {
    const wrapper = mountPreview({ contentType: 'application/octet-stream' });
    expect(wrapper.find('[data-test="file-preview-unsupported"]').text()).toContain('该类型的文件无法预览');
    expect(wrapper.find('[data-test="file-preview-loading"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="file-preview-download"]').exists()).toBe(true);
  });
});
