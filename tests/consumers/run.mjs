#!/usr/bin/env node
// Consumer tests: Polku as a real app gets it. Packs every package with `pnpm pack` (so `workspace:` ranges become
// real versions), installs the tarballs (not workspace links) with npm into apps outside the monorepo, builds them
// and checks them in Chromium:
//   vite-app  a Vite React SPA in TypeScript (tsc 5 and 7, production build) React 19 and 18
//   ssr-app   Node SSR with ServerStyleSheet + strict nonce CSP, hydrated React 19 and 18
//   next-app  Next.js App Router, a server component page using Polku   React 19 (Next's own requirement)
// Every app: its production install pulls exactly the expected packages through @polku/* (dependencies.mjs), and
// each theme, set the documented way, paints a page with 0 axe violations in Chromium (themes.mjs).
// styled-components: every app gets the latest 6.x; the ssr-app runs once more, React 19, on the lowest version the
// peer range of @polku/react allows (its floor: ^6.a.b -> 6.a.b), so the range says what is tested (ADR 0008).
// Run `pnpm build` first. Options: --apps vite,ssr,next  --react 19,18  --keep (reuse installed apps)  --no-lowest.
// Env: POLKU_CONSUMERS_WORK (default: <tmp>/polku-consumers), POLKU_SSR_WITHOUT_STYLE_SHEET=1 (shows the FOUC test fail).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAll, root } from '../../scripts/pack.mjs';
import { assertProductionPackages } from './dependencies.mjs';
import { closeBrowser, sh, shAsync } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : argv[index + 1];
};
const apps = option('apps', 'vite,ssr,next').split(',');
const reactMajors = option('react', '19,18').split(',');
const keep = argv.includes('--keep');
const withLowest = !argv.includes('--no-lowest');
// Outside the repository on purpose: an app inside it would silently resolve anything missing from its own
// node_modules in the monorepo's node_modules (react, styled-components, even the workspace @polku/* links).
const work = path.resolve(process.env.POLKU_CONSUMERS_WORK ?? path.join(os.tmpdir(), 'polku-consumers'));

