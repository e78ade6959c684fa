// Records the resolved tokens of this version in releases/<version>.json, the baseline that the Storybook
// "What changed" page and `polku-tokens diff` compare the next version with. Part of the release flow.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const flat = path.join(root, 'dist/json/tokens.flat.json');
if (!fs.existsSync(flat)) {
  console.error('polku-tokens snapshot: dist/json/tokens.flat.json is missing; run the build first.');
  process.exit(1);
}
const values = JSON.parse(fs.readFileSync(flat, 'utf8'));
fs.mkdirSync(path.join(root, 'releases'), { recursive: true });
const out = path.join(root, 'releases', `${version}.json`);
fs.writeFileSync(out, `${JSON.stringify({ version, values }, null, 2)}\n`);
console.log(`polku-tokens snapshot: wrote releases/${version}.json`);
