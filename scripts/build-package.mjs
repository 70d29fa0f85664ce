// Builds one workspace package into its dist/: JavaScript and declarations emitted by tsc, one
// module per source file, so a host's bundler keeps only the modules a host imports.
//   node scripts/build-package.mjs components   # @soc-kit/components
//   node scripts/build-package.mjs mock-api     # @soc-kit/mock-api (after components: it imports its declarations)
// For the components it then minifies the CSS and HTML inside the css`` / html`` template literals
// (source maps follow), bundles the graph layout worker into one self-contained file, copies the
// theme and generates the custom elements manifest and framework typings.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import remapping from '@jridgewell/remapping';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

const root = fileURLToPath(new URL('..', import.meta.url));
const name = process.argv[2];
if (name !== 'components' && name !== 'mock-api') {
  console.error('usage: node scripts/build-package.mjs components|mock-api');
  process.exit(2);
}
const packageDir = join(root, 'packages', name);
const dist = join(packageDir, 'dist');
/** Packages whose types a consumer has anyway: the peers, and this kit's own packages. */
const declarationPackages = new Set(['lit', '@lit/context', '@lit/task', '@lit/reactive-element', 'lit-html', 'msw', '@soc-kit/components', '@soc-kit/mock-api']);

const bin = (tool) => join(root, 'node_modules', '.bin', tool);

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function fail(message) {
  console.error(`build ${name}: ${message}`);
  process.exit(1);
}

await rm(dist, { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', join(packageDir, 'tsconfig.build.json')], { stdio: 'inherit' });

if (name === 'components') {
  await minifyTemplateLiterals();
  await bundleLayoutWorker();
  await mkdir(join(dist, 'styles'), { recursive: true });
  await copyFile(join(packageDir, 'src/styles/theme.css'), join(dist, 'styles/theme.css'));
  execFileSync(process.execPath, [join(packageDir, 'scripts/manifest.mjs')], { stdio: 'inherit', cwd: packageDir });
}
await checkOutput();

/**
 * Minifies the CSS and HTML inside every css``/html``/svg`` literal of the emitted modules, and
 * maps the result back to the TypeScript sources. A literal the minifier cannot parse fails the
 * build, so every style ships minified.
 */
async function minifyTemplateLiterals() {
  const problems = [];
  const { log, warn } = console;
  let before = 0;
  let after = 0;
  for await (const file of filesUnder(dist)) {
    if (!file.endsWith('.js')) continue;
    const code = await readFile(file, 'utf8');
    let messages = [];
    console.log = console.warn = (...args) => messages.push(args.join(' '));
    let result;
    try {
      result = await minifyHTMLLiterals(code, { fileName: file });
    } finally {
      console.log = log;
      console.warn = warn;
    }
    // The minifier skips a file's CSS when it meets unsafeCSS(); harmless where the file has no css``.
    if (!/(^|[\s=(,:])css`/.test(code)) messages = messages.filter((message) => !message.includes('unsafeCSS() detected'));
    if (messages.length > 0) problems.push(`${relative(packageDir, file)}: ${messages.join(' ').slice(0, 400)}`);
    if (!result) continue;
    before += code.length;
    after += result.code.length;
    const mapFile = `${file}.map`;
    const emitted = JSON.parse(await readFile(mapFile, 'utf8'));
    const minifiedMap = { ...result.map, sources: [file], file: emitted.file };
    const combined = remapping(minifiedMap, (source) => (source === file ? emitted : null));
    combined.file = emitted.file;
    await writeFile(file, result.code.replace(/\/\/# sourceMappingURL=.*$/m, '') + `//# sourceMappingURL=${emitted.file}.map\n`);
    await writeFile(mapFile, JSON.stringify(combined));
  }
  if (problems.length > 0) fail(`template literals the minifier could not read:\n${problems.join('\n')}`);
  console.log(`build ${name}: template literals minified, ${(before / 1024).toFixed(1)} kB → ${(after / 1024).toFixed(1)} kB in the modules that have them`);
}

/**
 * The layout worker must start wherever the kit is served, with or without a bundler and import
 * map (a module worker sees neither the page's import map nor its bundler): one self-contained
 * file beside the module that creates it.
 */
async function bundleLayoutWorker() {
  const workerSource = join(packageDir, 'src/graph/graph-layout.worker.ts');
  await build({
    entryPoints: [workerSource],
    outfile: join(dist, 'graph/graph-layout.worker.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    tsconfig: join(packageDir, 'tsconfig.build.json'),
    logLevel: 'warning',
  });
  await rm(join(dist, 'graph/graph-layout.worker.d.ts'), { force: true });
  await rm(join(dist, 'graph/graph-layout.worker.d.ts.map'), { force: true });
  const runner = join(dist, 'graph/graph-layout-runner.js');
  const code = await readFile(runner, 'utf8');
  const sourceUrl = "new URL('./graph-layout.worker.ts', import.meta.url)";
  if (code.split(sourceUrl).length !== 2) fail(`expected one ${sourceUrl} in ${relative(packageDir, runner)}`);
  await writeFile(runner, code.replace(sourceUrl, "new URL('./graph-layout.worker.js', import.meta.url)"));
}

/** What consumers resolve must be JavaScript and declarations that stand on their own. */
async function checkOutput() {
  const problems = [];
  for await (const file of filesUnder(dist)) {
    if (/\.(test|fixture)\.(js|d\.ts)$/.test(file)) problems.push(`${relative(packageDir, file)}: test code in dist`);
    if (!file.endsWith('.js') && !file.endsWith('.d.ts')) continue;
    const code = await readFile(file, 'utf8');
    if (/from\s+['"][^'"]+\.ts['"]|import\(\s*['"][^'"]+\.ts['"]\s*\)|new URL\(\s*['"][^'"]+\.ts['"]/.test(code)) {
      problems.push(`${relative(packageDir, file)}: refers to a .ts file`);
    }
  }
  for (const file of await publicDeclarations()) {
    const code = await readFile(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from\s+|import\()\s*['"]([^'"./][^'"]*)['"]/g)) {
      const bare = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!declarationPackages.has(bare)) problems.push(`${relative(packageDir, file)}: public declarations import "${specifier}"`);
    }
  }
  if (problems.length > 0) fail(`output problems:\n${problems.join('\n')}`);
  console.log(`build ${name}: ${relative(root, dist)} ready`);
}

/** Every declaration file reachable from the package's exports. */
async function publicDeclarations() {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const pending = Object.values(manifest.exports)
    .map((target) => (typeof target === 'object' ? target.types : undefined))
    .filter((types) => types?.startsWith('./dist/'))
    .map((types) => join(packageDir, types));
  const seen = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8').catch(() => fail(`${relative(packageDir, file)} is named by the exports but was not emitted`));
    for (const [, specifier] of code.matchAll(/(?:from\s+|import\()\s*['"](\.[^'"]+)['"]/g)) {
      pending.push(join(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
    }
  }
  return [...seen];
}
