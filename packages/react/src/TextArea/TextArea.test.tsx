import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { TextArea } from './TextArea';

describe('TextArea', () => {
  beforeEach(() => resetDevMessages());

  it('is a labelled multi-line textbox with five rows by default', () => {
    render(<TextArea label="Feedback" required />);
    const area = screen.getByRole('textbox', { name: 'Feedback (required)' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveAttribute('rows', '5');
    expect(area).toBeRequired();
    expect(area).toHaveAttribute('aria-required', 'true');
  });

  it('wires hint, error and counter ids in that order', () => {
    render(<TextArea id="msg" label="Message" hint="Do not include card numbers" error="Too long" characterLimit={3} />);
    const area = screen.getByRole('textbox');
    expect(area).toHaveAttribute('aria-describedby', 'msg-hint msg-error msg-counter');
    expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Error:')).toBeInTheDocument();
  });

  it('counts uncontrolled typing, including going over the limit', async () => {
    const user = userEvent.setup();
    render(<TextArea label="Message" characterLimit={3} defaultValue="a" />);
    expect(screen.getByText('2 characters left')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox'), 'bcde');
    expect(screen.getByRole('textbox')).toHaveValue('abcde');
    expect(screen.getByText('2 characters too many')).toBeInTheDocument();
  });

  it('counts a controlled value and Swedish plural forms', () => {
    function Controlled() {
      const [text, setText] = useState('hej');
      return <TextArea label="Meddelande" value={text} onChange={(e) => setText(e.target.value)} characterLimit={5} />;
    }
    render(
      <PolkuProvider locale="sv">
        <Controlled />
      </PolkuProvider>,
    );
    expect(screen.getByText('2 tecken kvar')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'hej hopp' } });
    expect(screen.getByText('3 tecken för mycket')).toBeInTheDocument();
  });

  it('takes Tab focus and keeps Enter as a new line', async () => {
    const user = userEvent.setup();
    render(<TextArea label="Notes" />);
    await user.tab();
    expect(screen.getByRole('textbox')).toHaveFocus();
    await user.keyboard('one{Enter}two');
    expect(screen.getByRole('textbox')).toHaveValue('one\ntwo');
  });

  it('forwards the ref and passes attributes through', () => {
    const ref = createRef<HTMLTextAreaElement>();
    const { container } = render(<TextArea ref={ref} label="Notes" className="wrap" name="notes" width="l" rows={3} />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).toHaveAttribute('name', 'notes');
    expect(ref.current).toHaveAttribute('rows', '3');
    expect(container.firstElementChild).toHaveClass('wrap');
    expect(ref.current!).toHaveAttribute('data-width', 'l');
  });

  it('reports a missing label and an unknown width', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<TextArea width="xl" />);
      expect(console.errors().join('\n')).toMatch(/TextArea: the "label" prop is required/);
      expect(console.warnings().join('\n')).toMatch(/TextArea: unknown width "xl"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(
      <>
        <TextArea label="One" hint="Hint" characterLimit={100} />
        <TextArea label="Two" error="Required" required />
      </>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html, css } = await expectAccessibleServerRender(<TextArea label="Message" characterLimit={200} />);
    expect(html).toContain('<textarea');
    expect(css).toContain('resize:vertical');
  });
});
