// Runs inside a Storybook docs page (page.evaluate): must be self-contained, no imports or outer variables.

/**
 * What a reader of the page would see as broken: Storybook's error screen, an empty page, Markdown syntax printed as
 * text (outside code, stories and generated prop tables), and how many Markdown tables rendered as <table>.
 * @returns {{ error?: string, hasContent: boolean, tables: number, rawMarkdown: { kind: string, text: string }[] }}
 */
export function inspectDocsPage() {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const title = document.querySelector('#error-message')?.textContent?.trim();
    const stack = document.querySelector('#error-stack')?.textContent?.trim().split('\n')[0];
    return { error: [title, stack].filter(Boolean).join(' — ') || 'error display shown', hasContent: false, tables: 0, rawMarkdown: [] };
  }
  const content = document.querySelector('#storybook-docs .sbdocs-content');
  const hasContent = Boolean(content && content.querySelector('h1, h2, h3, p, li, table') && content.textContent.trim());
  if (!content) return { hasContent: false, tables: 0, rawMarkdown: [] };

  // code samples, rendered stories and the generated ArgTypes table may legitimately hold any characters
  const exempt = 'pre, code, .docs-story, .docblock-argstable, .docblock-source';
  const checks = [
    { kind: 'table row', pattern: /\|\s*:?-{3,}:?\s*\|/ },
    { kind: 'bold/italic marker', pattern: /\*\*/ },
    { kind: 'heading marker', pattern: /(^|\n)\s*#{1,6}\s/ },
  ];
  const rawMarkdown = [];
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(exempt)) continue;
    const text = node.textContent ?? '';
    for (const { kind, pattern } of checks) {
      const match = pattern.exec(text);
      if (!match) continue;
      const start = Math.max(0, match.index - 30);
      rawMarkdown.push({ kind, text: text.slice(start, match.index + 50).replace(/\s+/g, ' ').trim() });
    }
  }
  const tables = [...content.querySelectorAll('table')].filter((table) => !table.closest(exempt)).length;
  return { hasContent, tables, rawMarkdown };
}
