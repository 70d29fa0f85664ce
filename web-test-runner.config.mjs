// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
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

/** Broken worker-script setups that test/mock-worker-preflight.test.ts starts the mock backend against. */
const WORKER_SCRIPT_FIXTURES = {
  '/missing/mockServiceWorker.js': { status: 404, type: 'text/plain', body: 'Not Found' },
  '/html/mockServiceWorker.js': { status: 200, type: 'text/html', body: '<!doctype html><title>App</title>' },
  '/scoped/mockServiceWorker.js': { status: 200, type: 'application/javascript', body: '// not registered' },
  '/broken-mockServiceWorker.js': { status: 200, type: 'application/javascript', body: "throw new Error('broken');" },
};
const workerScriptFixtureMiddleware = (context, next) => {
  const fixture = WORKER_SCRIPT_FIXTURES[context.path];
  if (!fixture) return next();
  context.status = fixture.status;
  context.type = fixture.type;
  context.body = fixture.body;
  return undefined;
};

/**
 * The strict CSP of the README's "Content Security Policy" section, on the page that
 * test/strict-csp.test.ts loads in a frame (test/csp/page.html). Nothing is added for the test:
 * the page answers the kit's requests itself. `?without=soc-kit` leaves the kit's Trusted Types
 * policy out of the list, to see the graph's layout fall back to the page and say so.
 */
const strictCspMiddleware = async (context, next) => {
  if (context.path !== '/test/csp/page.html') return next();
  await next();
  const policies = context.query.without === 'soc-kit' ? 'lit-html' : 'lit-html soc-kit';
  context.set(
    'Content-Security-Policy',
    `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies}`,
  );
  return undefined;
};

/**
 * `emulate-forced-colors` ({ active }): Windows high contrast, which @web/test-runner-commands'
 * emulateMedia does not pass on to Chrome. Sent straight through the DevTools protocol.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // The emulation lasts as long as the DevTools session that set it: keep one per page.
    let cdp = cdpSessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      cdpSessions.set(page, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * Test files import `@open-wc/testing`; they get test/support/open-wc-testing.ts, the package with a
 * `waitUntil` patient enough for a busy machine (see there). The module itself gets the package.
 */
const OPEN_WC_TESTING = '/test/support/open-wc-testing.ts';
const patientTestingPlugin = {
  name: 'patient-open-wc-testing',
  resolveImport({ source, context }) {
    if (source === '@open-wc/testing' && context.path !== OPEN_WC_TESTING) return OPEN_WC_TESTING;
    return undefined;
  },
};

/**
 * Ajv and ajv-formats ship CommonJS only, which the browser cannot import. They are bundled
 * together as ES modules on first request (one shared chunk, so ajv-formats extends the same
 * Ajv it is given), for test/support/openapi-contract.ts.
 */
const COMMONJS_AS_ESM = { 'ajv/dist/2020': 'ajv-2020', 'ajv-formats': 'ajv-formats' };
const COMMONJS_PREFIX = '/__commonjs-as-esm/';
let commonJsBundle;
const commonJsAsEsmPlugin = {
  name: 'commonjs-as-esm',
  resolveImport({ source }) {
    const name = COMMONJS_AS_ESM[source];
    return name ? `${COMMONJS_PREFIX}${name}.js` : undefined;
  },
  async serve(context) {
    if (!context.path.startsWith(COMMONJS_PREFIX)) return undefined;
    commonJsBundle ??= build({
      absWorkingDir: root,
      entryPoints: Object.entries(COMMONJS_AS_ESM).map(([input, output]) => ({ in: input, out: output })),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: `${root}node_modules/.commonjs-as-esm`,
      write: false,
    }).then((result) => new Map(result.outputFiles.map((file) => [`${COMMONJS_PREFIX}${file.path.split('/').pop()}`, file.text])));
    const body = (await commonJsBundle).get(context.path);
    return body === undefined ? undefined : { body, type: 'js' };
  },
};

export default {
  rootDir: root,
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['soc-kit-source', 'browser'] },
  concurrency: 2,
  // Room for `waitUntil`'s fifteen seconds, more than once in a test, on a busy machine.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  middleware: [workerScriptFixtureMiddleware, serviceWorkerMiddleware, strictCspMiddleware],
  plugins: [patientTestingPlugin, commonJsAsEsmPlugin, forcedColorsPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  browsers: [
    chromeLauncher({
      // Each test page in its own window. Tabs of one window are hidden but for the front one,
      // and a hidden page gets no requestAnimationFrame (open-wc's fixture() awaits one for a
      // plain wrapper element) and throttled timers: its tests would hang or time out.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: requireChrome(),
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
