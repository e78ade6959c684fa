/**
 * Writes docs/cx/receiver-demo/receiver-export.ndjson, the export the "CX/Measured from the receiver" Storybook page
 * shows: a fresh receiver (createFeedbackHandler on PGlite in a temporary folder) gets the seeded answers of
 * docs/cx/receiver-demo/seed.ts, and its GET /v1/export is written as it comes. Byte-stable: run it twice, get the
 * same file. receiver-demo-export.test.ts checks that the committed file is what the receiver exports now.
 *
 *   pnpm exec tsx tests/cx/seed-demo-export.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPgliteStore } from '@polku/cx-server';
import { seededExport } from '../../docs/cx/receiver-demo/seed';

/** The committed export the Storybook page imports. */
export const DEMO_EXPORT_FILE = fileURLToPath(new URL('../../docs/cx/receiver-demo/receiver-export.ndjson', import.meta.url));

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'polku-demo-receiver-'));
  const store = createPgliteStore({ dataDir });
  try {
    const text = await seededExport(store);
    writeFileSync(DEMO_EXPORT_FILE, text);
    const lines = text.split('\n').filter(Boolean).length;
    console.log(`✔ ${lines} answers exported by the receiver → ${path.relative(process.cwd(), DEMO_EXPORT_FILE)}`);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
