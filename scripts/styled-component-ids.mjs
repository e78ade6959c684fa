// esbuild plugin for the package builds (tsup `esbuildPlugins`): gives every `styled.tag\`…\`` and `styled(X)\`…\``
// in the sources a stable `componentId`, like babel-plugin-styled-components' `ssr` option does.
//
// Why: without it styled-components numbers components in creation order. With tree-shakeable builds (ADR 0007) a
// server that loads the whole package and a client bundle that keeps only the components it uses create them in a
// different order, so server and client class names differ and hydration fails. The id is derived from the package,
// the file path and the position of the call in the file, so it is the same wherever the module runs.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// `styled.div`, `styled.div<Props>`, `styled(Base)`, `styled(Base)<Props>` directly followed by a template literal.
const STYLED = /\bstyled(\.[a-zA-Z][a-zA-Z0-9]*|\([A-Za-z_$][A-Za-z0-9_$.]*\))(\s*<[^>`]*>)?(\s*)`/g;

/** @param {{ prefix: string, root: string }} options prefix: short package tag; root: the package directory. */
export function styledComponentIds({ prefix, root }) {
  return {
    name: 'styled-component-ids',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('styled')) return undefined;
        const file = path.relative(root, args.path).split(path.sep).join('/');
        let index = 0;
        const contents = source.replace(STYLED, (_match, target, typeArguments = '', space) => {
          const hash = createHash('sha256').update(`${file}#${index++}`).digest('base64url').replace(/[-_]/g, '').slice(0, 8);
          return `styled${target}.withConfig({ componentId: '${prefix}-${hash}' })${typeArguments}${space}\``;
        });
        if (index === 0) return undefined;
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}
