import { createRef } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '@polku/react/internal';
import { ScaleQuestion } from './ScaleQuestion';

const renderScale = (props: Partial<Parameters<typeof ScaleQuestion>[0]> = {}) =>
  render(
    <ScaleQuestion question="How likely?" min={0} max={10} lowLabel="Not at all likely" highLabel="Extremely likely" {...props} />,
  );

describe('ScaleQuestion', () => {
  beforeEach(() => resetDevMessages());

  it('is a named group of radios whose names carry the value, and the end label at the ends', () => {
    renderScale();
    const group = screen.getByRole('group', { name: 'How likely?' });
    expect(group.tagName).toBe('FIELDSET');
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(11);
    expect(screen.getByRole('radio', { name: '0, Not at all likely' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '10, Extremely likely' })).toBeInTheDocument();
    // End labels describe the group.
    expect(group).toHaveAccessibleDescription('0 = Not at all likely 10 = Extremely likely');
  });

  it('renders each option as its label, radio and value text only (the check mark is CSS)', () => {
    renderScale();
    const option = screen.getByRole('radio', { name: '5' }).closest('label')!;
    expect([...option.querySelectorAll('*')].map((element) => element.tagName)).toEqual(['INPUT', 'SPAN']);
    expect(option.className).not.toBe('');
    expect(screen.getByRole('radio', { name: '5' }).className).not.toBe('');
  });

  it('has one tab stop (first option, then the chosen one) and moves with arrows, Home and End', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <ScaleQuestion question="Q" min={1} max={5} onChange={onChange} />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole('radio', { name: '1' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '2' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: '5' })).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '1' })).toBeChecked(); // wraps
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: '5' })).toBeChecked();
    await user.keyboard('{Home}');
    expect(screen.getByRole('radio', { name: '1' })).toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([2, 5, 1, 5, 1, 5]);
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('radio', { name: '5' })).toHaveFocus();
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it('mirrors Left and Right in right-to-left text', async () => {
    const user = userEvent.setup();
    render(
      <div dir="rtl">
        <ScaleQuestion question="Q" min={1} max={5} defaultValue={3} />
      </div>,
    );
    screen.getByRole('radio', { name: '3' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
  });

  it('works controlled and uncontrolled, and chooses with click and Space', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ScaleQuestion question="Q" min={1} max={5} value={2} onChange={() => {}} />);
    await user.click(screen.getByRole('radio', { name: '4' }));
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked(); // controlled: parent decides
    rerender(<ScaleQuestion question="Q" min={1} max={5} value={4} onChange={() => {}} />);
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
    rerender(<ScaleQuestion key="u" question="Q" min={1} max={5} />);
    const three = screen.getByRole('radio', { name: '3' });
    three.focus();
    await user.keyboard(' ');
    expect(three).toBeChecked();
  });

  it('shows hint and error, linked to the group', () => {
    renderScale({ hint: 'Pick one', error: 'Choose an answer first.' });
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/Pick one Choose an answer first\./);
  });

  it('forwards the ref and passes className and attributes through', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<ScaleQuestion ref={ref} question="Q" min={1} max={5} className="mine" data-testid="s" />);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns in development about non-standard scales and reports a missing question', () => {
    const console = captureConsole();
    try {
      render(<ScaleQuestion question="Q" kind="nps" min={1} max={10} reversed />);
      expect(console.warnings().join('\n')).toMatch(/ScaleQuestion: non-standard nps scale: .*1–10 differs.*reversed/);
      expect(screen.getAllByRole('radio')[0]).toHaveAccessibleName('10');
      // @ts-expect-error: the question is required
      render(<ScaleQuestion min={1} max={5} />);
      expect(console.errors().join('\n')).toMatch(/ScaleQuestion: the "question" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations, chosen or not', async () => {
    render(
      <>
        <ScaleQuestion question="A" min={0} max={10} lowLabel="Low" highLabel="High" />
        <ScaleQuestion question="B" min={1} max={5} defaultValue={3} error="Error" optionLabels={{ 1: 'Bad', 5: 'Good' }} />
      </>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with the container query', async () => {
    const { html, css } = await expectAccessibleServerRender(
      <ScaleQuestion question="How likely?" min={0} max={10} lowLabel="Not at all likely" highLabel="Extremely likely" />,
    );
    expect(html).toContain('<legend');
    expect(html.match(/type="radio"/g)).toHaveLength(11);
    expect(css).toMatch(/@container \(max-width: ?28rem\)/);
  });
});
