// The server-rendered app in Chromium, under a strict nonce-based Content-Security-Policy:
// 1. no flash of unstyled content: with JavaScript disabled, the server HTML and CSS alone style the Button, and
//    the styled-components rules sit in <head> before any script;
// 2. hydration: no hydration warning or any other console error/warning (CSP violations included), the app is
//    interactive, and a component first mounted on the client is styled (its style tag carries the nonce);
// 3. each theme set on <html> paints the page, 0 axe violations (contrast included).
import {
  assert,
  assertCleanConsole,
  assertStyledButton,
  buttonStyles,
  openPage,
  startProcess,
  withConsole,
} from '../lib.mjs';
import { checkThemes } from '../themes.mjs';

export async function smoke(appDir, reactMajor, { env = {} } = {}) {
  const label = `ssr-app (React ${reactMajor})`;
  const server = await startProcess('node', ['server.mjs'], {
    cwd: appDir,
    env: { NODE_ENV: 'development', ...env },
    ready: /listening on (\S+)/,
  });
  try {
    const response = await fetch(server.url);
    const csp = response.headers.get('content-security-policy');
    const html = await response.text();
    const nonce = csp.match(/'nonce-([^']+)'/)[1];
    assert(!/unsafe-inline/.test(csp), `${label}: CSP must not allow unsafe-inline`);
    // 1. No JavaScript at all: what the user sees before any script runs.
    const before = await openPage(server.url, { blockScripts: true });
    try {
      await withConsole(before, async () => {
        assertStyledButton(
          await buttonStyles(before.page, '[data-testid="button"]'),
          `${label} FOUC check (scripts off)`,
        );
        assertCleanConsole(before.messages, `${label} (scripts off)`);
      });
    } finally {
      await before.close();
    }

    // The raw server HTML: component CSS in <head>, ahead of every script, with the nonce.
    const styleAt = html.search(/<style[^>]*data-styled/);
    const scriptAt = html.indexOf('<script');
    assert(
      styleAt !== -1,
      `${label}: FOUC: the server HTML has no styled-components <style> (is ServerStyleSheet used?)`,
    );
    assert(styleAt < scriptAt, `${label}: FOUC: the server styles come after a script`);
    assert(
      html.includes(`<style nonce="${nonce}"`) || new RegExp(`<style[^>]*nonce="${nonce}"`).test(html),
      `${label}: the server <style> has no CSP nonce`,
    );

    // 2. Hydration.
    const after = await openPage(server.url);
    try {
      await withConsole(after, async () => {
        await after.page.getByTestId('hydrated').waitFor({ timeout: 10_000 });
        const version = await after.page.evaluate(() => document.documentElement.lang);
        assert(version === 'sv', `${label}: unexpected document`);
        assertStyledButton(await buttonStyles(after.page, '[data-testid="button"]'), `${label} after hydration`);
        const note = await after.page.getByTestId('hydrated').evaluate((el) => getComputedStyle(el).borderLeftStyle);
        assert(
          note === 'solid',
          `${label}: a component mounted on the client is unstyled (client style tag blocked by CSP?)`,
        );
        await after.page.getByRole('button', { name: 'Skicka' }).click();
        assert(
          (await after.page.getByTestId('count').textContent()) === '1',
          `${label}: not interactive after hydration`,
        );
        // A form field after hydration: ids from useId (label, hint) agree between server and client.
        const email = after.page.getByRole('textbox', { name: /E-post/ });
        await email.fill('kund@example.se');
        assert((await email.inputValue()) === 'kund@example.se', `${label}: TextField did not take input`);
        const describedBy = await email.getAttribute('aria-describedby');
        assert(
          describedBy && (await after.page.locator(`[id="${describedBy.split(' ')[0]}"]`).count()) === 1,
          `${label}: TextField hint is not connected with aria-describedby after hydration`,
        );
        assertCleanConsole(after.messages, `${label} hydration`);
      });
    } finally {
      await after.close();
    }

    // 3. Each theme on <html data-polku-theme> (the app's PolkuProvider has no theme: it inherits), hydrated.
    await checkThemes({ urlFor: (theme) => `${server.url}?theme=${theme}`, ready: '[data-testid="hydrated"]', label });
  } finally {
    await server.stop();
  }
}
