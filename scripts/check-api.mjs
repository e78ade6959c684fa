#!/usr/bin/env node
// Public API reports (#17): every public package entry has an API Extractor report committed under docs/api/
// (`<package>.<entry>.api.md`), so every change of the public surface shows in review. One config per entry in
// docs/api/config/ (all extend base.json); this script runs them all on the built declarations. It builds nothing:
// run `pnpm build` first.
//   node scripts/check-api.mjs           check mode (the test command): fails when a report differs from the build
//   node scripts/check-api.mjs --update  rewrites the reports (`pnpm run api:update`), then commit them
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('..', import.meta.url));
const configDir = path.join(root, 'docs/api/config');
const update = process.argv.includes('--update');

const configs = readdirSync(configDir)
  .filter((name) => name.endsWith('.json') && name !== 'base.json')
  .sort();

const changed = [];
const failed = [];
for (const name of configs) {
  // Prepared with the entry's own package.json (loadFileAndPrepare would take the one above the config: the root's).
  const configObjectFullPath = path.join(configDir, name);
  const configObject = ExtractorConfig.loadFile(configObjectFullPath);
  const packageJsonFullPath = path.join(configObject.projectFolder, 'package.json');
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath, packageJsonFullPath });
  const entry = path.relative(root, config.mainEntryPointFilePath);
  if (!existsSync(config.mainEntryPointFilePath)) {
    console.error(`check:api: ${entry} is missing; run \`pnpm build\` first.`);
    process.exit(1);
  }
  // Problems in the declarations themselves (compiler errors, forgotten exports...), not the report bookkeeping
  // (`console-*` messages: report created or changed, which apiReportChanged tells).
  const problems = [];
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback: (message) => {
      if (!message.messageId.startsWith('console-') && (message.logLevel === 'warning' || message.logLevel === 'error')) {
        problems.push(message.formatMessageWithLocation(root));
      }
    },
  });
  const report = path.relative(root, config.reportFilePath);
  if (result.apiReportChanged) changed.push(`${report}  (see: diff ${report} ${path.relative(root, config.reportTempFilePath)})`);
  if (problems.length > 0) failed.push(`${entry}:\n    ${problems.join('\n    ')}`);
  console.log(`check:api: ${entry} → ${report}${result.apiReportChanged ? (update ? ' (updated)' : ' (CHANGED)') : ''}`);
}

if (failed.length > 0) {
  console.error(`\ncheck:api: API Extractor reported problems in:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
if (changed.length > 0 && !update) {
  console.error(
    `\ncheck:api: the public API changed; these reports no longer match the build:\n  ${changed.join('\n  ')}\n` +
      'If the change is intended, run `pnpm run api:update` and commit the reports (docs/api/), so it shows in review.',
  );
  process.exit(1);
}
console.log(update ? `check:api: ${configs.length} reports written.` : `check:api: ${configs.length} public entries match their reports.`);
