#!/usr/bin/env node
// Runs the styled-components contract tests (and the static runtime's own tests) against another styled-components
// version, e.g. before raising or lowering the peer range, or to try a new major (ADR 0008, addendum session 5):
//   node tests/styled-components/contract-against.mjs 6.4.0
// Installs that version with npm into <tmp>/polku-sc-contract/<version> (outside the repository; its react and
// react-dom link to the workspace's, so there is one React), then runs the unit files with `styled-components`
// aliased to it. The test names carry the version that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
  console.error('usage: node tests/styled-components/contract-against.mjs <exact styled-components version, e.g. 6.4.0>');
  process.exit(2);
}
const files = [
  'packages/react/src/internal/styled-components-contract.test.tsx',
  'packages/react/src/internal/static-styled.test.tsx',
];

const run = (command, args, options) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const dir = path.join(os.tmpdir(), 'polku-sc-contract', version);
const installed = path.join(dir, 'node_modules/styled-components');
if (!existsSync(installed)) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "polku-sc-contract", "private": true }\n');
  // --legacy-peer-deps: no React of its own; the workspace's is linked below
  run('npm', ['install', `styled-components@${version}`, '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
  });
}
for (const name of ['react', 'react-dom']) {
  const link = path.join(dir, 'node_modules', name);
  rmSync(link, { recursive: true, force: true });
  symlinkSync(realpathSync(path.join(root, 'node_modules', name)), link);
}

// A config next to the workspace's node_modules (so `vitest/config` resolves), ignored by git.
const configDir = path.join(root, 'node_modules/.cache/polku-sc-contract');
mkdirSync(configDir, { recursive: true });
const config = path.join(configDir, 'vitest.config.mjs');
writeFileSync(
  config,
  `import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
export default defineConfig({
  root: ${JSON.stringify(root)},
  plugins: [react()],
  resolve: { alias: [{ find: /^styled-components$/, replacement: ${JSON.stringify(installed)} }] },
  test: {
    name: 'styled-components-${version}',
    environment: 'jsdom',
    setupFiles: [${JSON.stringify(path.join(root, 'tests/setup/unit.ts'))}],
    include: ${JSON.stringify(files)},
  },
});
`,
);
console.log(`styled-components ${version} from ${installed}`);
run('pnpm', ['exec', 'vitest', 'run', '--config', config, '--reporter', 'verbose', ...files], { cwd: root });
