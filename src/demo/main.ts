import '@soc-kit/components/styles/theme.css';
import { bootDemo } from './boot.js';
import { initialDemoLanguage } from './demo-language.js';

document.documentElement.lang = initialDemoLanguage();
const dir = new URLSearchParams(location.search).get('dir');
if (dir === 'rtl' || dir === 'ltr') document.documentElement.dir = dir;
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') document.documentElement.dataset.socTheme = theme;

await bootDemo(document.querySelector('soc-demo-app')!);
