import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '@polku/react/internal';
import { CesQuestion } from './CesQuestion';

describe('CesQuestion', () => {
  beforeEach(() => resetDevMessages());

  it('asks the standard question on the standard 1–7 scale with end labels', async () => {
    const user = userEvent.setup();
    render(<CesQuestion />);
    expect(screen.getAllByRole('radio')).toHaveLength(7);
    expect(screen.getByRole('radio', { name: '1, Strongly disagree' })).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getAllByRole('radio').at(-1)).toBeChecked();
  });

  it('speaks Finnish and takes per-string overrides', () => {
    render(
      <PolkuProvider locale="fi" messages={{ fi: { 'feedback.ces.high': 'Ehdottomasti' } }}>
        <CesQuestion />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: /Asiani hoitaminen oli helppoa./ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1, Täysin eri mieltä' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '7, Ehdottomasti' })).toBeInTheDocument();
  });

  it('forwards the ref, passes className, and warns about a non-standard scale', () => {
    const console = captureConsole();
    try {
      const ref = createRef<HTMLFieldSetElement>();
      render(<CesQuestion ref={ref} className="mine" scale={{ min: 1, max: 7, reversed: true }} />);
      expect(ref.current).toHaveClass('mine');
      expect(console.warnings().join('\n')).toMatch(/non-standard ces scale: the scale is reversed/);
    } finally {
      console.restore();
    }
  });

  it('is accessible in the DOM and when server-rendered', async () => {
    render(<CesQuestion defaultValue={1} />);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(<CesQuestion />);
    expect(html).toContain('<fieldset');
  });
});
