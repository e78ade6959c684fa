import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { App } from './App.jsx';

/**
 * Renders the app and collects the styled-components CSS it used, so the server HTML carries every rule before
 * any script runs. `withStyleSheet: false` exists only to show that the no-FOUC test catches a missing sheet.
 */
export function render({ nonce, withStyleSheet = true }) {
  if (!withStyleSheet) return { html: renderToString(<App />), styleTags: '' };
  const sheet = new ServerStyleSheet({ nonce });
  try {
    const html = renderToString(sheet.collectStyles(<App />));
    return { html, styleTags: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}
