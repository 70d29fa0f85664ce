// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, requireChrome } from './scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Serves MSW's worker script at the site root: a worker from a sub-path would intercept nothing. */
const serviceWorkerMiddleware = (context, next) => {
  if (context.path === '/mockServiceWorker.js') {
    context.type = 'application/javascript';
    context.set('Service-Worker-Allowed', '/');
    context.body = readFileSync(`${root}public/mockServiceWorker.js`, 'utf8');
    return undefined;
  }
  return next();
};

export default {
  rootDir: root,
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  middleware: [serviceWorkerMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: requireChrome(),
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
