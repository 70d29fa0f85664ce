import '@soc-kit/components/styles/theme.css';
import { HttpIncidentApi } from '@soc-kit/components/api';
import '@soc-kit/components/define';
import { startMockBackend } from '@soc-kit/mock-api/browser';
import { initialDemoLanguage } from './demo-app.js';
import './mock-backend-panel.js';

document.documentElement.lang = initialDemoLanguage();
const dir = new URLSearchParams(location.search).get('dir');
if (dir === 'rtl' || dir === 'ltr') document.documentElement.dir = dir;
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') document.documentElement.dataset.socTheme = theme;

const app = document.querySelector('soc-demo-app')!;
try {
  const backend = await startMockBackend({ baseUrl: '/api', persist: window.localStorage });
  app.backend = backend;
  app.api = new HttpIncidentApi({ baseUrl: '/api' });
} catch (error) {
  app.startError = error instanceof Error ? error.message : String(error);
}
