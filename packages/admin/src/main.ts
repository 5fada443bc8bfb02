import { createApp } from 'vue';
import { createPinia } from 'pinia';
// Element Plus's theme variables come first, so the app's own styles (the party-red theme) override
// them; each component's stylesheet arrives with the page that uses it (vite.config.ts).
import 'element-plus/theme-chalk/base.css';
// ElMessage is called from TypeScript (request errors, session expiry), which the template
// resolver does not see: its stylesheet is imported here, for every page.
import 'element-plus/theme-chalk/el-message.css';
import './app/styles.css';
import App from './app/App.vue';
import { i18n, currentLocale } from './app/i18n';
import { createAppRouter } from './app/router';

document.documentElement.lang = currentLocale();

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(createAppRouter());
app.mount('#app');
