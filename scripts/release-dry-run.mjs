#!/usr/bin/env node
// `pnpm release:dry-run`: everything a release does except publishing. Builds every package, runs publint and attw
// on the packed tarballs, shows the pending changesets and the versions they would produce, and leaves the exact
// tarballs that `changeset publish` would upload in tests/consumers/.work/release/ with their file lists.
// Nothing is versioned, committed, tagged or published.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packAll, root } from './pack.mjs';

function must(command, args) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${command} ${args.join(' ')} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

must('pnpm', ['build']);
must('node', ['scripts/check-packages.mjs']);
// Pending changesets and the version each package would get (fails if a changed package has no changeset).
must('pnpm', ['exec', 'changeset', 'status', '--verbose']);

const destination = path.join(root, 'tests/consumers/.work/release');
console.log('\n▶ pnpm pack (each package)');
for (const pkg of packAll(destination)) {
  const list = spawnSync('tar', ['-tzvf', pkg.tarball], { encoding: 'utf8' }).stdout.trim().split('\n');
  const bytes = list.reduce((sum, line) => sum + Number(line.split(/\s+/)[2] ?? 0), 0);
  console.log(
    `\n${pkg.name}@${pkg.version}: ${list.length} files, ${(bytes / 1024).toFixed(1)} KiB unpacked → ${path.relative(root, pkg.tarball)}`,
  );
  for (const line of list) console.log(`  ${line.split(/\s+/).slice(2, 3)}\t${line.split(/\s+/).at(-1)}`);
}
console.log(
  '\n✔ Dry run complete: nothing was versioned or published. See docs/guides/releasing.md for the real flow.',
);
