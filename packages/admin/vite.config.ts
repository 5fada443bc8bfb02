import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API server (packages/server) listens on 4000; in development Vite serves the SPA and
// forwards API calls so the browser sees one origin, as it does in production.
const apiServer = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
  // vue-i18n's bundler build asks for its feature flags; we use the Composition API only.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    // `/src/...` is resolved from the Vite root, which keeps this file free of Node path APIs.
    alias: [{ find: /^@\//, replacement: '/src/' }],
  },
  server: {
    proxy: {
      '/graphql': apiServer,
      '/healthz': apiServer,
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
  },
});
