import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import './app/styles.css';
import App from './app/App.vue';
import { i18n, currentLocale } from './app/i18n';
import { createAppRouter } from './app/router';

document.documentElement.lang = currentLocale();

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(ElementPlus);
app.use(createAppRouter());
app.mount('#app');
