// The detector behind the docs-page check (check-docs-pages.mjs), shown failing on the broken pages issue 18 found:
// pipe tables printed as text, literal bold markers, heading markers, Storybook's error screen, an empty page.
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDocsPage } from './inspect-docs-page.mjs';
import { countSourceTables } from './mdx-source.mjs';

function docsPage(html: string) {
  document.body.innerHTML = `<div id="storybook-docs"><div class="sbdocs-content">${html}</div></div>`;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.body.className = '';
});

describe('inspectDocsPage', () => {
  it('passes a page whose table rendered as a table', () => {
    docsPage('<h1>Button</h1><p>Use it.</p><table><tr><th>key</th><th>action</th></tr></table>');
    expect(inspectDocsPage()).toEqual({ hasContent: true, tables: 1, rawMarkdown: [] });
  });

  it('reports a keyboard table printed as pipe text', () => {
    docsPage('<h1>Button</h1><p>| key | action | | --- | --- | | Tab / Shift+Tab | moves focus |</p>');
    const report = inspectDocsPage();
    expect(report.tables).toBe(0);
    expect(report.rawMarkdown).toEqual([expect.objectContaining({ kind: 'table row' })]);
  });

  it('reports literal bold and heading markers, but not inside code or rendered stories', () => {
    docsPage(
      '<h1>Tokens</h1><p>Use **only** these.</p><p>\n## Colours</p>' +
        '<pre><code>## not a heading **nor bold** | --- |</code></pre><div class="docs-story"><p>**story text**</p></div>',
    );
    expect(inspectDocsPage().rawMarkdown.map((raw) => raw.kind)).toEqual(['bold/italic marker', 'heading marker']);
  });

  it("reports Storybook's error screen with its message", () => {
    docsPage('');
    document.body.classList.add('sb-show-errordisplay');
    document.body.insertAdjacentHTML('beforeend', '<div id="error-message">count is not defined</div>');
    expect(inspectDocsPage()).toMatchObject({ error: 'count is not defined', hasContent: false });
  });

  it('reports a page that rendered no content', () => {
    docsPage('<div></div>');
    expect(inspectDocsPage().hasContent).toBe(false);
  });
});

describe('countSourceTables', () => {
  it('counts GFM delimiter rows (with or without outer pipes) outside fenced code', () => {
    const source = ['| a | b |', '| --- | :-: |', '| 1 | 2 |', '', '```md', '| x | y |', '| --- | --- |', '```', 'a | b', '--- | ---'].join('\n');
    expect(countSourceTables(source)).toBe(2);
  });
});
