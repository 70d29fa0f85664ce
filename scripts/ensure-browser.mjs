// @ts-check
// Runs before `npm test`: the tests need a real Chromium. Nothing is downloaded by the test
// tools; on Debian as root the system package is installed, elsewhere the command is named.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_INSTALL_HINT, findChrome } from './chrome-path.mjs';

if (!findChrome()) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`The tests run in a real Chromium and none was found. ${CHROME_INSTALL_HINT}`);
    process.exit(1);
  }
  console.log('No Chromium found: installing the Debian package "chromium"...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  if (!findChrome()) {
    console.error(`Chromium is still missing after the install. ${CHROME_INSTALL_HINT}`);
    process.exit(1);
  }
}
