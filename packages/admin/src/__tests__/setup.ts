// Every component test starts from an empty page: mounted components (and what they teleported
// to <body>, like select dropdowns) would otherwise leak into the next test.
import { afterEach } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';

enableAutoUnmount(afterEach);

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});
