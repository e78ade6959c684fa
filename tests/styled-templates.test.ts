// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { minifyCssTemplates, minifyCssText } from '../scripts/styled-templates.mjs';

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
});
