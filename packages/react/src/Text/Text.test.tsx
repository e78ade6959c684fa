import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Text } from './Text';

describe('Text', () => {
  beforeEach(() => resetDevMessages());

  it('is a paragraph of body text by default', () => {
    render(<Text>Vastaamme yleensä kahden arkipäivän kuluessa.</Text>);
    const p = screen.getByText('Vastaamme yleensä kahden arkipäivän kuluessa.');
    expect(p.tagName).toBe('P');
    expect(p).toHaveAttribute('data-variant', 'body');
  });

  it('renders variants and the element given by `as`', () => {
    render(
      <>
        <Text variant="lead">Lead</Text>
        <Text variant="small" as="span">
          Small
        </Text>
        <Text variant="muted" weight="semibold">
          Muted
        </Text>
      </>,
    );
    expect(screen.getByText('Lead')).toHaveAttribute('data-variant', 'lead');
    expect(screen.getByText('Small').tagName).toBe('SPAN');
    expect(screen.getByText('Muted')).toHaveAttribute('data-weight', 'semibold');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Text ref={ref} className="mine">
        Hello
      </Text>,
    );
    expect(ref.current).toBe(screen.getByText('Hello'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns and falls back on an unknown variant', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown variant
      render(<Text variant="tiny">Tiny</Text>);
      expect(screen.getByText('Tiny')).toHaveAttribute('data-variant', 'body');
      expect(console.warnings().join('\n')).toMatch(/Text: unknown variant "tiny"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(<Text variant="muted">Updated yesterday</Text>);
    await expectNoAxeViolations();
    const { css } = await expectAccessibleServerRender(<Text variant="muted">Updated</Text>);
    expect(css).toContain('var(--polku-color-text-muted)');
  });
});
