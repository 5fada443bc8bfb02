import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import vueI18n from '@intlify/unplugin-vue-i18n/vite';

// The API server (packages/server) listens on 4000; in development Vite serves the SPA and
// forwards API calls so the browser sees one origin, as it does in production.
const apiServer = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    vue(),
    // Each SFC imports the Element Plus components (and their CSS) its template uses, so a page
    // carries only its own widgets. Components called from TypeScript (ElMessage, ElMessageBox)
    // are imported where they are used, with their styles (issue 8: the sign-in route's weight).
    components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
    // Locale files are compiled to message ASTs at build time, so the app ships vue-i18n's
    // runtime without its message compiler; it also sets vue-i18n's feature flags.
    vueI18n({
      include: ['src/**/locales/*.json'],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: true,
      dropMessageCompiler: true,
    }),
  ],
  define: {
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
    // scripts/check-bundle-budget.mjs reads it to find what the sign-in route downloads.
    manifest: true,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => `assets/${readable(chunk.name)}-[hash].js`,
        assetFileNames: (asset) => `assets/${readable(asset.names[0]?.replace(/\.css$/, ''))}-[hash][extname]`,
        codeSplitting: {
          groups: [
            // Vue, its router, store and i18n change together and rarely: one chunk that browsers
            // keep across releases. Element Plus is left to the automatic split, so each page
            // brings only the components it renders.
            { name: 'framework', test: /[\\/]node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/ },
          ],
        },
      },
    },
  },
});

/**
 * Rolldown names a shared chunk after its first module, which for Element Plus is a widget's
 * `style/css.mjs`: "css-*.js" and "css-*.css" would read as stylesheets in the budget report.
 */
const ELEMENT_PLUS_STYLE_CHUNK = 'css';
const readable = (name: string | undefined) => (name === ELEMENT_PLUS_STYLE_CHUNK ? 'element-plus' : '[name]');
