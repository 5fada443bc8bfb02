import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Every server test file runs twice: once on a real SQLite file, once on a real PostgreSQL
 * database (test/support/server.ts creates a fresh one per file).
 */
export default defineConfig({
  resolve: {
    // Vite would load graphql's ESM build while type-graphql requires the CommonJS one: two
    // realms, and "Cannot use GraphQLObjectType from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql/index.js') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['reflect-metadata'],
    projects: [
      { extends: true, test: { name: 'sqlite', env: { TEST_DIALECT: 'sqlite' }, include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'postgresql', env: { TEST_DIALECT: 'postgresql' }, include: ['test/**/*.test.ts'] },
      },
    ],
  },
});