for (const dir of ['tokens/dist', 'react/dist', 'cx/dist']) {
  if (!existsSync(path.join(root, 'packages', dir))) {
    console.error(`✖ packages/${dir} is missing: run \`pnpm build\` first`);
    process.exit(1);
  }
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
// What an app installs from Polku (other packages, e.g. the feedback server, are not app dependencies).
const tarballs = packAll(path.join(here, '.work/tarballs'), { only: ['@polku/tokens', '@polku/react', '@polku/cx'] });
console.log(`packed ${tarballs.map((t) => path.basename(t.tarball)).join(', ')}`);

const npmInstall = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const reactRange = { 18: '^18.2.0', 19: '^19.0.0' };

// The styled-components versions: the floor of @polku/react's peer range, and the newest version inside it.
const peerRange = JSON.parse(readFileSync(path.join(root, 'packages/react/package.json'), 'utf8')).peerDependencies[
  'styled-components'
];
const styledComponentsLowest = /^\^(\d+\.\d+\.\d+)$/.exec(peerRange)?.[1];
if (!styledComponentsLowest) throw new Error(`styled-components peer range ${peerRange}: expected ^x.y.z (its floor is tested)`);
/** The newest published version in the peer range (asked of the registry, so a stale npm cache cannot pick an older one). */
function latestInRange(range) {
  const result = spawnSync('npm', ['view', `styled-components@${range}`, 'version', '--json'], { encoding: 'utf8' });
  try {
    // npm lists them in publish order (6.5.3 before 6.5.0): sort by number; a range excludes prereleases
    const key = (version) => version.split('.').map(Number);
    const newer = (a, b) => key(a).reduce((order, part, i) => order || part - key(b)[i], 0);
    const versions = [JSON.parse(result.stdout)].flat().sort(newer);
    if (versions.length > 0 && typeof versions.at(-1) === 'string') return versions.at(-1);
  } catch {
    // offline: fall back to the range below
  }
  console.warn(`    ⚠ could not ask the registry for styled-components@${range}; installing the range as it resolves`);
  return undefined;
}
const styledComponentsLatest = latestInRange(peerRange);
console.log(
  `styled-components: peer range ${peerRange}, lowest ${styledComponentsLowest}, latest ${styledComponentsLatest ?? '(unknown)'}`,
);

/** Copies an app template to the work dir and writes its package.json with the tarballs and a React major. */
async function prepare({ app, major, styledComponents, variant = '', extraDependencies = {} }) {
  const dir = path.join(work, `${app}-react${major}${variant}`);
  const template = path.join(here, `${app}-app`);
  const manifest = JSON.parse(readFileSync(path.join(template, 'package.json'), 'utf8'));
  manifest.dependencies = {
    ...Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.tarball}`])),
    react: reactRange[major],
    'react-dom': reactRange[major],
    'styled-components': styledComponents ?? peerRange,
    ...extraDependencies,
  };
  // A TypeScript app's React types follow its React major.
  for (const types of ['@types/react', '@types/react-dom'])
    if (manifest.devDependencies?.[types]) manifest.devDependencies[types] = reactRange[major];
  if (!keep) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(template, dir, {
    recursive: true,
    filter: (source) => !/(node_modules|\/dist|\/\.next|smoke\.mjs)$/.test(source),
  });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  // Fresh tarballs every run (same version number): drop the installed copies so npm unpacks the new ones.
  for (const t of tarballs) rmSync(path.join(dir, 'node_modules', t.name), { recursive: true, force: true });
  rmSync(path.join(dir, 'package-lock.json'), { force: true });
  await shAsync('npm', npmInstall, { cwd: dir });
  return dir;
}

/**
 * The app got what it asked for: the React major, exactly the styled-components version it asked for (when known),
 * and real package copies rather than workspace links.
 */
function checkInstall(dir, reactMajor, styledComponents) {
  const versionOf = (name) => JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  const installed = versionOf('react');
  if (installed.split('.')[0] !== String(reactMajor))
    throw new Error(`${dir}: installed React ${installed}, wanted ${reactMajor}`);
  const sc = versionOf('styled-components');
  if (styledComponents && sc !== styledComponents)
    throw new Error(`${dir}: installed styled-components ${sc}, wanted ${styledComponents}`);
  for (const t of tarballs) {
    const location = path.join(dir, 'node_modules', t.name);
    if (lstatSync(location).isSymbolicLink()) throw new Error(`${location} is a link, not an installed tarball`);
  }
  return `${installed}, styled-components ${sc}`;
}

/** Every export subpath resolves and loads in plain Node, both as ESM (import) and CommonJS (require). */
function checkNodeResolution(dir) {
  const script = `
    const { createRequire } = require('node:module');
    const req = createRequire(process.cwd() + '/index.js');
    const entries = ['@polku/react', '@polku/cx', '@polku/cx/metrics', '@polku/tokens'];
    const files = ['@polku/tokens/css', '@polku/tokens/polku.css', '@polku/tokens/json/light.polku.json', '@polku/tokens/json/tokens.flat.json'];
    (async () => {
      for (const id of entries) {
        const cjs = req(id);
        const esm = await import(req.resolve(id).replace(/\\.cjs$/, '.js'));
        const viaImport = await import(id).catch((e) => { throw new Error('import ' + id + ': ' + e.message); });
        if (Object.keys(cjs).length === 0 || Object.keys(viaImport).length === 0) throw new Error(id + ' has no exports');
        void esm;
      }
      for (const id of files) req.resolve(id);
      if (!['function', 'object'].includes(typeof req('@polku/react').Button)) throw new Error('Button missing from the CJS build');
      if (typeof (await import('@polku/cx/metrics')).nps !== 'function') throw new Error('nps missing from the ESM build');
      console.log('resolved ' + [...entries, ...files].join(', '));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  sh('node', ['-e', script], { cwd: dir });
}

const jobs = [];
for (const major of reactMajors) {
  if (apps.includes('vite')) {
    jobs.push({
      name: `vite-app, React ${major}: install tarballs, build, smoke test in Chromium`,
      app: 'vite',
      major,
      styledComponents: styledComponentsLatest,
      async test(dir) {
        // The TypeScript app type-checks (published declarations and the CSS subpaths included) on TypeScript 5 and 7.
        const version = (name) => JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'))).version;
        console.log(`    type-checking with TypeScript ${version('typescript')} and ${version('typescript7')}`);
        sh('npm', ['run', 'typecheck'], { cwd: dir });
        sh('npm', ['run', 'typecheck:ts7'], { cwd: dir });
        sh('npm', ['run', 'build'], { cwd: dir });
        await (await import('./vite-app/smoke.mjs')).smoke(dir, major);
      },
    });
  }
  if (apps.includes('ssr')) {
    jobs.push(ssrJob(major, styledComponentsLatest));
  }
}
/** The ssr-app: server rendering, hydration and the CSP nonce are where the static runtime meets styled-components. */
function ssrJob(major, styledComponents, { label = '', variant = '' } = {}) {
  return {
    variant,
    name: `ssr-app, React ${major}${label}: Node resolution, SSR + hydration + strict CSP + no FOUC in Chromium`,
    app: 'ssr',
    major,
    styledComponents,
    async test(dir) {
      checkNodeResolution(dir);
      sh('npm', ['run', 'build'], { cwd: dir });
      await (await import('./ssr-app/smoke.mjs')).smoke(dir, major);
    },
  };
}
// The lowest styled-components on one app only (the budget of the test command: about a minute more).
if (withLowest && apps.includes('ssr'))
  jobs.push(
    ssrJob('19', styledComponentsLowest, {
      label: `, styled-components ${styledComponentsLowest} (lowest supported)`,
      variant: '-sc-lowest',
    }),
  );
if (apps.includes('next')) {
  jobs.push({
    name: 'next-app, React 19: App Router server component page, build, render in Chromium',
    app: 'next',
    major: '19',
    styledComponents: styledComponentsLatest,
    extraDependencies: { next: '^16.0.0' },
    async test(dir) {
      sh('npm', ['run', 'build'], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      await (await import('./next-app/smoke.mjs')).smoke(dir);
    },
  });
}

// Phase 1: the npm installs, a few at a time (network- and disk-bound, so they overlap well on 2 cores).
const concurrency = Number(process.env.POLKU_CONSUMERS_INSTALLS ?? 3);
const queue = [...jobs];
await Promise.all(
  Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        job.dir = await prepare(job);
        job.react = checkInstall(job.dir, job.major, job.styledComponents);
        assertProductionPackages(job.dir, `${job.app}-app, React ${job.major}`);
      } catch (error) {
        job.installError = error;
      }
    }
  }),
);
console.log(`installs done [${elapsed()}]`);

// Phase 2: builds and browser checks, one at a time (CPU-bound).
const results = [];
let failed = false;
for (const job of jobs) {
  const t0 = Date.now();
  try {
    if (job.installError) throw job.installError;
    console.log(`\n${job.name} (React ${job.react})`);
    await job.test(job.dir);
    results.push(`✔ ${job.name} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  } catch (error) {
    failed = true;
    results.push(`✖ ${job.name}`);
    console.error(`\n✖ ${job.name}\n${error.stack ?? error}`);
  }
  console.log(`${results.at(-1)}  [${elapsed()}]`);
}
await closeBrowser();

console.log(`\nConsumer tests (${elapsed()}):\n${results.join('\n')}`);
if (failed) process.exit(1);
