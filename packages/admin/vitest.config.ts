import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['src/**/__tests__/**/*.test.ts'],
      setupFiles: ['src/__tests__/setup.ts'],
      restoreMocks: true,
      // happy-dom has no layout, so label-width="auto" measures NaN; async-validator narrates
      // every failed rule. Neither says anything about our code.
      onConsoleLog: (log) => !/unexpected width NaN|^async-validator:/.test(log),
      unstubGlobals: true,
      server: {
        deps: {
          // Element Plus's ESM build default-imports the CommonJS async-validator; Node's own
          // interop hands it the module object, so form validation silently passes. Letting Vite
          // transform Element Plus applies the bundler interop the browser build gets.
          inline: ['element-plus'],
        },
      },
    },
  }),
);
