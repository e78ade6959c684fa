import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Box } from './Box';

describe('Box', () => {
  beforeEach(() => resetDevMessages());

  it('maps token props to data attributes and leaves unset ones off', () => {
    render(
      <>
        <Box data-testid="plain">Plain</Box>
        <Box
          data-testid="full"
          padding={4}
          paddingBlock={2}
          paddingInline={6}
          background="subtle"
          border="strong"
          radius="m"
          shadow="s"
        >
          Full
        </Box>
      </>,
    );
    const plain = screen.getByTestId('plain');
    for (const name of ['data-padding', 'data-background', 'data-border', 'data-radius', 'data-shadow']) {
      expect(plain).not.toHaveAttribute(name);
    }
    const full = screen.getByTestId('full');
    expect(full).toHaveAttribute('data-padding', '4');
    expect(full).toHaveAttribute('data-padding-block', '2');
    expect(full).toHaveAttribute('data-padding-inline', '6');
    expect(full).toHaveAttribute('data-background', 'subtle');
    expect(full).toHaveAttribute('data-border', 'strong');
    expect(full).toHaveAttribute('data-radius', 'm');
    expect(full).toHaveAttribute('data-shadow', 's');
  });

  it('renders the element given by `as`, forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Box ref={ref} as="section" aria-label="Summary" className="mine">
        Content
      </Box>,
    );
    expect(ref.current).toBe(screen.getByRole('region', { name: 'Summary' }));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns and falls back on unknown values', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown background and off-scale padding
      render(<Box background="pink" padding={11} data-testid="b" />);
      expect(screen.getByTestId('b')).not.toHaveAttribute('data-background');
      expect(screen.getByTestId('b')).toHaveAttribute('data-padding', '0');
      expect(console.warnings().join('\n')).toMatch(/Box: unknown background "pink"/);
      expect(console.warnings().join('\n')).toMatch(/Box: unknown padding "11"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders with static token blocks', async () => {
    render(
      <Box padding={5} background="raised">
        Text
      </Box>,
    );
    await expectNoAxeViolations();
    const { css } = await expectAccessibleServerRender(<Box padding={5}>x</Box>);
    expect(css).toContain("[data-padding-inline='9']{padding-inline:var(--polku-space-9);}");
    expect(css).toContain('var(--polku-color-surface-raised)');
  });
});
