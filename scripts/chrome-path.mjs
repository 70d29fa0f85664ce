// @ts-check
import { existsSync } from 'node:fs';

export const CHROME_INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: `apt-get update && apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';

/** Flags for a headless Chromium on a machine with a closed network and no GPU. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium the tests, benchmarks and screenshots use; `undefined` when there is none. */
export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** Like `findChrome`, but throws with the install command when there is no browser. */
export function requireChrome() {
  const path = findChrome();
  if (!path) throw new Error(`No Chromium found. ${CHROME_INSTALL_HINT}`);
  return path;
}
