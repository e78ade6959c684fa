import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Alert } from './Alert';

describe('Alert', () => {
  beforeEach(() => resetDevMessages());

  it('static content has no live role, a decorative icon and a hidden tone prefix', () => {
    const { container } = render(<Alert tone="warning">Your session ends soon.</Alert>);
    const alert = container.firstElementChild!;
    expect(alert).not.toHaveAttribute('role');
    expect(alert).toHaveTextContent('Warning: Your session ends soon.');
    expect(alert.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(alert).toHaveAttribute('data-tone', 'warning');
  });

  it('live errors are role="alert"; other live tones are role="status"', () => {
    render(
      <>
        <Alert tone="error" live>
          Payment failed.
        </Alert>
        <Alert tone="success" live>
          Saved.
        </Alert>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Error: Payment failed.');
    expect(screen.getByRole('status')).toHaveTextContent('Success: Saved.');
  });

  it('shows the title with the prefix', () => {
    render(
      <Alert tone="info" title="New terms">
        <p>Read the updated terms.</p>
      </Alert>,
    );
    expect(screen.getByText('New terms')).toHaveTextContent('Information: New terms');
  });

  it('has a close button (Enter, Space and click) when onDismiss is given', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<Alert onDismiss={onDismiss}>Hello</Alert>);
    await user.tab();
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    await user.click(close);
    expect(onDismiss).toHaveBeenCalledTimes(3);
  });

  it('speaks Finnish and Swedish', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <Alert tone="error" onDismiss={() => {}}>
            Maksu epäonnistui.
          </Alert>
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <Alert tone="success">Sparat.</Alert>
        </PolkuProvider>
      </>,
    );
    expect(screen.getByText('Maksu epäonnistui.', { exact: false })).toHaveTextContent('Virhe: Maksu epäonnistui.');
    expect(screen.getByRole('button', { name: 'Sulje' })).toBeInTheDocument();
    expect(screen.getByText('Sparat.', { exact: false })).toHaveTextContent('Klart: Sparat.');
  });

  it('forwards the ref and passes className and aria-* through', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Alert ref={ref} className="mine" data-testid="a" aria-label="Payment">
        Text
      </Alert>,
    );
    expect(ref.current).toBe(screen.getByTestId('a'));
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveAttribute('aria-label', 'Payment');
  });

  it('warns on an unknown tone and falls back to info', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown tone
      const { container } = render(<Alert tone="danger">Text</Alert>);
      expect(container.firstElementChild).toHaveAttribute('data-tone', 'info');
      expect(console.warnings().join('\n')).toMatch(/Alert: unknown tone "danger"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any tone', async () => {
    render(
      <div>
        <Alert tone="info">Info</Alert>
        <Alert tone="success" live title="Done">
          Saved
        </Alert>
        <Alert tone="warning" onDismiss={() => {}}>
          Warning
        </Alert>
        <Alert tone="error" live>
          Error
        </Alert>
      </div>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(
      <Alert tone="error" live title="Payment failed" onDismiss={() => {}}>
        Try another card.
      </Alert>,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Error:');
    expect(css).toContain('var(--polku-color-feedback-error-background)');
  });
});
