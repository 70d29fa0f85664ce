// @ts-check
/**
 * Builds and runs the host apps in examples/ against the packages AS PUBLISHED: packs
 * @soc-kit/components and @soc-kit/mock-api (after `npm run build`), installs each example in a
 * temp folder from its pinned dependencies plus the tarballs, type-checks and builds it where it
 * has those scripts, serves the result on 127.0.0.1 and checks it in headless Chromium.
 *
 *   node scripts/examples.mjs                 every example
 *   node scripts/examples.mjs plain-html vite one or more by name
 *
 * KEEP_EXAMPLES_TMP=1 keeps the temp folder (its path is printed) for a look afterwards.
 * Exits non-zero when any step of any example failed, naming the example and the step.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './chrome-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES_DIR = join(ROOT, 'examples');

const MINUTE = 60_000;
const TIMEOUTS = {
  pack: 2 * MINUTE,
  install: 6 * MINUTE,
  mswInit: 1 * MINUTE,
  typecheck: 3 * MINUTE,
  build: 3 * MINUTE,
  /** Every wait for a condition in the page. */
  page: 30_000,
  /** Waiting for a large graph's layout, which a slow CI machine takes longer over. */
  layout: 60_000,
};

/** The packages in the order they are packed. */
const PACKAGES = [
  { name: '@soc-kit/components', dir: 'packages/components', built: 'dist/index.js' },
  { name: '@soc-kit/mock-api', dir: 'packages/mock-api', built: 'dist/browser.js' },
];

/**
 * @typedef {{ page: import('playwright-core').Page, baseUrl: string, report: (line: string) => void }} CheckContext
 * @typedef {{
 *   name: string,
 *   packages: string[],
 *   mswInit: boolean,
 *   serve?: (appDir: string) => { dir: string, prefix: string },
 *   check?: (context: CheckContext) => Promise<void>,
 *   beforeTypecheck?: (appDir: string, report: (line: string) => void) => Promise<void>,
 *   afterBuild?: { step: string, run: (appDir: string, report: (line: string) => void) => Promise<void> },
 * }} Example
 */

/**
 * The check of an app over the mock backend: rows render, and a selected row reaches both the
 * host (`where` says how it shows the id) and soc-incident-summary.
 * @param {string} where
 * @returns {(context: CheckContext) => Promise<void>}
 */
function checkQueueAndSummary(where) {
  return async ({ page, baseUrl, report }) => {
    const start = performance.now();
    await page.goto(baseUrl);
    const rows = await queueRows(page);
    report(`${rows} incident rows (mock backend over MSW) in ${since(start)}`);
    const id = await selectRowAndAwaitHost(page);
    await summaryShows(page, id);
    report(`row ${id} selected: ${where} and soc-incident-summary show it`);
  };
}

