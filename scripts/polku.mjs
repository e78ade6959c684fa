#!/usr/bin/env node
// The README's two commands land here: `npm start` (Storybook) and `npm test` (every test).
// Uses only Node built-ins, because it runs before any dependency is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../tooling/src/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const pnpmVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager.split('@')[1];

function run(command, args, options = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false, ...options });
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed with exit code ${status}`);
    process.exit(status);
  }
}

function quiet(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** pnpm from PATH when it is the pinned major, else installed with npm (corepack is not relied on). */
function ensurePnpm() {
  const found = quiet('pnpm', ['--version']);
  if (found?.split('.')[0] === pnpmVersion.split('.')[0]) return 'pnpm';
  if (run('npm', ['install', '--global', `pnpm@${pnpmVersion}`]) === 0 && quiet('pnpm', ['--version'])) return 'pnpm';
  console.log('Could not install pnpm globally; using it through npx.');
  return 'npx';
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRootLinux = process.platform === 'linux' && process.getuid?.() === 0 && quiet('which', ['apt-get']);
  if (isRootLinux) {
    must('apt-get', ['update', '-qq']);
    must('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!chromiumPath()) {
    console.error('✖ No Chromium found for the browser tests. Install Chromium or Chrome and set CHROMIUM_PATH to it.');
    process.exit(1);
  }
}

const runner = ensurePnpm();
const pnpm = (args) => (runner === 'pnpm' ? ['pnpm', args] : ['npx', ['--yes', `pnpm@${pnpmVersion}`, ...args]]);
const mustPnpm = (args) => must(...pnpm(args));

const task = process.argv[2];
const resultsFile = '.vitest-results.json';
const ci = Boolean(process.env.CI);
mustPnpm(['install', ...(ci ? ['--frozen-lockfile'] : [])]);
mustPnpm(['--filter', '@polku/tokens', 'run', 'build']);

if (task === 'storybook') {
  mustPnpm(['run', 'storybook', ...(ci ? ['--ci'] : [])]);
} else if (task === 'test') {
  ensureChromium();
  const steps = [
    ['run', 'typecheck'],
    ['--filter', '@polku/tokens', 'run', 'typecheck'],
    ['run', 'lint'],
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
    // Docs pages are product (issue 18): build the static Storybook and open every docs entry in Chromium.
    ['run', 'build-storybook', '--quiet'],
    ['run', 'test:docs'],
    ['exec', 'node', 'scripts/check-storybook-preview.mjs', 'storybook-static'],
    // Packaging (issue 8): build every package, lint what would be published (publint + attw), then install the
    // packed tarballs into Vite, Node SSR (strict CSP) and Next.js apps and check them in Chromium.
    ['run', 'build'],
    ['run', 'check:packages'],
    ['run', 'check:api'],
    ['run', 'test:consumers'],
  ];
  for (const step of steps) mustPnpm(step);
  const results = JSON.parse(readFileSync(new URL(`../${resultsFile}`, import.meta.url), 'utf8'));
  console.log('\n✔ All checks passed.');
  console.log(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
} else {
  console.error('usage: node scripts/polku.mjs <storybook|test>');
  process.exit(2);
}
