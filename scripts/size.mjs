// Measures what a host pays, min+gzip, for each entry of the published packages (their built dist/,
// resolved through package.json "exports" as a host's bundler would), and fails when an entry grows
// past its ceiling. Lit (lit, @lit/context, @lit/task) is counted inside each figure and shown once on its
// own row. Sizes are deterministic: same dist, same numbers.
//   npm run size              # after npm run build
//   npm run size -- --json    # the figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = join(root, 'packages/components');

/**
 * SPEC §8 targets, kB min+gzip with Lit included, and the ceilings CI enforces. A ceiling is the
 * figure the kit has reached, so nothing grows unnoticed; lower it whenever an entry shrinks, until
 * it meets its target.
 */
const BUDGETS = {
  'incident-queue + api-provider + HttpIncidentApi': { target: 25, ceiling: 55.1 },
  'incident-page': { target: 70, ceiling: 111.2 },
  'define + api (everything)': { target: 80, ceiling: 220.7 },
  'mock-api (browser)': { ceiling: 211.6 },
};

for (const dist of ['packages/components/dist', 'packages/mock-api/dist']) {
  if (!existsSync(join(root, dist))) {
    console.error(`${dist} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const elementEntries = Object.keys(JSON.parse(readFileSync(join(components, 'package.json'), 'utf8')).exports)
  .filter((key) => /^\.\/[a-z-]+$/.test(key) && !['./api', './i18n', './define', './react', './vue'].includes(key))
  .map((key) => key.slice(2));

const measures = [
  ['lit + @lit/context + @lit/task', "export * from 'lit'; export * from '@lit/context'; export * from '@lit/task';"],
  [
    'incident-queue + api-provider + HttpIncidentApi',
    "import '@soc-kit/components/incident-queue'; import '@soc-kit/components/api-provider'; export { HttpIncidentApi } from '@soc-kit/components/api';",
  ],
  ...elementEntries.map((entry) => [entry, `import '@soc-kit/components/${entry}';`]),
  ['define', "import '@soc-kit/components/define';"],
  ['api', "export * from '@soc-kit/components/api';"],
  ['define + api (everything)', "import '@soc-kit/components/define'; export * from '@soc-kit/components/api';"],
  ['mock-api (browser)', "export * from '@soc-kit/mock-api/browser';"],
];

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    // A host's bundler loads the lazily imported layout code as its own chunk; count it in.
    splitting: true,
    outdir: join(root, 'node_modules/.cache/size'),
    logLevel: 'error',
  });
  let min = 0;
  let gzip = 0;
  const languages = {};
  for (const file of result.outputFiles) {
    const bytes = gzipSync(file.contents, { level: 9 }).length;
    // A translation loads only for a page in that language: count it apart, per language.
    const language = translationLanguage(result.metafile.outputs[relative(process.cwd(), file.path)]);
    if (language) {
      languages[language] = (languages[language] ?? 0) + bytes;
      continue;
    }
    min += file.contents.length;
    gzip += bytes;
  }
  return { min, gzip, languages };
}

/** The language of a chunk made only of translation modules (`messages.de.js`, `common.ja.js`), else undefined. */
function translationLanguage(output) {
  const inputs = Object.keys(output?.inputs ?? {});
  const languages = new Set(inputs.map((input) => /\.(de|ja)\.js$/.exec(input)?.[1]));
  return inputs.length > 0 && languages.size === 1 && !languages.has(undefined) ? [...languages][0] : undefined;
}

const kB = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const rows = [];
for (const [name, contents] of measures) {
  const { min, gzip, languages } = await measure(contents);
  const { target, ceiling } = BUDGETS[name] ?? {};
  rows.push({
    entry: name,
    'min kB': kB(min),
    'min+gzip kB': kB(gzip),
    target: target ?? '',
    'target met': target === undefined ? '' : kB(gzip) <= target ? 'yes' : 'no',
    ceiling: ceiling ?? '',
    'de / ja kB': Object.keys(languages).length ? `${kB(languages.de ?? 0)} / ${kB(languages.ja ?? 0)}` : '',
    over: ceiling !== undefined && kB(gzip) > ceiling,
  });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const columns = Object.keys(rows[0]).filter((column) => column !== 'over');
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(columns.map((column) => row[column])));
  console.log(
    '\nmin+gzip at level 9, Lit included in every row; the graph layout chunk that loads on demand is counted in.' +
      '\nTranslations load only for a page in that language: they are not in the figures, but shown apart (de / ja).',
  );
}

const over = rows.filter((row) => row.over);
if (over.length > 0) {
  console.error(`\nOver the ceiling: ${over.map((row) => `${row.entry} ${row['min+gzip kB']} kB > ${row.ceiling} kB`).join('; ')}`);
  process.exit(1);
}
