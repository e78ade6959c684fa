// Smoke test of the built Vite app in Chromium: it renders, is styled, responds to a click, logs nothing; each theme
// set through PolkuProvider paints a page with 0 axe violations.
import path from 'node:path';
import {
  assert,
  assertCleanConsole,
  assertStyledButton,
  buttonStyles,
  openPage,
  serveStatic,
  withConsole,
} from '../lib.mjs';
import { checkThemes } from '../themes.mjs';

export async function smoke(appDir, reactMajor) {
  const server = await serveStatic(path.join(appDir, 'dist'));
  const opened = await openPage(server.url);
  const { page, messages, close } = opened;
  try {
    await withConsole(opened, async () => {
      const label = `vite-app (React ${reactMajor})`;
      await page.getByTestId('button').waitFor();
      const version = await page.getByTestId('react-version').textContent();
      assert(version.startsWith(`${reactMajor}.`), `${label}: rendered with React ${version}`);
      assert(
        (await page.getByTestId('nps').textContent()) === 'nps:10',
        `${label}: @polku/cx/metrics result not rendered`,
      );
      assert(
        (await page.locator('[lang="fi"][data-polku-theme="light"]').count()) === 1,
        `${label}: PolkuProvider attributes missing`,
      );
      assertStyledButton(await buttonStyles(page, '[data-testid="button"]'), label);
      const refs = await page.getByTestId('refs').textContent();
      assert(refs === 'BUTTON/INPUT', `${label}: refs of Button and TextField reached ${refs}, not BUTTON/INPUT`);
      await page.getByRole('button', { name: 'Lähetä' }).press('Enter');
      await page.getByRole('button', { name: 'Lähetä' }).click();
      assert(
        (await page.getByTestId('count').textContent()) === '2',
        `${label}: Button did not respond to keyboard and click`,
      );
      const email = page.getByRole('textbox', { name: /Sähköposti/ });
      await email.fill('asiakas@example.fi');
      assert((await email.inputValue()) === 'asiakas@example.fi', `${label}: TextField did not take input`);
      const describedBy = await email.getAttribute('aria-describedby');
      assert(
        describedBy && (await page.locator(`[id="${describedBy.split(' ')[0]}"]`).count()) === 1,
        `${label}: TextField hint is not connected with aria-describedby`,
      );
      assertCleanConsole(messages, label);
    });
    // Each theme set the documented way, through PolkuProvider's `theme` prop (`?theme=` in this app).
    await checkThemes({
      urlFor: (theme) => `${server.url}?theme=${theme}`,
      ready: '[data-testid="button"]',
      label: `vite-app (React ${reactMajor})`,
    });
  } finally {
    await close();
    await server.close();
  }
}
