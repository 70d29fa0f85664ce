// Screenshots of the demo's main views, for looking at a language, a writing direction or a width
// as a user would. Starts the demo's Vite server, drives headless Chromium, writes PNGs to screenshots/.
//   npm run screenshots                                  # English, left to right, 1440×900
//   npm run screenshots -- --lang=de --dir=rtl --width=390 --height=844
//   npm run screenshots -- --theme=dark          # or auto (with --scheme=dark), or --forced-colors
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './chrome-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const lang = option('lang', 'en');
const dir = option('dir', 'ltr');
const width = Number(option('width', '1440'));
const height = Number(option('height', '900'));
const port = Number(option('port', '5197'));
const theme = option('theme', '');
const scheme = option('scheme', 'light');
const forcedColors = process.argv.includes('--forced-colors');
const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });

const server = spawn(join(root, 'node_modules/.bin/vite'), ['--port', String(port), '--strictPort'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('Local:') && resolve(undefined));
  server.on('exit', (code) => reject(new Error(`vite exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    forcedColors: forcedColors ? 'active' : 'none',
  });
  // The mock backend generates its data on first load; a busy machine needs a while.
  page.setDefaultTimeout(120_000);
  const look = [theme, forcedColors ? 'forced' : ''].filter(Boolean).join('-');
  const name = (view) => join(out, `${view}-${lang}-${dir}-${width}${look ? `-${look}` : ''}.png`);
  const base = `http://localhost:${port}/?lang=${lang}&dir=${dir}${theme ? `&theme=${theme}` : ''}`;

  await page.goto(base);
  const firstName = page.locator('soc-incident-queue [role="row"] button.open').first();
  await firstName.waitFor();
  // A cell other than the name selects the row and opens its summary.
  await page.locator('soc-incident-queue [role="row"] [role="gridcell"]:not([data-column="name"])').nth(1).click();
  await page.locator('soc-incident-summary [part="pane"]').waitFor();
  await page.screenshot({ path: name('queue') });

  // The page by its URL, so the same steps work at phone width, where the summary is a sheet over the queue.
  const incidentId = await page.locator('soc-incident-summary').evaluate((summary) => summary.incidentId ?? summary.incident?.id);
  await page.goto(`${base}&incident=${encodeURIComponent(incidentId)}&tab=attack-story`);
  await page.locator('soc-incident-page [role="tablist"]').waitFor();
  await page.locator('soc-attack-story, soc-alert-list').first().waitFor();
  await page.screenshot({ path: name('incident-page') });

  await page.locator('soc-incident-page [role="tab"]', { hasText: /Assets|Ressourcen|資産|Áššéţš/ }).first().click();
  const entityLink = page.locator('soc-assets button.entity').first();
  await entityLink.waitFor();
  await entityLink.click();
  await page.locator('soc-entity-page h2, soc-entity-page h1').first().waitFor();
  await page.locator('soc-entity-timeline').waitFor();
  await page.screenshot({ path: name('entity-page') });
  console.log(`Screenshots in ${out}`);
} finally {
  await browser.close();
  server.kill();
}
