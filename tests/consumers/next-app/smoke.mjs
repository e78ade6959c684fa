// The built Next.js app (next start) in Chromium: styled in the server HTML (scripts off), then hydrated with a
// clean console and an interactive client island.
import net from 'node:net';
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

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function smoke(appDir) {
  const label = 'next-app (React 19)';
  const port = await freePort();
  const server = await startProcess('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    ready: /(?:Ready|started server)/i,
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    const before = await openPage(url, { blockScripts: true });
    try {
      await withConsole(before, async () => {
        assertStyledButton(
          await buttonStyles(before.page, '[data-testid="button"]'),
          `${label} FOUC check (scripts off)`,
        );
        assert(
          (await before.page.getByTestId('nps').textContent()) === 'nps:10',
          `${label}: server-side metrics not rendered`,
        );
      });
    } finally {
      await before.close();
    }
    const after = await openPage(url);
    try {
      await withConsole(after, async () => {
        await after.page.getByTestId('counter').click();
        await after.page.getByText('1', { exact: true }).waitFor({ timeout: 10_000 });
        assertStyledButton(await buttonStyles(after.page, '[data-testid="button"]'), `${label} after hydration`);
        assertCleanConsole(after.messages, `${label} hydration`);
      });
    } finally {
      await after.close();
    }
    await checkServerComponents(`http://127.0.0.1:${port}/server-components`, label);
  } finally {
    await server.stop();
  }
}

/**
 * The route with no "use client" (app/server-components): static components from `@polku/react/server` are styled
 * by the first HTML alone in each theme (axe clean, contrast included), built-in strings follow the request locale,
 * and no JavaScript file the browser loads carries a Polku template.
 */
async function checkServerComponents(url, label) {
  const routeLabel = `${label} server components`;
  await checkThemes({ urlFor: (theme) => `${url}?theme=${theme}`, ready: '[data-testid="heading"]', label: routeLabel });
  const before = await openPage(url, { blockScripts: true });
  try {
    await withConsole(before, async () => {
      const styled = await before.page.evaluate(() => {
        const probe = (name) => {
          const element = document.createElement('div');
          element.style.color = getComputedStyle(document.documentElement).getPropertyValue(name);
          document.body.append(element);
          const color = getComputedStyle(element).color;
          element.remove();
          return color;
        };
        const heading = getComputedStyle(document.querySelector('[data-testid="heading"]'));
        const badge = getComputedStyle(document.querySelector('[data-testid="badge"]'));
        return {
          // React writes the hoisted styles of one precedence as one <style> whose data-href lists every template
          headStyles: [...document.head.querySelectorAll('style[data-precedence="polku"]')]
            .flatMap((style) => (style.getAttribute('data-href') ?? '').split(' '))
            .filter(Boolean).length,
          headingMargin: heading.marginTop,
          badgeBackground: badge.backgroundColor,
          wantBadgeBackground: probe('--polku-color-feedback-success-background'),
          externalText: document.querySelector('[data-testid="external-link"]').textContent,
        };
      });
      assert(styled.headStyles > 5, `${routeLabel}: ${styled.headStyles} Polku templates styled from <head> of the first HTML`);
      assert(styled.headingMargin === '0px', `${routeLabel}: Heading not styled (margin-top ${styled.headingMargin})`);
      assert(
        styled.badgeBackground === styled.wantBadgeBackground,
        `${routeLabel}: Badge background ${styled.badgeBackground}, want ${styled.wantBadgeBackground}`,
      );
      assert(styled.externalText.includes('avautuu uuteen välilehteen'), `${routeLabel}: link text "${styled.externalText}" is not Finnish`);
    });
  } finally {
    await before.close();
  }
  const server = await scriptsOf(url, routeLabel);
  const client = await scriptsOf(url.replace('/server-components', '/client-components'), `${label} client components`);
  const carrying = (route) => route.scripts.filter((script) => script.text.includes('var(--polku-')).map((script) => script.url);
  assert(server.scripts.length > 0, `${routeLabel}: no scripts loaded, so the check below proves nothing`);
  assert(carrying(server).length === 0, `${routeLabel}: Polku templates shipped to the browser in ${carrying(server).join(', ')}`);
  // the same check sees the templates when the same page uses the client entry
  assert(carrying(client).length > 0, `${label}: the client-components route loaded no Polku template; the check is blind`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const js = (route) => route.scripts.reduce((sum, script) => sum + script.bytes, 0);
  console.log(
    `    measured: JavaScript ${kb(js(server))} (server components) vs ${kb(js(client))} (client entry); ` +
      `HTML ${kb(server.htmlBytes)} vs ${kb(client.htmlBytes)}`,
  );
  console.log(`    ✔ ${routeLabel}: styled in the first HTML, Finnish strings, no Polku JavaScript loaded`);
}

/** Every script the page loads (URL, text, uncompressed bytes) and the size of its HTML. */
async function scriptsOf(url, label) {
  const opened = await openPage('about:blank');
  const responses = [];
  opened.page.on('response', (response) => responses.push(response));
  try {
    await opened.page.goto(url, { waitUntil: 'networkidle' });
    await opened.page.locator('[data-testid="heading"]').waitFor();
    const scripts = [];
    let htmlBytes = 0;
    for (const response of responses) {
      const type = response.request().resourceType();
      if (type === 'document') htmlBytes = (await response.body()).length;
      if (type !== 'script') continue;
      const body = await response.body();
      scripts.push({ url: response.url(), text: body.toString('utf8'), bytes: body.length });
    }
    await withConsole(opened, async () => assertCleanConsole(opened.messages, `${label} hydration`));
    return { scripts, htmlBytes };
  } finally {
    await opened.close();
  }
}
