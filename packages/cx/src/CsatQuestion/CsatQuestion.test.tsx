import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '@polku/react/internal';
import { CsatQuestion } from './CsatQuestion';

describe('CsatQuestion', () => {
  beforeEach(() => resetDevMessages());

  it('asks the standard question on the standard 1–5 scale with end labels', async () => {
    const user = userEvent.setup();
    render(<CsatQuestion />);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('radio', { name: '1, Very dissatisfied' })).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getAllByRole('radio').at(-1)).toBeChecked();
  });

  it('speaks Finnish and takes per-string overrides', () => {
    render(
      <PolkuProvider locale="fi" messages={{ fi: { 'feedback.csat.high': 'Ehdottomasti' } }}>
        <CsatQuestion />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: /Kuinka tyytyväinen olet palveluun?/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1, Erittäin tyytymätön' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5, Ehdottomasti' })).toBeInTheDocument();
  });

  it('forwards the ref, passes className, and warns about a non-standard scale', () => {
    const console = captureConsole();
    try {
      const ref = createRef<HTMLFieldSetElement>();
      render(<CsatQuestion ref={ref} className="mine" scale={{ min: 1, max: 5, reversed: true }} />);
      expect(ref.current).toHaveClass('mine');
      expect(console.warnings().join('\n')).toMatch(/non-standard csat scale: the scale is reversed/);
    } finally {
      console.restore();
    }
  });

  it('is accessible in the DOM and when server-rendered', async () => {
    render(<CsatQuestion defaultValue={1} />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<CsatQuestion />);
    expect(html).toContain('<fieldset');
  });
});
