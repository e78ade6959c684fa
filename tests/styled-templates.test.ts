// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import { markDefinitionsPure, minifyCssTemplates, minifyCssText } from '@polku/tooling/styled-templates';

describe('styled template minification (package build)', () => {
  it('drops comments and indentation, keeps spaces that carry meaning', () => {
    expect(minifyCssText('\n  /* why */\n  & > svg {\n    margin: 0 calc(1px + 2px);\n  }\n')).toBe(' &>svg{margin: 0 calc(1px + 2px);}');
    expect(minifyCssText('a b  :hover, c')).toBe('a b :hover,c');
  });

  it('rewrites only CSS templates, and copies interpolations unchanged', () => {
    const source = [
      'const a = styled.div`',
      '  color: red;',
      '  ${focusRing}',
      '  animation: ${spin} 1s;',
      '  & ${Label} { gap: ${space(`x`, { a: 1 })}; }',
      '`;',
      'const b = css`\n  margin: 0;\n`;',
      'const t = `keep   this`;',
      'const k = keyframes`\n  to { opacity: 0; }\n`;',
    ].join('\n');
    expect(minifyCssTemplates(source)).toBe(
      [
        'const a = styled.div` color: red;${focusRing} animation: ${spin} 1s;& ${Label}{gap: ${space(`x`, { a: 1 })};}`;',
        'const b = css` margin: 0;`;',
        'const t = `keep   this`;',
        'const k = keyframes` to{opacity: 0;}`;',
      ].join('\n'),
    );
  });

  it('leaves escapes alone', () => {
    expect(minifyCssTemplates("const a = styled.p`content: '\\\\201C';`")).toBe("const a = styled.p`content: '\\\\201C';`");
  });

  it('marks styled, css and keyframes definitions pure, so a bundler drops the unused ones', async () => {
    const source = [
      "export const Used = styled.div.withConfig({ componentId: 'p-1' })`a: ${`x`};${ring}`;",
      "export const Unused = styled(Card).withConfig({ componentId: 'p-2' })<{ $x: 1 }>`b: 1;`;",
      'export const ring = css`c: 1;`;',
      'const spin = keyframes`to{d: 1;}`;',
      'const plain = `not css`;',
      'export const Field = forwardRef<HTMLDivElement, Omit<Props, "a">>(function Field(props, ref) { return null; });',
      'export const Lean = withRef(function Lean() { return null; });',
    ].join('\n');
    const marked = markDefinitionsPure(source);
    expect(marked).toContain("export const Used = /* @__PURE__ */ (() => styled.div.withConfig({ componentId: 'p-1' })`a: ${`x`};${ring}`)();");
    expect(marked).toContain("/* @__PURE__ */ (() => styled(Card).withConfig({ componentId: 'p-2' })<{ $x: 1 }>`b: 1;`)();");
    expect(marked).toContain('const spin = /* @__PURE__ */ (() => keyframes`to{d: 1;}`)();');
    expect(marked).toContain('const plain = `not css`;');
    expect(marked).toContain('export const Field = /* @__PURE__ */ forwardRef<HTMLDivElement, Omit<Props, "a">>(function Field');
    expect(marked).toContain('export const Lean = /* @__PURE__ */ withRef(function Lean');

    const library = `import { styled, css, keyframes, Card, forwardRef, withRef } from 'x';\n${marked}`;
    const app = await esbuild.build({
      stdin: { contents: "export { Used } from 'library';", resolveDir: '.' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      external: ['x'],
      logLevel: 'silent',
      plugins: [
        {
          name: 'library',
          setup(build) {
            build.onResolve({ filter: /^library$/ }, () => ({ path: 'library', namespace: 'library' }));
            build.onLoad({ filter: /.*/, namespace: 'library' }, () => ({ contents: library, loader: 'ts' }));
          },
        },
      ],
    });
    const bundle = app.outputFiles[0]!.text;
    expect(bundle).toContain("componentId:\"p-1\"");
    expect(bundle).toContain('c: 1;'); // used by Used
    expect(bundle).not.toContain('p-2');
    expect(bundle).not.toContain('d: 1;');
    expect(bundle.replace(/^import[^;]*;/, '')).not.toMatch(/forwardRef|withRef/);
  });
});
