#!/usr/bin/env node
// Installs the system tools the test suite uses, from Debian's packages, when they are missing:
// Chromium for the web app's browser tests and poppler-utils (pdftoppm) for the PDF render test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
];
const missing = needed.filter(({ bin }) => !existsSync(bin)).map(({ pkg }) => pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
if (sudo === null) {
  console.error(`Missing ${missing.join(', ')}: install them with apt-get (root needed), then run the tests again.`);
  process.exit(1);
}
const run = (args) => {
  const [command, ...rest] = [...sudo, ...args];
  execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
console.log(`Installing ${missing.join(', ')} from Debian's packages...`);
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
