import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Inline } from './Inline';

describe('Inline', () => {
  beforeEach(() => resetDevMessages());

  it('wraps by default, maps gap, align and justify to data attributes', () => {
    render(
      <>
        <Inline data-testid="a">
          <span>One</span>
        </Inline>
        <Inline data-testid="b" gap={4} align="baseline" justify="space-between" wrap={false}>
          <span>Two</span>
        </Inline>
      </>,
    );
    const a = screen.getByTestId('a');
    expect(a).toHaveAttribute('data-gap', '2');
    expect(a).toHaveAttribute('data-align', 'center');
    expect(a).toHaveAttribute('data-justify', 'start');
    expect(a).not.toHaveAttribute('data-nowrap');
    const b = screen.getByTestId('b');
    expect(b).toHaveAttribute('data-gap', '4');
    expect(b).toHaveAttribute('data-align', 'baseline');
    expect(b).toHaveAttribute('data-justify', 'space-between');
    expect(b).toHaveAttribute('data-nowrap', '');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(<Inline ref={ref} as="nav" aria-label="Actions" className="mine" />);
    expect(ref.current).toBe(screen.getByRole('navigation', { name: 'Actions' }));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns and falls back on an unknown justify', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown justify
      render(<Inline justify="around" data-testid="i" />);
      expect(screen.getByTestId('i')).toHaveAttribute('data-justify', 'start');
      expect(console.warnings().join('\n')).toMatch(/Inline: unknown justify "around"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <Inline as="ul">
        <li>One</li>
        <li>Two</li>
      </Inline>,
    );
    await expectNoAxeViolations();
    const { css } = await expectAccessibleServerRender(<Inline gap={5}>x</Inline>);
    expect(css).toContain('flex-wrap:wrap');
    expect(css).toContain('var(--polku-space-5)');
  });
});
