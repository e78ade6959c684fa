import { act, createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import type { JourneyStep } from '../hooks/journey';
import { JourneySteps } from './JourneySteps';

const steps: JourneyStep[] = [
  { id: 'details', label: 'Your details', channel: 'web' },
  { id: 'income', label: 'Income', state: 'error', description: 'Payslip missing' },
  { id: 'insurance', label: 'Loan insurance', state: 'skipped' },
  { id: 'sign', label: 'Sign', channel: 'branch', touchpoint: 'branch/signing' },
  { id: 'money', label: 'Money paid out', state: 'disabled' },
];

describe('JourneySteps', () => {
  beforeEach(() => resetDevMessages());

  it('is an ordered list with Step n of N, aria-current and each state in words', () => {
    render(<JourneySteps label="Loan application" steps={steps} currentStep="sign" />);
    const list = screen.getByRole('list', { name: 'Loan application' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Step 1 of 5: Your detailsCompletedvia online service',
      'Step 2 of 5: IncomeNeeds attentionPayslip missing',
      'Step 3 of 5: Loan insuranceSkipped',
      '4Step 4 of 5: SignCurrent stepvia branch', // the marker number is aria-hidden
      'Step 5 of 5: Money paid outNot available',
    ]);
    expect(items[3]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
    expect(list).toHaveAttribute('data-orientation', 'auto');
  });

  it('announces a new current step politely and reports it as an event', async () => {
    const onCxEvent = vi.fn();
    vi.useFakeTimers();
    try {
      const ui = (current: string) => (
        <PolkuProvider onCxEvent={onCxEvent}>
          <JourneySteps label="Loan" steps={steps} currentStep={current} />
        </PolkuProvider>
      );
      const { rerender } = render(ui('details'));
      expect(onCxEvent).not.toHaveBeenCalled();
      rerender(ui('sign'));
      await act(async () => vi.advanceTimersByTime(100));
      expect(screen.getByRole('status')).toHaveTextContent('Step 4 of 5: Sign');
      expect(onCxEvent).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'journey.step-changed', from: 'details', to: 'sign', channel: 'branch', touchpoint: 'branch/signing' }),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves focus to the new step label when asked, and Tab continues from there', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <JourneySteps label="Loan" steps={steps} currentStep="details" focusOnChange />
        <button type="button">Next</button>
      </>,
    );
    rerender(
      <>
        <JourneySteps label="Loan" steps={steps} currentStep="sign" focusOnChange />
        <button type="button">Next</button>
      </>,
    );
    expect(screen.getByText('Sign').closest('[tabindex="-1"]')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('speaks Swedish and Finnish', () => {
    render(
      <PolkuProvider locale="sv">
        <JourneySteps label="Låneansökan" steps={steps} currentStep="sign" />
      </PolkuProvider>,
    );
    expect(screen.getAllByRole('listitem')[3]).toHaveTextContent('Steg 4 av 5: SignAktuellt stegvia kontoret');
    render(
      <PolkuProvider locale="fi">
        <JourneySteps label="Lainahakemus" steps={steps} currentStep="sign" />
      </PolkuProvider>,
    );
    expect(within(screen.getByRole('list', { name: 'Lainahakemus' })).getAllByRole('listitem')[0]).toHaveTextContent('Vaihe 1/5: Your detailsValmis');
  });

  it('forwards the ref, passes attributes and warns about bad props', () => {
    const ref = createRef<HTMLDivElement>();
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown orientation
      render(<JourneySteps ref={ref} className="mine" label="L" steps={steps} orientation="diagonal" />);
      expect(ref.current).toHaveClass('mine');
      expect(screen.getByRole('list')).toHaveAttribute('data-orientation', 'auto');
      expect(console.warnings().join('\n')).toMatch(/JourneySteps: unknown orientation "diagonal"/);
      // @ts-expect-error: label is required
      render(<JourneySteps steps={steps} />);
      expect(console.errors().join('\n')).toMatch(/JourneySteps: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(<JourneySteps label="Loan" steps={steps} currentStep="sign" orientation="vertical" />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<JourneySteps label="Loan" steps={steps} currentStep="income" />);
    expect(html).toContain('aria-current="step"');
  });
});
