import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { PolkuProvider } from '../PolkuProvider';
import { resetDevMessages } from '../internal';
import { Spinner } from './Spinner';

describe('Spinner', () => {
  beforeEach(() => resetDevMessages());

  it('standalone is a status named by its label, hidden visually', () => {
    render(<Spinner label="Loading messages…" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading messages…');
    expect(status).toHaveAttribute('data-size', 'm');
    expect(status.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('can show its label', () => {
    render(
      <PolkuProvider locale="fi">
        <Spinner label="Ladataan viestejä…" showLabel size="l" />
      </PolkuProvider>,
    );
    expect(screen.getByText('Ladataan viestejä…').tagName).toBe('SPAN');
    expect(screen.getByRole('status')).toHaveAttribute('data-size', 'l');
  });

  it('decorative is hidden from assistive technology and needs no label', () => {
    const { container } = render(<Spinner decorative size="s" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });

  it('forwards the ref and passes className and attributes through', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<Spinner ref={ref} label="Loading" className="mine" data-testid="s" />);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports a missing label and warns on an unknown size', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: a standalone spinner needs a label
      render(<Spinner />);
      expect(console.errors().join('\n')).toMatch(/Spinner: the "label" prop is required/);
      // @ts-expect-error: unknown size
      render(<Spinner label="Loading" size="huge" />);
      expect(console.warnings().join('\n')).toMatch(/Spinner: unknown size "huge"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders with a reduced-motion rule', async () => {
    render(
      <div>
        <Spinner label="Loading" />
        <Spinner decorative />
      </div>,
    );
    await expectNoAxeViolations();
    const { html, css } = await expectAccessibleServerRender(<Spinner label="Laddar…" />);
    expect(html).toContain('role="status"');
    expect(html).toContain('Laddar…');
    expect(css).toContain('prefers-reduced-motion: reduce');
  });
});
