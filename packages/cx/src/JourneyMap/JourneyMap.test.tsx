import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { homeLoanJourney } from './journey.fixture';
import { JourneyMap } from './JourneyMap';

describe('JourneyMap', () => {
  beforeEach(() => resetDevMessages());
  afterEach(() => vi.restoreAllMocks());

  it('draws the emotion curve as a labelled image with distinct shapes per series', () => {
    render(<JourneyMap title="Home loan" stages={homeLoanJourney} />);
    const image = screen.getByRole('img', { name: /Emotion curve for Home loan/ });
    expect(image.querySelectorAll('[data-point="target"]')).toHaveLength(5);
    expect(image.querySelectorAll('[data-point="measured"]')).toHaveLength(2);
    expect(image.querySelectorAll('[data-point="below"]')).toHaveLength(2); // form and offer
    expect(image.querySelector('[data-series="target"]')).toHaveAttribute('d', expect.stringMatching(/^M50 /));
  });

  it('carries the same information in a table: stage, touchpoint, channel, target, measured, pain points', () => {
    render(<JourneyMap title="Home loan" stages={homeLoanJourney} />);
    const table = screen.getByRole('table', { name: 'Home loan: touchpoints, emotion targets and measured scores' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[2]).toHaveTextContent('ApplyApplication formonline servicein control (positive)CSAT 41 % (n = 380) – neutral. Below targetHas to upload payslips againSession times out');
    expect(within(rows[2]!).getByRole('rowheader', { name: 'Application form' })).toBeInTheDocument();
    // The stage is repeated on every row (the core Table has no row groups), so each row reads on its own.
    expect(rows[5]).toHaveTextContent('DecisionSigningbranchconfident (positive)Not measuredNone');
  });

  it('lets keyboard users reach and scroll the table region when the table overflows', async () => {
    // jsdom has no layout: make the table wider than its container, as on a narrow screen.
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(800);
    const user = userEvent.setup();
    render(<JourneyMap title="Home loan" stages={homeLoanJourney} />);
    await user.tab();
    expect(screen.getByRole('region', { name: /touchpoints, emotion targets/ })).toHaveFocus();
  });

  it('speaks Finnish', () => {
    render(
      <PolkuProvider locale="fi">
        <JourneyMap title="Asuntolaina" stages={homeLoanJourney} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('columnheader', { name: 'Tunnetavoite' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Tunnekäyrä: Asuntolaina/ })).toBeInTheDocument();
  });

  it('forwards the ref, passes attributes and reports a missing title', () => {
    const ref = createRef<HTMLElement>();
    const console = captureConsole();
    try {
      render(<JourneyMap ref={ref} className="mine" title="Loan" stages={homeLoanJourney} headingLevel={3} />);
      expect(ref.current).toHaveClass('mine');
      expect(screen.getByRole('heading', { level: 3, name: 'Loan' })).toBeInTheDocument();
      // @ts-expect-error: title is required
      render(<JourneyMap stages={homeLoanJourney} />);
      expect(console.errors().join('\n')).toMatch(/JourneyMap: the "title" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(<JourneyMap title="Home loan" stages={homeLoanJourney} />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<JourneyMap title="Home loan" stages={homeLoanJourney} />);
    expect(html).toContain('role="img"');
  });
});
