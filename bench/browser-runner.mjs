// @ts-check
// Runs one browser benchmark (bench/*.browser.ts): bundles it with esbuild next to an index.html,
// serves that directory on 127.0.0.1, opens it in headless Chromium at a fixed viewport, and
// returns the report the page leaves in `window.benchResult`. Browser and server are always
// closed, and the whole run is bounded in time.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome-path.mjs';

export const VIEWPORT = { width: 1400, height: 900 };
/** What a BENCH_TRACE trace records: the DevTools Performance panel's main-thread events and the page's user timing. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
const DEFAULT_TIMEOUT_MS = 150_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>SOC Kit benchmark</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <script type="module" src="./bench.js"></script>
  </body>
</html>
`;

/** A module worker's script, written as bundlers find it: `new URL('./name.worker.ts', import.meta.url)`. */
const WORKER_URL = /new URL\((['"])\.\/([\w.-]+)\.worker\.ts\1, import\.meta\.url\)/g;

/**
 * Emits module workers as Vite and other bundlers do, which esbuild does not: each source's
 * `new URL('./name.worker.ts', import.meta.url)` points at `name.worker.js` beside the bundle, and
 * `workers` collects the sources to build there. The page then runs the worker a host's build runs.
 */
function moduleWorkers(workers) {
  return {
    name: 'module-workers',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes('.worker.ts')) return undefined;
        const contents = source.replace(WORKER_URL, (_, quote, name) => {
          workers.set(`${name}.worker.js`, resolve(dirname(path), `${name}.worker.ts`));
          return `new URL(${quote}./${name}.worker.js${quote}, import.meta.url)`;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Bundles `entryPoint` for the browser into `outDir`, with the index.html that loads it and the workers it starts. */
async function bundle(entryPoint, root, outDir) {
  await mkdir(outDir, { recursive: true });
  /** @type {import('esbuild').BuildOptions} */
  const options = {
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['soc-kit-source'],
    // Lit's decorators are the legacy (experimentalDecorators) kind: esbuild needs the tsconfig to emit them.
    tsconfig: 'tsconfig.json',
    absWorkingDir: root,
    minifyWhitespace: true,
    minifySyntax: true,
    // A profile (BENCH_CPU_PROFILE, below) names functions as the source does.
    minifyIdentifiers: !process.env.BENCH_CPU_PROFILE,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
  /** @type {Map<string, string>} the worker files to emit, by name, and their sources */
  const workers = new Map();
  await build({ ...options, entryPoints: [entryPoint], outfile: join(outDir, 'bench.js'), plugins: [moduleWorkers(workers)] });
  for (const [name, source] of workers) await build({ ...options, entryPoints: [source], outfile: join(outDir, name) });
  await writeFile(join(outDir, 'index.html'), INDEX_HTML);
}

/** A static file server for `dir` on 127.0.0.1 at a free port; resolves once it listens. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(dir, path === sep || path === '/' ? 'index.html' : path);
    const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file))];
    const isFile = await stat(file).then((info) => info.isFile(), () => false);
    if (request.method !== 'GET' || !file.startsWith(dir + sep) || !type || !isFile) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The benchmark server has no port.');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** Rejects after `ms` with `message`; `clear()` stops the timer. */
function deadline(ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { expired, clear: () => clearTimeout(timer) };
}

/**
 * Runs the browser benchmark `entryPoint` and returns its report ({ title, notes, rows }).
 * `log` receives the page's progress messages.
 */
export async function runBrowserBenchmark(entryPoint, { root, outDir, timeoutMs = DEFAULT_TIMEOUT_MS, log = console.log }) {
  const dir = join(outDir, basename(entryPoint).replace(/\.ts$/, ''));
  await bundle(entryPoint, root, dir);
  const { server, url } = await serve(dir);
  const limit = deadline(timeoutMs, `${basename(entryPoint)} did not finish within ${timeoutMs / 1000} s.`);
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.error(`  [page] ${message.text()}`);
      else log(`  · ${message.text()}`);
    });
    /** @type {Error[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    // The page asks for the browser's main-thread counters between its runs, never inside a measured frame.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.exposeFunction('readMainThreadMetrics', async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    });
    // BENCH_TRACE=<directory> records a DevTools performance trace of the whole run (style, layout, paint per frame).
    const traceDir = process.env.BENCH_TRACE;
    const traceFile = traceDir ? join(traceDir, basename(entryPoint).replace(/\.ts$/, '.trace.json')) : undefined;
    if (traceFile) await browser.startTracing(page, { path: traceFile, categories: TRACE_CATEGORIES });
    // BENCH_CPU_PROFILE=<directory> records the page's main-thread JavaScript profile for DevTools.
    const profileDir = process.env.BENCH_CPU_PROFILE;
    if (profileDir) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const finished = (async () => {
      await page.goto(url);
      // The page sets `window.benchResult`, then dispatches 'bench-result' (see support/report.ts).
      return page.evaluate(
        () =>
          new Promise((resolve) => {
            const benchWindow = /** @type {Window & { benchResult?: unknown }} */ (window);
            if (benchWindow.benchResult) resolve(benchWindow.benchResult);
            else benchWindow.addEventListener('bench-result', () => resolve(benchWindow.benchResult), { once: true });
          }),
      );
    })();
    // Past the deadline the page is torn down under it: that late failure is not news.
    finished.catch(() => undefined);
    const outcome = /** @type {any} */ (await Promise.race([finished, limit.expired]));
    if (profileDir) {
      const { profile } = await cdp.send('Profiler.stop');
      const file = join(profileDir, basename(entryPoint).replace(/\.ts$/, '.cpuprofile'));
      await writeFile(file, JSON.stringify(profile));
      log(`  · CPU profile written to ${file}`);
    }
    if (traceFile) {
      await browser.stopTracing();
      log(`  · trace written to ${traceFile}`);
    }
    if (pageErrors.length > 0) throw pageErrors[0];
    if (!outcome || typeof outcome !== 'object') throw new Error('The page finished without a report.');
    if ('error' in outcome) throw new Error(`The benchmark failed in the browser:\n${outcome.error}`);
    return outcome;
  } finally {
    limit.clear();
    await browser?.close().catch(() => undefined);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}
