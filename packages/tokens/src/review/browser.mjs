// @ts-check
/**
 * Chromium for `polku-tokens review`: playwright-core (or playwright) is loaded only when a review runs, so the
 * package never depends on it; the browser is the system's own (CHROMIUM_PATH or the usual locations).
 */
import fs from 'node:fs';

export const PLAYWRIGHT_MISSING =
  'polku-tokens review needs playwright-core to drive Chromium: npm install --save-dev playwright-core (it downloads no browser; set CHROMIUM_PATH if Chromium is not found)';

/** @returns {Promise<typeof import('playwright')>} */
export async function loadPlaywright() {
  for (const name of ['playwright-core', 'playwright']) {
    try {
      return /** @type {any} */ (await import(name));
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  throw new Error(PLAYWRIGHT_MISSING);
}

/** Where Chromium is: $CHROMIUM_PATH, then the Debian/Ubuntu packages, Google Chrome on Linux and macOS. */
export function findChromium(env = process.env) {
  const candidates = [
    env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) throw new Error('polku-tokens review: Chromium not found; set CHROMIUM_PATH to the chromium or chrome executable');
  return found;
}

/** Headless system Chromium with no background network traffic. */
export async function launchChromium() {
  const { chromium } = await loadPlaywright();
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
