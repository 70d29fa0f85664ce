// Runs the benchmarks. Node ones (bench/*.bench.ts) are bundled with esbuild (TypeScript sources,
// the 'soc-kit-source' export condition) into a temporary directory, and their default export is run;
// browser ones (bench/*.browser.ts) are bundled into a page and run in headless Chromium (see
// browser-runner.mjs). Each prints the table it returns. `npm run bench -- list-incidents` runs
// only the matching files.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { runBrowserBenchmark } from './browser-runner.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const root = join(benchDir, '..');
const filters = process.argv.slice(2);

/** Prints rows (objects with the same keys) as an aligned text table. */
function printTable(rows) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const cells = [columns, ...rows.map((row) => columns.map((column) => String(row[column] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const numeric = columns.map((column) => rows.every((row) => typeof row[column] === 'number' || /^\d+(\.\d+)?×$/.test(String(row[column]))));
  const format = (line) => line.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(format(cells[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of cells.slice(1)) console.log(format(line));
}

const isNodeBenchmark = (file) => file.endsWith('.bench.ts');
const isBrowserBenchmark = (file) => file.endsWith('.browser.ts');

const files = (await readdir(benchDir))
  .filter((file) => isNodeBenchmark(file) || isBrowserBenchmark(file))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ') || 'bench/*.bench.ts, bench/*.browser.ts'}.`);
  process.exit(1);
}

/** Bundles a Node benchmark and runs its default export. */
async function runNodeBenchmark(file, outDir) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['soc-kit-source'],
    absWorkingDir: root,
    logLevel: 'warning',
  });
  const { default: run } = await import(pathToFileURL(outfile).href);
  return run();
}

const outDir = await mkdtemp(join(tmpdir(), 'soc-kit-bench-'));
let failed = false;
try {
  for (const file of files) {
    console.log(`\n▶ ${file}`);
    try {
      const report = isBrowserBenchmark(file)
        ? await runBrowserBenchmark(join(benchDir, file), { root, outDir })
        : await runNodeBenchmark(file, outDir);
      console.log(`\n${report.title}\n`);
      for (const note of report.notes ?? []) console.log(`  ${note}`);
      if (report.notes?.length) console.log('');
      printTable(report.rows ?? []);
    } catch (error) {
      failed = true;
      console.error(`✖ ${file} failed:`, error);
    }
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
