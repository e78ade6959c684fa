// A plain Node server-rendered app: per-request CSP nonce, styled-components ServerStyleSheet, the tokens CSS
// from the @polku/tokens package subpath, and a hydrating client bundle.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from './dist/server/entry-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tokensCss = require.resolve('@polku/tokens/css');
const manifest = JSON.parse(readFileSync(path.join(here, 'dist/client/.vite/manifest.json'), 'utf8'));
const clientEntry = manifest['src/entry-client.jsx'].file;
const withStyleSheet = process.env.POLKU_SSR_WITHOUT_STYLE_SHEET !== '1';

const themes = ['light', 'dark', 'high-contrast', 'auto'];

/** The page; the theme set the documented way for a whole page, on <html> (`?theme=`, none by default). */
function page(nonce, theme) {
  const { html, styleTags } = render({ nonce, withStyleSheet });
  const themeAttribute = themes.includes(theme) ? ` data-polku-theme="${theme}"` : '';
  return `<!doctype html>
<html lang="sv"${themeAttribute}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta property="csp-nonce" nonce="${nonce}" />
    <title>Polku SSR</title>
    <link rel="stylesheet" href="/polku.css" nonce="${nonce}" />
    ${styleTags}
  </head>
  <body>
    <div id="root">${html}</div>
    <script type="module" nonce="${nonce}" src="/${clientEntry}"></script>
  </body>
</html>`;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/') {
    const nonce = randomBytes(16).toString('base64');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    });
    res.end(page(nonce, url.searchParams.get('theme')));
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const file =
    url.pathname === '/polku.css'
      ? tokensCss
      : path.join(here, 'dist/client', path.normalize(url.pathname).replace(/^\/+/, ''));
  if (!file.startsWith(here) && file !== tokensCss) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' });
  createReadStream(file).pipe(res);
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
