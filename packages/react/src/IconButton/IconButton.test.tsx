import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations, activateByClickEnterAndSpace } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { IconButton } from './IconButton';

describe('IconButton', () => {
  beforeEach(() => resetDevMessages());

  it('is a native button named by its label, with a hidden icon', () => {
    render(<IconButton label="Close" icon="close" />);
    const button = screen.getByRole('button', { name: 'Close' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('aria-label', 'Close');
    expect(button).toHaveAttribute('data-variant', 'tertiary');
    expect(button).toHaveAttribute('data-size', 'm');
    expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('activates with click, Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<IconButton label="Poista liite" icon="close" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Poista liite' });
    await activateByClickEnterAndSpace(user, button);
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it('accepts a custom SVG and hides it', () => {
    render(
      <IconButton
        label="Settings"
        icon={
          <svg viewBox="0 0 24 24" data-testid="custom">
            <circle cx="12" cy="12" r="4" />
          </svg>
        }
        variant="secondary"
        size="l"
      />,
    );
    const button = screen.getByRole('button', { name: 'Settings' });
    expect(screen.getByTestId('custom').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(button).toHaveAttribute('data-size', 'l');
  });

  it('forwards the ref and passes className, aria-pressed and other attributes through', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<IconButton ref={ref} label="Favourite" icon="star" aria-pressed="true" className="mine" />);
    const button = screen.getByRole('button', { name: 'Favourite', pressed: true });
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('mine');
  });

  it('reports a missing label and warns on an unknown variant', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<IconButton icon="close" />);
      expect(console.errors().join('\n')).toMatch(/IconButton: the "label" prop is required/);
      // @ts-expect-error: unknown variant
      render(<IconButton label="Menu" icon="menu" variant="ghost" />);
      expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('data-variant', 'tertiary');
      expect(console.warnings().join('\n')).toMatch(/IconButton: unknown variant "ghost"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders with Button styles', async () => {
    render(
      <div>
        <IconButton label="Close" icon="close" />
        <IconButton label="Add" icon="plus" variant="primary" />
        <IconButton label="Delete" icon="minus" variant="danger" disabled />
      </div>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(<IconButton label="Search" icon="search" variant="secondary" />);
    expect(html).toContain('aria-label="Search"');
    expect(css).toContain('var(--polku-color-action-secondary-background)');
    expect(css).toContain('var(--polku-size-control-m)');
  });
});
