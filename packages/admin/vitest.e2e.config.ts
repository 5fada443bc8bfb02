import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built server (with the built SPA) runs on a fresh SQLite database
 * with demo data, and Debian's Chromium drives it through playwright-core.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
