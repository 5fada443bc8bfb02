import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API server (packages/server) listens on 4000; in development Vite serves the SPA and
// forwards API calls so the browser sees one origin, as it does in production.
const apiServer = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
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
