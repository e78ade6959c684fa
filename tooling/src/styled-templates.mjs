// esbuild plugin for the package builds (tsup `esbuildPlugins`) and for the size measurements from the sources. Two
// source transforms on styled templates:
//
// 1. A stable `componentId` for every `styled.tag\`…\`` and `styled(X)\`…\``, like babel-plugin-styled-components'
//    `ssr` option. Without it components are numbered in creation order; with tree-shakeable builds (ADR 0007) a
//    server that loads the whole package and a client bundle that keeps only the components it uses create them in a
//    different order, so class names differ and hydration fails. The id is derived from the package, the file path and
//    the position of the call in the file, so it is the same wherever the module runs.
// 2. Minified CSS text in `styled…`, `css`, `keyframes` and `createGlobalStyle` templates (comments and indentation
//    removed, like that plugin's `minify` option): the templates ship as strings, and whitespace was about a third of
//    Button's bytes (ADR 0008). Interpolations `${…}` are copied unchanged.
// 3. Every `const X = styled…\`…\`` (and `css`, `keyframes`) wrapped as `/* @__PURE__ */ (() => …)()`: the build puts
//    modules that patterns share into one chunk, and a tagged template counts as a side effect, so an app's bundler
//    kept every definition in a chunk it touched. A pure call it may drop when unused, and inlines when used. For the
//    same reason component definitions (`= forwardRef(…)`, `= withRef(…)`, `= memo(…)`) are marked pure: React's
//    functions are not known to be pure, and one kept component kept everything it renders.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// `styled.div`, `styled.div<Props>`, `styled(Base)`, `styled(Base)<Props>` directly followed by a template literal.
const STYLED = /\bstyled(\.[a-zA-Z][a-zA-Z0-9]*|\([A-Za-z_$][A-Za-z0-9_$.]*\))(\s*<[^>`]*>)?(\s*)`/g;
// Every tag whose template is CSS.
const CSS_TAG = /\b(?:styled(?:\.[a-zA-Z][a-zA-Z0-9]*|\([A-Za-z_$][A-Za-z0-9_$.]*\))|css|keyframes|createGlobalStyle)(?:\s*<[^>`]*>)?\s*`/g;

/** CSS text between interpolations: no comments, one space for any run of whitespace, none around `{ } ; , >`. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1');
}

/** The index just past the `${…}` that starts at `index` (balanced braces). */
function interpolationEnd(source, index) {
  let depth = 1;
  let end = index + 2;
  while (end < source.length && depth > 0) {
    if (source[end] === '{') depth++;
    else if (source[end] === '}') depth--;
    end++;
  }
  return end;
}

/** Minifies the CSS text of every CSS template in `source`; `${…}` expressions (balanced braces) stay as they are. */
export function minifyCssTemplates(source) {
  let result = '';
  let copied = 0;
  for (const match of source.matchAll(CSS_TAG)) {
    let index = match.index + match[0].length;
    if (index <= copied) continue;
    result += source.slice(copied, index);
    let text = '';
    while (index < source.length && source[index] !== '`') {
      if (source[index] === '\\') {
        text += source.slice(index, index + 2);
        index += 2;
      } else if (source[index] === '$' && source[index + 1] === '{') {
        const end = interpolationEnd(source, index);
        result += minifyCssText(text) + source.slice(index, end);
        text = '';
        index = end;
      } else {
        text += source[index++];
      }
    }
    result += minifyCssText(text);
    copied = index;
  }
  return result + source.slice(copied);
}

/** The index just past the template literal whose opening backtick is at `start` (escapes and `${…}` skipped). */
function templateEnd(source, start) {
  let index = start + 1;
  while (index < source.length && source[index] !== '`') {
    if (source[index] === '\\') index += 2;
    else if (source[index] === '$' && source[index + 1] === '{') index = interpolationEnd(source, index);
    else index++;
  }
  return index + 1;
}

// `= styled….withConfig({…})<…>\``, `= css\``, `= keyframes\``: a definition the bundler may drop when pure.
const DEFINITION = /=\s*((?:styled(?:\.[a-zA-Z][a-zA-Z0-9]*|\([A-Za-z_$][A-Za-z0-9_$.]*\))\.withConfig\(\{[^}]*\}\)(?:\s*<[^>`]*>)?|css|keyframes)\s*)`/g;

// `= forwardRef<…>(`, `= withRef(`, `= memo(`: component definitions.
const COMPONENT = /=\s*(?=(?:forwardRef|withRef|memo)\s*(?:<[^()]*>)?\s*\()/g;

/** Wraps each styled/css/keyframes definition in a pure IIFE and marks component definitions pure (see 3. above). */
export function markDefinitionsPure(source) {
  source = source.replace(COMPONENT, (match) => `${match}/* @__PURE__ */ `);
  const spans = [];
  for (const match of source.matchAll(DEFINITION)) {
    const start = match.index + match[0].length - match[1].length - 1;
    spans.push([start, templateEnd(source, match.index + match[0].length - 1)]);
  }
  let result = source;
  for (const [start, end] of spans.reverse()) {
    result = `${result.slice(0, start)}/* @__PURE__ */ (() => ${result.slice(start, end)})()${result.slice(end)}`;
  }
  return result;
}

/** @param {{ prefix: string, root: string }} options prefix: short package tag; root: the package directory. */
export function styledTemplates({ prefix, root }) {
  return {
    name: 'styled-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const hasTemplates = source.includes('`') && /\b(styled|css|keyframes|createGlobalStyle)\b/.test(source);
        if (!hasTemplates && !/\b(forwardRef|withRef|memo)\b/.test(source)) return undefined;
        const file = path.relative(root, args.path).split(path.sep).join('/');
        let index = 0;
        const withIds = minifyCssTemplates(source).replace(STYLED, (_match, target, typeArguments = '', space) => {
          const hash = createHash('sha256').update(`${file}#${index++}`).digest('base64url').replace(/[-_]/g, '').slice(0, 8);
          return `styled${target}.withConfig({ componentId: '${prefix}-${hash}' })${typeArguments}${space}\``;
        });
        const contents = markDefinitionsPure(withIds);
        if (contents === source) return undefined;
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}
