import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { compare, nps } from '@polku/cx/metrics';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { ratings } from '../MetricCard/ratings.fixture';
import { NpsSummary } from './NpsSummary';

const march = nps(ratings({ 10: 50, 9: 20, 8: 30, 7: 20, 5: 30 }));
const april = nps(ratings({ 10: 48, 9: 26, 8: 28, 7: 20, 5: 28 }));

describe('NpsSummary', () => {
  it('shows NPS, interval, n, breakdown as text and an honest trend', () => {
    render(<NpsSummary title="NPS, April" result={april} comparison={compare(march, april)} previousLabel="March" />);
    const region = screen.getByRole('region', { name: 'NPS, April' });
    expect(region).toHaveTextContent('+31');
    expect(region).toHaveTextContent('150 answers');
    expect(region).toHaveTextContent('Promoters (9–10)74 (49%)');
    expect(region).toHaveTextContent('Passives (7–8)48 (32%)');
    expect(region).toHaveTextContent('Detractors (0–6)28 (19%)');
    expect(region).toHaveTextContent(/No significant change since March \(\+4 points/);
  });

  it('hides the breakdown while suppressed', () => {
    render(<NpsSummary title="NPS" result={nps(ratings({ 10: 5, 3: 7 }))} />);
    expect(screen.getByRole('region')).toHaveTextContent('Not enough answers yet (n = 12, need 30)');
    expect(screen.queryByText(/Promoters/)).toBeNull();
  });

  it('speaks Finnish', () => {
    render(
      <PolkuProvider locale="fi">
        <NpsSummary title="NPS, huhtikuu" result={april} comparison={compare(march, april)} previousLabel="maaliskuu" />
      </PolkuProvider>,
    );
    const region = screen.getByRole('region');
    expect(region).toHaveTextContent('Suosittelijat (9–10)74 (49 %)');
    expect(region).toHaveTextContent(/Vertailujakso maaliskuu: ei merkitsevää muutosta \(\+4 pistettä/);
  });

  it('forwards the ref, is skipped by Tab and warns about a missing title', async () => {
    resetDevMessages();
    const ref = createRef<HTMLElement>();
    render(<NpsSummary ref={ref} data-testid="n" title="NPS" result={april} />);
    expect(ref.current).toBe(screen.getByTestId('n'));
    await userEvent.setup().tab();
    expect(document.body).toHaveFocus();
    const console = captureConsole();
    try {
      // @ts-expect-error: title is required
      render(<NpsSummary result={april} />);
      expect(console.errors().join('\n')).toMatch(/MetricCard: the "title" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations and server-renders', async () => {
    render(<NpsSummary title="NPS" result={april} comparison={compare(march, april)} previousLabel="March" />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<NpsSummary title="NPS" result={april} />);
    // Strict CSP (nonce-based style-src) blocks style attributes: the bar uses SVG attributes, the list static CSS.
    expect(html).not.toContain('style=');
    expect(html).toMatch(/<rect data-group="promoters" x="0" width="49\.3/);
  });
});