/** @type {Example[]} */
const EXAMPLES = [
  {
    name: 'plain-html',
    // No mock backend in this one: its IncidentApi is hand-written.
    packages: ['@soc-kit/components'],
    mswInit: false,
    // Under a sub-path, to prove that nothing in the kit assumes it is served at the site root.
    serve: (appDir) => ({ dir: appDir, prefix: '/portal/soc/' }),
    async check({ page, baseUrl, report }) {
      let start = performance.now();
      await page.goto(`${baseUrl}index.html`);
      // A fresh queue opens on the portal's default filter: the 4 open High, Medium and Low incidents of the 6.
      const opened = await queueRows(page);
      if (opened !== 4) throw new Error(`expected the 4 open High/Medium/Low hand-written incidents under the default filter, found ${opened} rows`);
      await page.locator('soc-incident-queue [data-action="clear-filters"]').click({ timeout: TIMEOUTS.page });
      const rows = await page
        .waitForFunction(() => document.querySelector('soc-incident-queue')?.shadowRoot?.querySelectorAll('[role="row"][data-id]').length === 6, undefined, {
          timeout: TIMEOUTS.page,
        })
        .then(() => 6, () => 0);
      if (rows !== 6) throw new Error('expected the 6 hand-written incidents in the queue after "Clear all"');
      report(`index.html: ${opened} incident rows under the default filter, ${rows} after "Clear all", in ${since(start)}`);
      const id = await selectRowAndAwaitHost(page);
      report(`row ${id} selected, the host page shows it`);

      start = performance.now();
      await page.goto(`${baseUrl}graph.html`);
      try {
        await page.waitForFunction(
          () => /** @type {any} */ (document.querySelector('soc-incident-graph'))?.layoutThread !== undefined,
          undefined,
          { timeout: TIMEOUTS.layout },
        );
      } catch {
        throw new Error(`graph.html: the incident graph did not finish its layout within ${TIMEOUTS.layout / 1000} s`);
      }
      // Nodes are drawn over a few frames after the layout lands: wait for them, not for the layout alone.
      await page
        .waitForFunction(
          () => (document.querySelector('soc-incident-graph')?.shadowRoot?.querySelectorAll('[data-key]').length ?? 0) >= 450,
          undefined,
          { timeout: TIMEOUTS.page },
        )
        .catch(() => undefined);
      const graph = await page.evaluate(() => {
        const element = /** @type {any} */ (document.querySelector('soc-incident-graph'));
        const root = element.shadowRoot;
        return {
          thread: element.layoutThread,
          attribute: root.querySelector('[data-layout-thread]')?.getAttribute('data-layout-thread') ?? null,
          nodes: root.querySelectorAll('[data-key]').length,
        };
      });
      if (graph.thread !== 'worker' || graph.attribute !== 'worker') {
        throw new Error(
          `the 470-node graph was laid out on the ${graph.thread} thread (data-layout-thread="${graph.attribute}"), not in the worker`,
        );
      }
      if (graph.nodes < 450) throw new Error(`graph.html: expected 470 nodes drawn, found ${graph.nodes}`);
      await page.waitForFunction(() => document.querySelector('#layout-thread')?.textContent === 'worker', undefined, {
        timeout: TIMEOUTS.page,
      });
      report(`graph.html: ${graph.nodes} nodes laid out in the worker (layoutThread and data-layout-thread say 'worker') and drawn in ${since(start)}`);
    },
  },
  {
    name: 'vite',
    packages: ['@soc-kit/components', '@soc-kit/mock-api'],
    mswInit: true,
    serve: (appDir) => ({ dir: join(appDir, 'dist'), prefix: '/' }),
    // With the demo flag off, the production bundle must not carry the mock backend (MSW, generated data).
    afterBuild: {
      step: 'build without demo',
      async run(appDir, report) {
        const outDir = 'dist-no-demo';
        await run('build without demo', 'npx', ['--no-install', 'vite', 'build', '--outDir', outDir], {
          cwd: appDir,
          timeout: TIMEOUTS.build,
          env: { VITE_SOC_KIT_DEMO: 'false' },
        });
        const carrying = [];
        for (const file of await readdir(join(appDir, outDir, 'assets'))) {
          if (!file.endsWith('.js')) continue;
          const code = await readFile(join(appDir, outDir, 'assets', file), 'utf8');
          if (/\[MSW\]|mockServiceWorker/.test(code)) carrying.push(file);
        }
        if (carrying.length > 0) throw new Error(`with VITE_SOC_KIT_DEMO=false the bundle still carries MSW: ${carrying.join(', ')}`);
        report('with VITE_SOC_KIT_DEMO=false the bundle carries no MSW');
      },
    },
    check: checkQueueAndSummary('the host page'),
  },
  {
    name: 'react',
    packages: ['@soc-kit/components', '@soc-kit/mock-api'],
    mswInit: true,
    serve: (appDir) => ({ dir: join(appDir, 'dist'), prefix: '/' }),
    // The strict type-check covers the declarations of every export of both packages, not only those the app imports.
    beforeTypecheck: (appDir, report) => writeEveryEntry(appDir, report),
    check: checkQueueAndSummary('React state (onsoc-incident-select)'),
  },
  {
    name: 'node',
    // Plain Node, straight from the installed tarballs: no bundler, no TypeScript, no browser.
    packages: ['@soc-kit/components', '@soc-kit/mock-api'],
    mswInit: false,
    afterBuild: {
      step: 'node',
      async run(appDir, report) {
        const { stdout } = await run('node', process.execPath, ['list-incidents.mjs'], { cwd: appDir, timeout: TIMEOUTS.page });
        const listed = stdout.match(/^(\d+) high-severity incidents; the newest (\d+):/m);
        if (!listed || Number(listed[1]) === 0 || Number(listed[2]) !== 5) {
          throw new Error(`list-incidents.mjs did not list five incidents:\n${stdout}`);
        }
        report(`plain Node listed ${listed[2]} of ${listed[1]} high-severity incidents through @soc-kit/mock-api/node`);
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Checks in the page
// ---------------------------------------------------------------------------------------------

const since = (start) => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** Waits for the queue to render incident rows (in its shadow root) and counts them. */
async function queueRows(page) {
  const handle = await page.waitForFunction(
    () => {
      const root = document.querySelector('soc-incident-queue')?.shadowRoot;
      const count = root?.querySelectorAll('[role="row"][data-id]').length ?? 0;
      return count > 0 ? count : false;
    },
    undefined,
    { timeout: TIMEOUTS.page },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/**
 * Selects the second row as a person does (a click on a cell that is not the name's link or the
 * checkbox), then waits for the host page's own `#selected-incident` to show its ID.
 */
async function selectRowAndAwaitHost(page) {
  const row = page.locator('soc-incident-queue [role="row"][data-id]').nth(1);
  const id = await row.getAttribute('data-id', { timeout: TIMEOUTS.page });
  if (!id) throw new Error('the queue row has no data-id');
  await row.locator('[role="gridcell"][data-column="id"]').click({ timeout: TIMEOUTS.page });
  try {
    await page.waitForFunction((expected) => document.querySelector('#selected-incident')?.textContent === expected, id, {
      timeout: TIMEOUTS.page,
    });
  } catch {
    const shown = await page.locator('#selected-incident').textContent();
    throw new Error(`selected row ${id}, but the host page's #selected-incident shows "${shown}"`);
  }
  return id;
}

/** Waits for soc-incident-summary to show the incident (its ID in its shadow root). */
async function summaryShows(page, id) {
  try {
    await page.waitForFunction(
      (expected) => {
        const text = document.querySelector('soc-incident-summary')?.shadowRoot?.textContent ?? '';
        return text.includes(expected);
      },
      id,
      { timeout: TIMEOUTS.page },
    );
  } catch {
    throw new Error(`soc-incident-summary did not show incident ${id}`);
  }
}

/**
 * Writes `src/every-entry.generated.ts`, a type-only import of every export of both installed
 * packages that has declarations, so that the example's strict `tsc` checks them all. `./vue` is
 * left out: its typings need Vue, which a React app does not have.
 */
async function writeEveryEntry(appDir, report) {
  const lines = ['// Generated by scripts/examples.mjs: every typed export of both packages, for the strict type-check.'];
  let count = 0;
  for (const name of ['@soc-kit/components', '@soc-kit/mock-api']) {
    const manifest = JSON.parse(await readFile(join(appDir, 'node_modules', name, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || !target?.types || subpath === './vue') continue;
      lines.push(`import type {} from '${name}${subpath.slice(1)}';`);
      count++;
    }
  }
  await writeFile(join(appDir, 'src', 'every-entry.generated.ts'), `${lines.join('\n')}\n`);
  report(`strict tsc over the declarations of ${count} entry points (all but ./vue)`);
}

// ---------------------------------------------------------------------------------------------
// Processes, files, server
// ---------------------------------------------------------------------------------------------

/** Process groups of the commands running now, ended if this script is interrupted. */
const running = new Set();

class StepError extends Error {
  /** @param {string} step @param {string} message @param {string} [output] */
  constructor(step, message, output = '') {
    super(message);
    this.step = step;
    this.output = output;
  }
}

/**
 * Runs a command to completion, capturing its output; rejects (after killing its process group)
 * when it fails or outlives `timeout`.
 * @param {string} step @param {string} command @param {string[]} args
 * @param {{ cwd: string, timeout: number, env?: Record<string, string> }} options
 */
function run(step, command, args, { cwd, timeout, env = {} }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: {
        ...process.env,
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
        ...env,
      },
    });
    if (child.pid) running.add(child.pid);
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new StepError(step, `could not start \`${command}\`: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid) running.delete(child.pid);
      const line = `\`${[command, ...args].join(' ')}\``;
      if (timedOut) reject(new StepError(step, `${line} took longer than ${timeout / 1000} s`, output));
      else if (code !== 0) reject(new StepError(step, `${line} exited with ${code ?? signal}`, output));
      else resolvePromise({ stdout, output });
    });
  });
}

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * A static file server on 127.0.0.1 that serves `dir` under `prefix` (and nothing elsewhere).
 * @param {string} dir @param {string} prefix
 * @returns {Promise<{ baseUrl: string, close: () => Promise<void> }>}
 */
async function serveStatic(dir, prefix) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      if (!pathname.startsWith(prefix)) {
        response.writeHead(404).end('Not under the served path');
        return;
      }
      let file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) file = join(file, 'index.html');
      const found = await stat(file).catch(() => undefined);
      if (!found?.isFile()) {
        response.writeHead(404).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'Content-Length': found.size,
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}${prefix}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}

