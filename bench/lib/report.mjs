import { readFileSync, writeFileSync } from 'node:fs';

// Markdown tables from bench/results/latest.json (used by bench/run.mjs; the same text goes into docs/benchmarks.md).
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)}`);
const x = (ratio) => (ratio === undefined || Number.isNaN(ratio) ? '–' : `${ratio.toFixed(2)}×`);
const ms = (value) => (value === undefined ? '–' : `${value.toFixed(1)} ms`);

export const GOALS = {
  buttonGz: 3 * 1024,
  tenSetGz: 40 * 1024,
  buttonsWarm: 1.3,
  buttonsCold: 1.5,
  labelUpdate: 1.3,
  fieldsWarm: 1.3,
  ssr: 1.5,
};

function goals(results) {
  const rows = [];
  const add = (goal, target, value, format, met) => rows.push(`| ${goal} | ${target} | ${value === undefined ? '–' : format(value)} | ${value === undefined ? 'not measured' : met ? 'met' : '**missed**'} |`);
  const { sizes, runtime, ssr } = results;
  if (sizes) {
    const button = sizes.button.jsGzBeyondReactAndStyled;
    add('Button JS beyond react + styled-components, from the built package', '≤ 3 KB gz', button, (v) => `${kb(v)} KB`, button <= GOALS.buttonGz);
    const buttonSources = sizes.button.sourcesJsGzBeyondReactAndStyled;
    add('… the same, bundled from the sources', '≤ 3 KB gz', buttonSources, (v) => `${kb(v)} KB`, buttonSources <= GOALS.buttonGz);
    const ten = sizes.tenSet.jsGzWithStyled;
    add(`ten-component set incl. styled-components (${sizes.tenSet.present.length} of 10 exist), built package`, '≤ 40 KB gz', ten, (v) => `${kb(v)} KB`, ten <= GOALS.tenSetGz);
    const tenSources = sizes.tenSet.sourcesJsGzWithStyled;
    add('… the same, bundled from the sources', '≤ 40 KB gz', tenSources, (v) => `${kb(v)} KB`, tenSources <= GOALS.tenSetGz);
  }
  if (runtime) {
    const r = runtime.libraries.polku.ratio;
    add('mount 1,000 Buttons, warm', '≤ 1.3× floor', r.buttonsWarm, x, r.buttonsWarm <= GOALS.buttonsWarm);
    add('mount 1,000 Buttons, cold', '≤ 1.5× floor', r.buttonsCold, x, r.buttonsCold <= GOALS.buttonsCold);
    add('label-only update', '≤ 1.3× floor', r.labelUpdate, x, r.labelUpdate <= GOALS.labelUpdate);
    add('mount 1,000 TextFields, warm', '≤ 1.3× floor', r.fieldsWarm, x, r.fieldsWarm <= GOALS.fieldsWarm);
  }
  if (ssr) add('renderToString 1,000 Buttons + ServerStyleSheet', '≤ 1.5× floor', ssr.ratio, x, ssr.ratio <= GOALS.ssr);
  return ['| goal | target | measured | |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function bytes(sizes) {
  const lines = [
    '| library | version | Button JS | ten-set JS | ten-set CSS | ten-set total | not in the set |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const t = sizes.tenSet;
  lines.push(
    `| **Polku** (built package) | ${sizes.version ?? ''} | ${kb(sizes.button.jsGzBeyondReactAndStyled)} (with styled-components: ${kb(sizes.button.jsGzWithStyled)}) | ${kb(t.jsGzWithStyled)} (without styled-components: ${kb(t.jsGzWithoutStyled)}) | ${kb(t.tokensCssGz)} (tokens) | ${kb(t.totalGz)} | ${t.missing.join(', ') || '–'} |`,
    `| **Polku** (from sources) | ${sizes.version ?? ''} | ${kb(sizes.button.sourcesJsGzBeyondReactAndStyled)} (with styled-components: ${kb(sizes.button.sourcesJsGzWithStyled)}) | ${kb(t.sourcesJsGzWithStyled)} | ${kb(t.tokensCssGz)} (tokens) | ${kb(t.sourcesJsGzWithStyled + t.tokensCssGz)} | ${t.missing.join(', ') || '–'} |`,
  );
  for (const peer of Object.values(sizes.peers)) {
    if (peer.error) {
      lines.push(`| ${peer.name} | | error: ${peer.error} | | | | |`);
      continue;
    }
    lines.push(
      `| ${peer.name} | ${peer.version} | ${kb(peer.button.jsGz + peer.button.cssGz)} | ${kb(peer.tenSet.jsGz)} | ${kb(peer.tenSet.cssGz)} | ${kb(peer.tenSet.totalGz)} | ${[...peer.missing, peer.note].filter(Boolean).join('; ') || '–'} |`,
    );
  }
  return lines.join('\n');
}

function perComponent(components, title = 'component') {
  const lines = [`| ${title} | built package: min | built package: gz | from sources: min | from sources: gz |`, '| --- | --- | --- | --- | --- |'];
  for (const [name, size] of Object.entries(components)) {
    lines.push(`| ${name} | ${kb(size.js)} | ${kb(size.jsGz)} | ${kb(size.sourcesJs)} | ${kb(size.sourcesJsGz)} |`);
  }
  return lines.join('\n');
}

function runtimeTable(runtime) {
  const columns = [
    ['buttonsCold', '1,000 Buttons cold'],
    ['buttonsWarm', '1,000 Buttons warm'],
    ['labelUpdate', 'label update'],
    ['variantChange', 'variant change'],
    ['fieldsCold', '1,000 TextFields cold'],
    ['fieldsWarm', '1,000 TextFields warm'],
  ];
  if (runtime.libraries.polku.ms.npsCold !== undefined) columns.push(['npsCold', '100 NPS cold'], ['npsWarm', '100 NPS warm']);
  const lines = [`| library | ${columns.map(([, title]) => title).join(' | ')} |`, `| --- |${columns.map(() => ' --- |').join('')}`];
  for (const [id, library] of Object.entries(runtime.libraries)) {
    const cells = columns.map(([metric]) =>
      id === 'floor' ? ms(library.ms[metric]) : `${x(library.ratio[metric])} <sub>${ms(library.ms[metric])}</sub>`,
    );
    const name = id === 'polku' ? '**Polku**' : library.name;
    lines.push(`| ${name}${library.error ? ` (error: ${library.error.replace(/\|/g, '/')})` : ''} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function renderMarkdown(results) {
  const parts = [];
  const m = results.machine;
  parts.push(
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium}; load average before/after ${m.loadAverage.join(' ')} / ${(m.loadAverageAfter ?? []).join(' ')} (the machine is shared: treat differences under ~15 % as noise).`,
  );
  // Bytes re-measured on their own (`--only sizes`) and merged into an earlier full run keep their own date.
  const sm = results.sizes?.measured;
  if (sm) {
    parts.push(
      `Bytes re-measured ${sm.date.slice(0, 16).replace('T', ' ')} UTC (load average ${sm.loadAverage.join(' ')})${sm.reason ? `, ${sm.reason}` : ''}; runtime and server rendering are from the run above.`,
    );
  }
  parts.push(`### Goals\n\n${goals(results)}`);
  if (results.sizes) {
    const s = results.sizes;
    parts.push(
      `### Bytes\n\nMinified + gzipped (level 9), tree-shaken by esbuild like an app's production build; react and react-dom external (react + react-dom themselves: ${kb(s.reactAndReactDomGz)} KB). Polku's Button column is the cost beyond react and styled-components; peers' columns include everything they pull in (styled-components, emotion, providers, required CSS). styled-components alone (styled, css, keyframes): ${kb(s.styledComponentsGz)} KB. Polku's tokens CSS: ${kb(s.tokensCss.gz)} KB.${
        s.feedbackWidget ? ` @polku/cx ${s.feedbackWidget.names.join(' + ')}: ${kb(s.feedbackWidget.jsGz)} KB beyond react + styled-components (${kb(s.feedbackWidget.jsGzWithStyled)} KB with it).` : ' @polku/cx `FeedbackWidget`: not exported yet.'
      } All sizes in KB.\n\n${bytes(s)}\n\nEvery exported component of \`@polku/react\` alone (KB, beyond react + styled-components):\n\n${perComponent(s.components)}${
        s.cxComponents && Object.keys(s.cxComponents).length
          ? `\n\nEvery pattern of \`@polku/cx\` alone (KB, beyond react + styled-components, with the \`@polku/react\` parts it uses; an app with several patterns pays for shared parts once):\n\n${perComponent(s.cxComponents, 'pattern')}`
          : ''
      }`,
    );
  }
  if (results.runtime) {
    const r = results.runtime;
    parts.push(
      `### Runtime (headless Chromium)\n\nRatio to a floor run paired with each library (right before or after it, alternating): median of ${r.reps} per-repetition ratios, median time in small print; floor row in ms (all floor runs). Each step: \`performance.now()\` around \`flushSync(render)\` plus a forced layout read. Cold = first mount in a fresh page (median of ${r.coldPages ?? 3} fresh pages); warm = unmount and mount again (median of 5); label update and variant change back and forth (median of 10). Fresh browser context per library and per floor run, library order alternating each repetition. Floor: \`<button className>\`, and \`<label>\` + \`<input>\` for fields, with static CSS. react-aria-components gets the floor's CSS (it ships none).${
        r.libraries.polku.ms.npsCold === undefined ? ' `NpsQuestion` (@polku/cx) is not exported yet, so NPS is not measured.' : ''
      }\n\n${runtimeTable(r)}`,
    );
  }
  if (results.ssr) {
    const s = results.ssr;
    parts.push(
      `### Server rendering\n\n\`renderToString\` of ${s.n} elements in Node (NODE_ENV=production). ${
        s.processes
          ? `${s.processes} fresh Node processes, each with 10 warm-up renders of each tree (a server renders many requests; the JIT is warm) and ${s.reps} alternating repetitions; one repetition times ${s.batch} renders in a row. Ratio = median of all ${s.processes * s.reps} per-repetition ratios; per process: ${s.perProcessRatios.map(x).join(', ')}.`
          : `Median of ${s.reps} alternating repetitions after 10 warm-up renders of each.`
      }\n\n| | time | ratio | HTML bytes |\n| --- | --- | --- | --- |\n| floor: \`<button className>\` | ${ms(s.floorMs)} | 1.00× | ${s.floorBytes} |\n| reference: the floor behind one plain function component (the least a component costs) | | ${x(s.oneComponentLayerRatio)} | |\n| **Polku** Button + \`ServerStyleSheet\` | ${ms(s.polkuMs)} | ${x(s.ratio)} | ${s.polkuBytes} (of which style tags ${s.polkuStyleBytes}) |`,
    );
  }
  parts.push(
    `### Versions\n\n${Object.entries(results.versions)
      .map(([name, version]) => `\`${name}\` ${version ?? '–'}`)
      .join(', ')}.`,
  );
  return `${parts.join('\n\n')}\n`;
}

/**
 * Writes `markdown` between `<!-- key:start -->` and `<!-- key:end -->` in docs/benchmarks.md; the first time, appends
 * a section with `heading` and `intro` holding the markers. A bench's recorded table is replaced, its prose kept.
 */
export function writeDocsSection(docs, { key, heading, intro, markdown }) {
  const start = `<!-- ${key}:start -->`;
  const end = `<!-- ${key}:end -->`;
  let text = readFileSync(docs, 'utf8');
  if (!text.includes(start) || !text.includes(end)) text += `\n## ${heading}\n\n${intro}\n\n${start}\n${end}\n`;
  writeFileSync(docs, `${text.slice(0, text.indexOf(start) + start.length)}\n${markdown}\n${text.slice(text.indexOf(end))}`);
}
