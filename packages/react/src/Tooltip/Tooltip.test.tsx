import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { Tooltip } from './Tooltip';

function Example() {
  return (
    <>
      <Tooltip content="Copies the link to the clipboard">
        <button type="button" aria-describedby="hint">
          Copy link
        </button>
      </Tooltip>
      <p id="hint">Hint</p>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('Tooltip', () => {
  beforeEach(() => resetDevMessages());

  it('describes the trigger with role="tooltip" and keeps existing descriptions', () => {
    render(<Example />);
    const button = screen.getByRole('button', { name: 'Copy link' });
    const tooltip = document.querySelector('[role="tooltip"]')!;
    expect(button.getAttribute('aria-describedby')).toBe(`hint ${tooltip.id}`);
    expect(button).toHaveAccessibleDescription('Hint Copies the link to the clipboard');
    expect(tooltip).not.toBeVisible();
  });

  it('shows on keyboard focus (Tab), hides on blur, and Escape dismisses without moving focus', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.tab();
    const button = screen.getByRole('button', { name: 'Copy link' });
    expect(button).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on hover, stays while the pointer moves onto it (hoverable) and hides after leaving', async () => {
    const user = userEvent.setup();
    render(<Example />);
    const button = screen.getByRole('button', { name: 'Copy link' });
    await user.hover(button);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toBeVisible();
    await user.unhover(button);
    await user.hover(tooltip);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(tooltip).toBeVisible();
    await user.unhover(tooltip);
    await waitFor(() => expect(tooltip).not.toBeVisible());
  });

  it('is persistent: no timeout hides it while hovered; Escape dismisses it while hovered', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Example />);
      await user.hover(screen.getByRole('button', { name: 'Copy link' }));
      vi.advanceTimersByTime(60_000);
      expect(screen.getByRole('tooltip')).toBeVisible();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the trigger handlers and ref working, and passes className to the tooltip', async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    const triggerRef = createRef<HTMLButtonElement>();
    const ref = createRef<HTMLDivElement>();
    render(
      <Tooltip ref={ref} content="More" className="mine">
        <button type="button" ref={triggerRef} onFocus={onFocus}>
          Info
        </button>
      </Tooltip>,
    );
    await user.tab();
    expect(onFocus).toHaveBeenCalled();
    expect(triggerRef.current).toBe(screen.getByRole('button'));
    expect(ref.current).toBe(screen.getByRole('tooltip'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns on an unknown placement and reports missing content', () => {
    const console = captureConsole();
    try {
      render(
        // @ts-expect-error: unknown placement and missing content
        <Tooltip placement="middle">
          <button type="button">Info</button>
        </Tooltip>,
      );
      expect(console.warnings().join('\n')).toMatch(/Tooltip: unknown placement "middle"/);
      expect(console.errors().join('\n')).toMatch(/Tooltip: the "content" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations while shown', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.tab();
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with the description in place', async () => {
    const { html } = await expectAccessibleServerRender(<Example />);
    expect(html).toContain('role="tooltip"');
    expect(html).toMatch(/aria-describedby="hint [^"]+"/);
  });

  it('writes no style attribute into server HTML (strict CSP, docs/guides/csp.md)', () => {
    const html = renderToString(<Example />);
    expect(html).toContain('role="tooltip"');
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('positions after mount through the CSS object model, and keeps a consumer style', async () => {
    render(
      <Tooltip content="Copies the link" style={{ maxWidth: '10rem' }}>
        <button type="button">Copy link</button>
      </Tooltip>,
    );
    await userEvent.setup().hover(screen.getByRole('button', { name: 'Copy link' }));
    const tooltip = await screen.findByRole('tooltip');
    await waitFor(() => expect(tooltip.style.position).toBe('fixed'));
    expect(tooltip.style.maxWidth).toBe('10rem');
  });
});
