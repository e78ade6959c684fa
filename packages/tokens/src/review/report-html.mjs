// @ts-check
/**
 * The static HTML report of a brand review (index.html next to the screenshots): side-by-side screenshots, contrast
 * per pair for both brands, the token diff and which stories each changed token reaches. Plain HTML and CSS, no
 * scripts; headings, alt text naming story, brand and theme, and tables with captions and header cells.
 */
import { changedTokenNames } from './report-data.mjs';

const ESCAPES = /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });
export const escapeHtml = (/** @type {unknown} */ value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: #1c1f24; background: #ffffff; }
  body { margin: 0 auto; padding: 1rem; max-width: 80rem; }
  h1, h2, h3 { line-height: 1.2; }
  a { color: #1d4ed8; }
  code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
  .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 0 0 1.5rem; }
  figure { margin: 0; border: 1px solid #6b7280; border-radius: 4px; padding: 0.5rem; }
  figcaption { font-weight: 600; margin-block-end: 0.5rem; }
  img { max-inline-size: 100%; block-size: auto; display: block; }
  .scroll { overflow-x: auto; margin-block-end: 1.5rem; }
  table { border-collapse: collapse; min-inline-size: 100%; }
  caption { text-align: start; font-weight: 600; padding-block: 0.5rem; }
  th, td { border: 1px solid #6b7280; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
  thead th { background: #f3f4f6; }
  .fail { font-weight: 700; color: #b91c1c; }
  .swatch { display: inline-block; inline-size: 1em; block-size: 1em; border: 1px solid #1c1f24; vertical-align: middle; margin-inline-end: 0.25rem; }
  :focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
`;

/** @param {import('./report-data.mjs').ContrastSide | undefined} s @param {number} min */
const ratioCell = (s, min) =>
  s ? `<td>${s.ratio.toFixed(2)}:1 ${s.pass ? 'pass' : `<span class="fail">fail (below ${min}:1)</span>`}</td>` : '<td>not checked</td>';

const isColour = (/** @type {string} */ v) => /^(#[0-9a-f]{3,8}|rgba?\()/i.test(v);
/** A value with a decorative swatch; the value itself is the text. */
const value = (/** @type {string} */ v) => `${isColour(v) ? `<span class="swatch" style="background:${escapeHtml(v)}"></span>` : ''}<code>${escapeHtml(v)}</code>`;

/** @param {import('./report-data.mjs').ReviewData} data */
function screenshotsSection(data) {
  const parts = ['<section aria-labelledby="shots"><h2 id="shots">Stories side by side</h2>'];
  for (const story of data.stories) {
    parts.push(`<h3>${escapeHtml(story.title)}: ${escapeHtml(story.name)}</h3>`);
    const changed = new Set(changedTokenNames(data.diff));
    const reached = story.tokens.filter((t) => changed.has(t));
    parts.push(`<p>Changed tokens used here: ${reached.length ? reached.map((t) => `<code>${escapeHtml(t)}</code>`).join(', ') : 'none'}.</p>`);
    for (const theme of data.themes) {
      const shots = data.screenshots.filter((s) => s.story === story.id && s.theme === theme);
      if (shots.length === 0) continue;
      parts.push(`<div class="pair">`);
      for (const shot of shots) {
        parts.push(
          `<figure><figcaption>${escapeHtml(shot.brand)} (${shot.side === 'current' ? 'current' : 'candidate'}), ${escapeHtml(theme)} theme</figcaption>` +
            `<img src="${escapeHtml(shot.file)}" alt="${escapeHtml(shot.alt)}"></figure>`,
        );
      }
      parts.push('</div>');
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** @param {import('./report-data.mjs').ReviewData} data */
function contrastSection(data) {
  const { current, candidate } = { current: data.current.brand, candidate: data.candidate.brand };
  const parts = ['<section aria-labelledby="contrast"><h2 id="contrast">Contrast</h2>'];
  const failing = data.contrast.filter((r) => r.candidate && !r.candidate.pass);
  parts.push(`<p>${failing.length === 0 ? `Every pair meets its WCAG 2.2 minimum with ${escapeHtml(candidate)} in every theme.` : `${failing.length} pair(s) fail with ${escapeHtml(candidate)}.`}</p>`);
  for (const theme of data.themes) {
    const rows = data.contrast.filter((r) => r.theme === theme);
    parts.push(
      `<div class="scroll"><table><caption>Contrast in the ${escapeHtml(theme)} theme: ${escapeHtml(current)} and ${escapeHtml(candidate)}</caption>` +
        `<thead><tr><th scope="col">Foreground</th><th scope="col">Background</th><th scope="col">Minimum</th><th scope="col">${escapeHtml(current)}</th><th scope="col">${escapeHtml(candidate)}</th></tr></thead><tbody>`,
    );
    for (const r of rows) {
      parts.push(
        `<tr><th scope="row"><code>${escapeHtml(r.foreground)}</code></th><td><code>${escapeHtml(r.background)}</code></td><td>${r.min}:1 (${escapeHtml(r.kind)})</td>${ratioCell(r.current, r.min)}${ratioCell(r.candidate, r.min)}</tr>`,
      );
    }
    parts.push('</tbody></table></div>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** @param {import('./report-data.mjs').ReviewData} data */
function diffSection(data) {
  const label = new Map(data.stories.map((s) => [s.id, `${s.title.split('/').at(-1)} / ${s.name}`]));
  const reach = new Map(data.reach.map((r) => [r.token, r.stories]));
  const reachCell = (/** @type {string} */ token) => {
    const ids = reach.get(token) ?? [];
    return `<td>${ids.length ? ids.map((id) => escapeHtml(label.get(id) ?? id)).join(', ') : 'none of the reviewed stories'}</td>`;
  };
  const { changed, added, removed } = data.diff;
  const parts = [
    '<section aria-labelledby="diff"><h2 id="diff">Token changes and their reach</h2>',
    `<p>${changed.length} changed, ${added.length} added, ${removed.length} removed (per theme), ${data.reach.length} distinct tokens; ${data.reach.filter((r) => r.stories.length > 0).length} of them reach a reviewed story.</p>`,
  ];
  if (changed.length > 0) {
    parts.push(
      `<div class="scroll"><table><caption>Changed tokens: ${escapeHtml(data.current.brand)} → ${escapeHtml(data.candidate.brand)}</caption>` +
        `<thead><tr><th scope="col">Token</th><th scope="col">Theme</th><th scope="col">${escapeHtml(data.current.brand)}</th><th scope="col">${escapeHtml(data.candidate.brand)}</th><th scope="col">Reaches</th></tr></thead><tbody>`,
    );
    for (const c of changed) {
      parts.push(`<tr><th scope="row"><code>${escapeHtml(c.name)}</code></th><td>${escapeHtml(c.combination)}</td><td>${value(c.before)}</td><td>${value(c.after)}</td>${reachCell(c.name)}</tr>`);
    }
    parts.push('</tbody></table></div>');
  }
  for (const [kind, list] of /** @type {const} */ ([['Added', added], ['Removed', removed]])) {
    if (list.length === 0) continue;
    parts.push(`<div class="scroll"><table><caption>${kind} tokens</caption><thead><tr><th scope="col">Token</th><th scope="col">Theme</th><th scope="col">Value</th><th scope="col">Reaches</th></tr></thead><tbody>`);
    for (const e of list) parts.push(`<tr><th scope="row"><code>${escapeHtml(e.name)}</code></th><td>${escapeHtml(e.combination)}</td><td>${value(e.value)}</td>${reachCell(e.name)}</tr>`);
    parts.push('</tbody></table></div>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/**
 * @param {import('./report-data.mjs').ReviewData} data
 * @returns {string}
 */
export function renderReportHtml(data) {
  const title = `Brand review: ${data.candidate.brand} against ${data.current.brand}`;
  const problems = [...data.errors, ...data.blockedRequests.map((u) => `blocked a request outside the local Storybook: ${u}`)];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1>
<p>Candidate file <code>${escapeHtml(data.candidate.file)}</code>, themes ${data.themes.map(escapeHtml).join(', ')}, ${data.stories.length} stories, generated ${escapeHtml(data.generatedAt)} by <code>polku-tokens review</code>. The same data is in <a href="review.json">review.json</a>.</p>
<nav aria-label="Sections"><ul><li><a href="#shots">Stories side by side</a></li><li><a href="#contrast">Contrast</a></li><li><a href="#diff">Token changes and their reach</a></li></ul></nav>
</header>
<main>
${problems.length ? `<section aria-labelledby="problems"><h2 id="problems">Problems</h2><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></section>` : ''}
${screenshotsSection(data)}
${contrastSection(data)}
${diffSection(data)}
</main>
</body>
</html>
`;
}
