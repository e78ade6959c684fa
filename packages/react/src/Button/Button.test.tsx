import { createRef } from 'react';
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations, activateByClickEnterAndSpace } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Button } from './Button';

describe('Button', () => {
  beforeEach(() => resetDevMessages());

  it('is a native button of type "button" named by its label', () => {
    render(<Button>Send</Button>);
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button).toHaveAttribute('type', 'button');
    // the defaults (primary, m) are the base rules: no attribute for them
    expect(button).not.toHaveAttribute('data-variant');
    expect(button).not.toHaveAttribute('data-size');
  });

  it('activates with click, Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Send</Button>);
    await activateByClickEnterAndSpace(user, screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it('is reached with Tab and skipped when disabled', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Button>First</Button>
        <Button disabled>Second</Button>
        <Button>Third</Button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Third' })).toHaveFocus();
  });

  it('while loading stays focusable, ignores activation and is named by loadingText', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button loading loadingText="Sending…" onClick={onClick}>
        Send
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Sending…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    button.focus();
    await user.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('forwards the ref and passes className, style and other attributes through', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} className="mine" style={{ marginTop: 3 }} data-testid="b" aria-describedby="hint" type="submit">
        Save
      </Button>,
    );
    const button = screen.getByTestId('b');
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('mine');
    expect(button).toHaveStyle({ marginTop: '3px' });
    expect(button).toHaveAttribute('aria-describedby', 'hint');
    expect(button).toHaveAttribute('type', 'submit');
  });

  it('keeps its own props off the element: only the attributes that apply are written', () => {
    const onClick = vi.fn();
    const console = captureConsole();
    try {
      render(
        <Button variant="danger" size="l" fullWidth iconStart={<svg />} loading loadingText="Saving" onClick={onClick} title="t">
          Save
        </Button>,
      );
      // React reports a prop that reaches a DOM element without being an attribute
      expect(console.errors()).toEqual([]);
    } finally {
      console.restore();
    }
    const button = screen.getByRole('button', { name: 'Saving' });
    const names = button.getAttributeNames().sort();
    expect(names).toEqual(
      ['aria-disabled', 'class', 'data-full-width', 'data-loading', 'data-size', 'data-variant', 'title', 'type'].sort(),
    );
    expect(button).toHaveAttribute('data-variant', 'danger');
    expect(button).toHaveAttribute('data-size', 'l');
    button.click();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('falls back to the default variant and warns, naming the prop, on an unknown variant', () => {
    const console = captureConsole();
    try {
      render(
        <>
          {/* @ts-expect-error: an unknown variant is a type error as well */}
          <Button variant="fancy">Go</Button>
          <Button variant="secondary">Back</Button>
        </>,
      );
      expect(screen.getByRole('button', { name: 'Go' })).not.toHaveAttribute('data-variant');
      expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('data-variant', 'secondary');
      expect(console.warnings().join('\n')).toMatch(/Button: unknown variant "fancy"/);
    } finally {
      console.restore();
    }
  });

  it('reports a missing loadingText in development, naming the prop', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: loading without loadingText is a type error
      render(<Button loading>Send</Button>);
      expect(console.errors().join('\n')).toMatch(/Button: the "loadingText" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any variant and state', async () => {
    render(
      <div>
        <Button>Primary</Button>
        <Button variant="secondary">Secondary</Button>
        <Button variant="tertiary">Tertiary</Button>
        <Button variant="danger">Delete</Button>
        <Button disabled>Disabled</Button>
        <Button loading loadingText="Saving…">
          Save
        </Button>
      </div>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(<Button variant="secondary">Continue</Button>);
    expect(html).toContain('data-variant="secondary"');
    expect(html).toContain('>Continue</button>');
    expect(css).toContain('var(--polku-color-action-secondary-background)');
  });
});
