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
  } finally {
    await server.stop();
  }
}
