import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { PolkuProvider } from '../PolkuProvider';
import { resetDevMessages } from '../internal';
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  beforeEach(() => resetDevMessages());

  it('is a progressbar named by its label with value, min, max and a percent value text', () => {
    render(<ProgressBar label="Uploading receipt.pdf" value={45} />);
    const bar = screen.getByRole('progressbar', { name: 'Uploading receipt.pdf' });
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuetext', '45%');
    expect(screen.getByText('45%')).toBeVisible();
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('45%');
  });

  it('shows steps in Finnish and Swedish, percent in the locale format', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <ProgressBar label="Lomake" value={2} min={0} max={5} format="steps" />
          <ProgressBar label="Lataus" value={0.5} max={1} />
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <ProgressBar label="Formulär" value={2} max={5} format="steps" />
        </PolkuProvider>
      </>,
    );
    expect(screen.getByRole('progressbar', { name: 'Lomake' })).toHaveAttribute('aria-valuetext', '2/5');
    expect(screen.getByRole('progressbar', { name: 'Lataus' })).toHaveAttribute('aria-valuetext', '50\u00a0%');
    expect(screen.getByRole('progressbar', { name: 'Formulär' })).toHaveAttribute('aria-valuetext', '2 av 5');
  });

  it('clamps out-of-range values and accepts custom value text', () => {
    render(
      <>
        <ProgressBar label="Over" value={140} />
        <ProgressBar label="Custom" value={2} max={5} valueText="2 MB of 5 MB" />
      </>,
    );
    expect(screen.getByRole('progressbar', { name: 'Over' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('progressbar', { name: 'Custom' })).toHaveAttribute('aria-valuetext', '2 MB of 5 MB');
    expect(screen.getByText('2 MB of 5 MB')).toBeInTheDocument();
  });

  it('without a value is indeterminate: no aria-valuenow', () => {
    render(<ProgressBar label="Connecting" />);
    const bar = screen.getByRole('progressbar', { name: 'Connecting' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', 'In progress');
    expect(bar.firstElementChild).toHaveAttribute('data-indeterminate', '');
  });

  it('keeps its name when the label is hidden visually', () => {
    render(<ProgressBar label="Step progress" value={1} max={4} showLabel={false} />);
    expect(screen.getByRole('progressbar', { name: 'Step progress' })).toBeInTheDocument();
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ProgressBar ref={ref} label="Saving" value={10} className="mine" data-testid="p" />);
    expect(ref.current).toBe(screen.getByTestId('p'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports a missing label and warns on a bad range', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<ProgressBar value={3} />);
      expect(console.errors().join('\n')).toMatch(/ProgressBar: the "label" prop is required/);
      render(<ProgressBar label="Bad" value={3} min={5} max={5} />);
      expect(console.warnings().join('\n')).toMatch(/ProgressBar: "max" \(5\) must be greater than "min" \(5\)/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <div>
        <ProgressBar label="Determinate" value={30} />
        <ProgressBar label="Indeterminate" />
      </div>,
    );
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<ProgressBar label="Upload" value={60} />);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="60"');
  });
});
