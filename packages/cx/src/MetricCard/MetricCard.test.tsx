import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { compare, csat, ces, nps } from '@polku/cx/metrics';
import { ratings } from './ratings.fixture';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { MetricCard } from './MetricCard';


const september = csat(ratings({ 5: 60, 4: 20, 3: 10, 2: 6, 1: 4 }));
const october = csat(ratings({ 5: 63, 4: 20, 3: 9, 2: 5, 1: 3 }));
const small = csat(ratings({ 5: 8, 4: 4 }));

describe('MetricCard', () => {
  beforeEach(() => resetDevMessages());

  it('shows the score with its interval and n, and calls a small difference no significant change', () => {
    render(<MetricCard title="CSAT, October" result={october} comparison={compare(september, october)} previousLabel="September" />);
    const card = screen.getByRole('region', { name: 'CSAT, October' });
    expect(screen.getByRole('heading', { level: 3, name: 'CSAT, October' })).toBeInTheDocument();
    expect(card).toHaveTextContent('83%');
    expect(card).toHaveTextContent(/95% interval: \d+% to \d+% · 100 answers/);
    expect(card).toHaveTextContent(/No significant change since September \(\+3 percentage points, 95% interval [-−]\d+ to \+\d+\)/);
  });

  it('calls a large difference a real change, in words', () => {
    const before = nps(ratings({ 10: 40, 8: 30, 3: 30 }));
    const after = nps(ratings({ 10: 80, 8: 15, 3: 5 }));
    render(<MetricCard title="NPS" result={after} comparison={compare(before, after)} previousLabel="Q1" />);
    expect(screen.getByRole('region')).toHaveTextContent(/\+75/);
    expect(screen.getByRole('region')).toHaveTextContent(/Up 65 points since Q1: a real change/);
  });

  it('shows the suppressed state instead of a number', () => {
    render(<MetricCard title="CSAT, new branch" result={small} comparison={compare(september, small)} previousLabel="September" />);
    const card = screen.getByRole('region');
    expect(card).toHaveTextContent('Not enough answers yet (n = 12, need 30)');
    expect(card).toHaveTextContent('Too few answers to compare with September');
    expect(card.querySelector('[data-band]')).toBeNull();
  });

  it('formats CES with one decimal and speaks Swedish and Finnish', () => {
    const result = ces(ratings({ 7: 20, 6: 10, 5: 5, 2: 5 }));
    render(
      <PolkuProvider locale="sv">
        <MetricCard title="CES" result={result} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('region')).toHaveTextContent(/5,9/);
    expect(screen.getByRole('region')).toHaveTextContent('40 svar');
    render(
      <PolkuProvider locale="fi">
        <MetricCard title="Pieni konttori" result={small} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('region', { name: 'Pieni konttori' })).toHaveTextContent('Vastauksia ei ole vielä tarpeeksi (n = 12, tarvitaan 30)');
  });

  it('is not in the tab order (static content)', async () => {
    const user = userEvent.setup();
    render(<MetricCard title="CSAT" result={october} />);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('forwards the ref, passes className, and checks headingLevel and previousLabel', () => {
    const ref = createRef<HTMLElement>();
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown heading level
      render(<MetricCard ref={ref} className="mine" title="CSAT" result={october} headingLevel={9} comparison={compare(september, october)} />);
      expect(ref.current).toHaveClass('mine');
      expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
      expect(console.warnings().join('\n')).toMatch(/MetricCard: unknown headingLevel "9"/);
      expect(console.errors().join('\n')).toMatch(/MetricCard: the "previousLabel" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(
      <div>
        <MetricCard title="A" result={october} comparison={compare(september, october)} previousLabel="September" />
        <MetricCard title="B" result={small} />
      </div>,
    );
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<MetricCard title="CSAT" result={october} headingLevel={2} />);
    expect(html).toContain('<h2');
  });
});
