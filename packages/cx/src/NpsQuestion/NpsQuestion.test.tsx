import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '@polku/react/internal';
import { NpsQuestion } from './NpsQuestion';

describe('NpsQuestion', () => {
  beforeEach(() => resetDevMessages());

  it('asks the standard question on the standard 0–10 scale with end labels', async () => {
    const user = userEvent.setup();
    render(<NpsQuestion />);
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(screen.getByRole('radio', { name: '0, Not at all likely' })).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getAllByRole('radio').at(-1)).toBeChecked();
  });

  it('speaks Finnish and takes per-string overrides', () => {
    render(
      <PolkuProvider locale="fi" messages={{ fi: { 'feedback.nps.high': 'Ehdottomasti' } }}>
        <NpsQuestion />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: /Kuinka todennäköisesti suosittelisit/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '0, En lainkaan todennäköisesti' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '10, Ehdottomasti' })).toBeInTheDocument();
  });

  it('forwards the ref, passes className, and warns about a non-standard scale', () => {
    const console = captureConsole();
    try {
      const ref = createRef<HTMLFieldSetElement>();
      render(<NpsQuestion ref={ref} className="mine" scale={{ min: 0, max: 10, reversed: true }} />);
      expect(ref.current).toHaveClass('mine');
      expect(console.warnings().join('\n')).toMatch(/non-standard nps scale: the scale is reversed/);
    } finally {
      console.restore();
    }
  });

  it('is accessible in the DOM and when server-rendered', async () => {
    render(<NpsQuestion defaultValue={0} />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<NpsQuestion />);
    expect(html).toContain('<fieldset');
  });
});
