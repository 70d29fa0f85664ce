// `cem analyze` (or scripts/manifest.mjs, which also validates it and generates the framework
// typings) writes custom-elements.json from the JSDoc on each element and the define.ts calls.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { socKitPlugins } from './scripts/cem-plugins.mjs';

const packageDir = path.dirname(fileURLToPath(import.meta.url));

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.fixture.ts', 'src/**/*.styles.ts', 'src/api/**', 'src/styles/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest by hand; the analyzer must not rewrite it.
  packagejson: false,
  // Sorted so the manifest is the same on every machine.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(path.resolve(packageDir, file), 'utf8'), ts.ScriptTarget.ES2022, true),
      ),
  plugins: socKitPlugins(),
};
