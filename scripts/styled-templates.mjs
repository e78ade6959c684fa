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
        let depth = 1;
        let end = index + 2;
        while (end < source.length && depth > 0) {
          if (source[end] === '{') depth++;
          else if (source[end] === '}') depth--;
          end++;
        }
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

/** @param {{ prefix: string, root: string }} options prefix: short package tag; root: the package directory. */
export function styledTemplates({ prefix, root }) {
  return {
    name: 'styled-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('`') || !/\b(styled|css|keyframes|createGlobalStyle)\b/.test(source)) return undefined;
        const file = path.relative(root, args.path).split(path.sep).join('/');
        let index = 0;
        const contents = minifyCssTemplates(source).replace(STYLED, (_match, target, typeArguments = '', space) => {
          const hash = createHash('sha256').update(`${file}#${index++}`).digest('base64url').replace(/[-_]/g, '').slice(0, 8);
          return `styled${target}.withConfig({ componentId: '${prefix}-${hash}' })${typeArguments}${space}\``;
        });
        if (contents === source) return undefined;
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}