/** Copies an example without what an earlier local run left in it. */
async function copyExample(name, to) {
  const from = join(EXAMPLES_DIR, name);
  const skip = new Set(['node_modules', 'dist', 'package-lock.json', join('public', 'mockServiceWorker.js')]);
  await cp(from, to, {
    recursive: true,
    filter: (source) => {
      const relative = source.slice(from.length + 1);
      return !skip.has(relative);
    },
  });
}

async function readScripts(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  return manifest.scripts ?? {};
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

/** @param {string} tarballDir @returns {Promise<Map<string, string>>} package name → tarball path */
async function packPackages(tarballDir) {
  const missing = PACKAGES.filter((pkg) => !existsSync(join(ROOT, pkg.dir, pkg.built)));
  if (missing.length > 0) {
    throw new StepError(
      'pack',
      `${missing.map((pkg) => `${pkg.dir}/${pkg.built}`).join(' and ')} missing: run \`npm run build\` at the repository root first`,
    );
  }
  const tarballs = new Map();
  for (const pkg of PACKAGES) {
    const { stdout, output } = await run('pack', 'npm', ['pack', '--json', '--pack-destination', tarballDir], {
      cwd: join(ROOT, pkg.dir),
      timeout: TIMEOUTS.pack,
    });
    // npm prints lifecycle output before the JSON when the package has prepack scripts.
    const json = JSON.parse(stdout.slice(stdout.indexOf('\n[') + 1 || stdout.indexOf('[')));
    const filename = json[0]?.filename;
    const tarball = filename ? join(tarballDir, filename) : '';
    if (!tarball || !existsSync(tarball)) {
      throw new StepError('pack', `npm pack did not leave the tarball of ${pkg.name} in ${tarballDir}`, output);
    }
    tarballs.set(pkg.name, tarball);
  }
  return tarballs;
}

/**
 * Runs one example's steps. A failed type-check does not stop the build and the browser check
 * (their results are worth having too); any other failed step ends the example.
 * @param {Example} example @param {string} workDir @param {Map<string, string>} tarballs
 * @param {() => Promise<import('playwright-core').Browser>} getBrowser
 */
async function runExample(example, workDir, tarballs, getBrowser) {
  /** @type {string[]} */
  const timings = [];
  /** @type {string[]} */
  const notes = [];
  /** @type {{ step: string, message: string, output: string }[]} */
  const failures = [];
  /** Runs a step and times it; returns whether it passed. */
  const step = async (name, action) => {
    const start = performance.now();
    try {
      await action();
      return true;
    } catch (error) {
      const stepError = error instanceof StepError ? error : new StepError(name, error instanceof Error ? error.message : String(error));
      failures.push({ step: name, message: stepError.message, output: stepError.output });
      return false;
    } finally {
      timings.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)}s`);
    }
  };
  const appDir = join(workDir, example.name);
  const started = performance.now();
  const finish = () => ({ name: example.name, ok: failures.length === 0, timings, notes, failures, seconds: (performance.now() - started) / 1000 });

  if (!(await step('copy', () => copyExample(example.name, appDir)))) return finish();
  const packages = example.packages.map((name) => /** @type {string} */ (tarballs.get(name)));
  const installed = await step('install', () =>
    run('install', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packages], {
      cwd: appDir,
      timeout: TIMEOUTS.install,
    }),
  );
  if (!installed) return finish();
  if (example.mswInit) {
    const initialised = await step('msw init', () =>
      run('msw init', 'npx', ['--no-install', 'msw', 'init', 'public', '--save'], { cwd: appDir, timeout: TIMEOUTS.mswInit }),
    );
    if (!initialised) return finish();
  }
  const scripts = await readScripts(appDir);
  const { beforeTypecheck } = example;
  if (beforeTypecheck && !(await step('entry list', () => beforeTypecheck(appDir, (line) => notes.push(line))))) return finish();
  if (scripts.typecheck) {
    await step('typecheck', () => run('typecheck', 'npm', ['run', 'typecheck'], { cwd: appDir, timeout: TIMEOUTS.typecheck }));
  }
  if (scripts.build) {
    const built = await step('build', () => run('build', 'npm', ['run', 'build'], { cwd: appDir, timeout: TIMEOUTS.build }));
    if (!built) return finish();
  }
  const { afterBuild } = example;
  if (afterBuild) await step(afterBuild.step, () => afterBuild.run(appDir, (line) => notes.push(line)));
  const { serve } = example;
  if (!serve) return finish();
  await step('browser', async () => {
    const { dir, prefix } = serve(appDir);
    const server = await serveStatic(dir, prefix);
    /** @type {import('playwright-core').BrowserContext | undefined} */
    let context;
    /** @type {string[]} */
    const errors = [];
    try {
      const browser = await getBrowser();
      context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUTS.page);
      page.setDefaultNavigationTimeout(TIMEOUTS.page);
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url || 'page'})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      try {
        await example.check?.({ page, baseUrl: server.baseUrl, report: (line) => notes.push(line) });
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new StepError('browser', message, errors.join('\n'));
      }
      if (errors.length > 0) throw new StepError('browser', `${errors.length} error(s) in the page`, errors.join('\n'));
    } finally {
      await context?.close().catch(() => undefined);
      await server.close();
    }
  });
  return finish();
}

function tail(text, lines = 60) {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? [`… (${all.length - lines} lines before)`, ...all.slice(-lines)] : all).join('\n');
}

async function main() {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !EXAMPLES.some((example) => example.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown example ${unknown.join(', ')}; there are: ${EXAMPLES.map((example) => example.name).join(', ')}.`);
    return 2;
  }
  const examples = wanted.length > 0 ? EXAMPLES.filter((example) => wanted.includes(example.name)) : EXAMPLES;
  const executablePath = requireChrome();

  const workDir = await mkdtemp(join(tmpdir(), 'soc-kit-examples-'));
  // Interrupted: end the commands this script started (each in its own process group) and remove the temp folder.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      for (const pid of running) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      if (!process.env.KEEP_EXAMPLES_TMP) rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  const getBrowser = async () => (browser ??= await chromium.launch({ executablePath, args: CHROME_ARGS, timeout: TIMEOUTS.page }));
  const results = [];
  const started = performance.now();
  try {
    const tarballDir = join(workDir, 'tarballs');
    await mkdir(tarballDir);
    let tarballs;
    try {
      tarballs = await packPackages(tarballDir);
    } catch (error) {
      const stepError = error instanceof StepError ? error : new StepError('pack', String(error));
      console.error(`✗ pack: ${stepError.message}`);
      if (stepError.output) console.error(tail(stepError.output));
      return 1;
    }
    console.log(`Packed ${[...tarballs.values()].map((file) => file.slice(tarballDir.length + 1)).join(', ')}`);
    for (const example of examples) {
      const result = await runExample(example, workDir, tarballs, getBrowser);
      results.push(result);
      const mark = result.ok ? '✓' : '✗';
      console.log(`${mark} ${result.name} (${result.seconds.toFixed(1)}s: ${result.timings.join(', ')})`);
      for (const note of result.notes) console.log(`    ${note}`);
      for (const failure of result.failures) {
        console.log(`    FAILED at step "${failure.step}": ${failure.message}`);
        if (failure.output) console.log(tail(failure.output).replace(/^/gm, '    | '));
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    if (process.env.KEEP_EXAMPLES_TMP) console.log(`Kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok);
  for (const result of failed) {
    console.log(`FAILED: ${result.name} at ${result.failures.map((failure) => `"${failure.step}"`).join(', ')}`);
  }
  console.log(`Examples took ${((performance.now() - started) / 1000).toFixed(0)}s.`);
  console.log(`examples: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
