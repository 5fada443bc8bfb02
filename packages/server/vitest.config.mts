import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Test files of code that touches no database. */
const PURE = ['test/rotation-*.test.ts'];

/**
 * Every server test file runs twice: once on a real SQLite file, once on a real PostgreSQL
 * database (test/support/server.ts creates a fresh one per file); the pure ones (PURE) once.
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
    // Files share their worker's module cache: each file used to import the whole server again
    // (~1 s a file, 180 runs). Every file builds its own server and database (test/support/server.ts),
    // so no state is shared through the modules; the suite went from 509 s to 346 s.
    isolate: false,
    // Two files at a time: a file mostly waits on its database, argon2 or a timer, and one worker
    // (the default on two cores) left the suite at 12 of CI's 15 minutes, files running one by one.
    maxWorkers: 2,
    setupFiles: ['reflect-metadata'],
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', env: { TEST_DIALECT: 'sqlite' }, include: ['test/**/*.test.ts'], exclude: PURE },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          env: { TEST_DIALECT: 'postgresql' },
          include: ['test/**/*.test.ts'],
          exclude: PURE,
        },
      },
      // Tests that touch no database (the rotation solver) run once, not once per dialect.
      { extends: true, test: { name: 'pure', include: PURE } },
    ],
  },
});
