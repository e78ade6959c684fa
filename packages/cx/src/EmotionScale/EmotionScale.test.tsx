import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider } from '@polku/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { EmotionScale } from './EmotionScale';

describe('EmotionScale', () => {
  it('shows five faces, each with a visible text label that names the option with its value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<EmotionScale onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'How did it feel?' })).toBeInTheDocument();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.getByRole('radio', { name: '1, Very bad' })).toBeInTheDocument();
    expect(screen.getByText('Very good')).toBeVisible();
    expect(container.querySelectorAll('svg[data-emotion][aria-hidden="true"]')).toHaveLength(5);
    await user.click(screen.getByText('Good'));
    expect(onChange).toHaveBeenLastCalledWith(4);
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(5);
  });

  it('speaks Swedish and accepts custom labels', () => {
    render(
      <PolkuProvider locale="sv">
        <EmotionScale labels={{ 5: 'Toppen' }} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: 'Hur kändes det?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1, Mycket dåligt' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5, Toppen' })).toBeInTheDocument();
  });

  it('forwards the ref and warns on a non-standard scale', () => {
    const console = captureConsole();
    try {
      const ref = createRef<HTMLFieldSetElement>();
      render(<EmotionScale ref={ref} className="mine" scale={{ min: 1, max: 5, reversed: true }} />);
      expect(ref.current).toHaveClass('mine');
      expect(console.warnings().join('\n')).toMatch(/non-standard emotion scale/);
    } finally {
      console.restore();
    }
  });

  it('is accessible in the DOM and when server-rendered', async () => {
    render(<EmotionScale defaultValue={2} />);
    await expectNoAxeViolations();
    await expectAccessibleServerRender(<EmotionScale />);
  });
});
