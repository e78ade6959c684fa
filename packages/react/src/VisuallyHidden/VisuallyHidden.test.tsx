import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden', () => {
  it('keeps content in the accessibility tree', () => {
    render(
      <button type="button">
        <span aria-hidden="true">×</span>
        <VisuallyHidden>Close</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('renders the element given by `as`', () => {
    render(<VisuallyHidden as="h2">Search results</VisuallyHidden>);
    expect(screen.getByRole('heading', { level: 2, name: 'Search results' })).toBeInTheDocument();
  });

  it('marks focusable content so it is shown on focus, and it takes focus from the keyboard', async () => {
    const user = userEvent.setup();
    render(
      <VisuallyHidden focusable>
        <a href="#main">Skip to content</a>
      </VisuallyHidden>,
    );
    const link = screen.getByRole('link', { name: 'Skip to content' });
    expect(link.parentElement).toHaveAttribute('data-focusable', '');
    await user.tab();
    expect(link).toHaveFocus();
  });

  it('forwards the ref and passes className and attributes through', () => {
    const ref = createRef<HTMLElement>();
    render(
      <VisuallyHidden ref={ref} className="mine" id="x" data-testid="vh">
        Hidden
      </VisuallyHidden>,
    );
    const el = screen.getByTestId('vh');
    expect(ref.current).toBe(el);
    expect(el).toHaveClass('mine');
    expect(el).toHaveAttribute('id', 'x');
    expect(el).not.toHaveAttribute('data-focusable');
  });

  it('has no axe violations and server-renders with the hiding and focus styles', async () => {
    render(<VisuallyHidden>Only for screen readers</VisuallyHidden>);
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(
      <VisuallyHidden focusable>
        <a href="#top">Back to top</a>
      </VisuallyHidden>,
    );
    expect(html).toContain('data-focusable=""');
    expect(css).toContain('clip-path:inset(50%)');
    expect(css).toMatch(/\[data-focusable\]:focus-within/);
  });
});
