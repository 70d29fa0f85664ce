import { defineConfig } from 'vite';

/**
 * The demo portal (`npm start`): index.html + src/demo, with the kit and the mock service taken
 * from their TypeScript sources (the `soc-kit-source` export condition). MSW's worker script is served
 * from public/ at the site root, where it must live to intercept the page's requests.
 */
export default defineConfig({
  resolve: {
    conditions: ['soc-kit-source', 'module', 'browser', 'development|production'],
  },
  server: {
    port: 5173,
    strictPort: false,
  },
  preview: {
    port: 4173,
  },
});
