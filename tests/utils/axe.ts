import axe from 'axe-core';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet, StyleSheetManager } from 'styled-components';
import { createElement } from 'react';

/**
 * jsdom cannot compute colours, so colour contrast is left to the real-browser story run (axe in Chromium);
 * every other WCAG 2.x A/AA and best-practice rule runs here.
 */
const jsdomOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
};

function describeViolations(violations: axe.Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
      return `  [${violation.id}] ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Runs axe on a rendered element and throws a readable report when anything is violated. */
export async function expectNoAxeViolations(element: Element | Document = document.body): Promise<void> {
  const results = await axe.run(element as Element, jsdomOptions);
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} violation(s):\n${describeViolations(results.violations)}`);
  }
}

/**
 * Renders on the server (as a Next.js or Node app would), mounts the HTML without React and runs axe on it,
 * so every accessibility test is also a server-render test. Returns the HTML and the collected style tags.
 */
export async function expectAccessibleServerRender(ui: ReactElement): Promise<{ html: string; css: string }> {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(createElement(StyleSheetManager, null, ui)));
    const css = sheet.getStyleTags();
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.appendChild(host);
    try {
      await expectNoAxeViolations(host);
    } finally {
      host.remove();
    }
    return { html, css };
  } finally {
    sheet.seal();
  }
}
