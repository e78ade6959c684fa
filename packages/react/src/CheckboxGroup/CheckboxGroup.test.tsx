import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { CheckboxGroup } from './CheckboxGroup';

const channels = [
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'Text message', hint: 'Standard rates apply' },
  { value: 'post', label: 'Post', disabled: true },
];

describe('CheckboxGroup', () => {
  beforeEach(() => resetDevMessages());

  it('is a fieldset named by its legend with one native checkbox per option', () => {
    render(<CheckboxGroup legend="How can we contact you?" options={channels} name="channel" />);
    const group = screen.getByRole('group', { name: 'How can we contact you?' });
    expect(group.tagName).toBe('FIELDSET');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    boxes.forEach((box) => expect(box).toHaveAttribute('name', 'channel'));
    expect(screen.getByRole('checkbox', { name: 'Post' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Text message' })).toHaveAccessibleDescription('Standard rates apply');
  });

  it('links the group hint and error from the fieldset in order', () => {
    render(
      <CheckboxGroup id="channel" legend="Contact" hint="Choose all that apply" error="Choose at least one" options={channels} />,
    );
    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleDescription('Choose all that apply Error: Choose at least one');
    expect(group.getAttribute('aria-describedby')!.split(' ')).toHaveLength(2);
    expect(group).toHaveAttribute('data-invalid');
  });

  it('gives the first checkbox the group id, for error summary links', () => {
    render(<CheckboxGroup id="channel" legend="Contact" options={channels} />);
    expect(document.getElementById('channel')).toBe(screen.getByRole('checkbox', { name: 'Email' }));
    expect(document.getElementById('channel-2')).toBe(screen.getByRole('checkbox', { name: 'Text message' }));
  });

  it('works uncontrolled: Tab moves between boxes and Space toggles', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CheckboxGroup legend="Contact" options={channels} defaultValue={['sms']} onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Email' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['email', 'sms']);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Text message' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['email']);
    expect(screen.getByRole('checkbox', { name: 'Email' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Text message' })).not.toBeChecked();
  });

  it('works controlled: the value array decides what is checked', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string[]>(['email']);
      return (
        <>
          <CheckboxGroup legend="Contact" options={channels} value={value} onChange={setValue} />
          <output>{value.join(',')}</output>
          <button type="button" onClick={() => setValue([])}>
            Clear
          </button>
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('checkbox', { name: 'Text message' }));
    expect(screen.getByRole('status')).toHaveTextContent('email,sms');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByRole('checkbox', { name: 'Email' })).not.toBeChecked();
  });

  it('ignores user changes when controlled without onChange', async () => {
    const user = userEvent.setup();
    render(<CheckboxGroup legend="Contact" options={channels} value={[]} />);
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(screen.getByRole('checkbox', { name: 'Email' })).not.toBeChecked();
  });

  it('speaks Finnish in the legend and the error', () => {
    render(
      <PolkuProvider locale="fi">
        <CheckboxGroup legend="Yhteystapa" required error="Valitse vähintään yksi" options={channels} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: 'Yhteystapa (pakollinen)' })).toHaveAccessibleDescription(
      'Virhe: Valitse vähintään yksi',
    );
  });

  it('forwards the ref to the fieldset and passes attributes through', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<CheckboxGroup ref={ref} legend="L" options={channels} className="g" data-testid="g" />);
    expect(ref.current).toBe(screen.getByTestId('g'));
    expect(ref.current).toHaveClass('g');
  });

  it('warns on an unknown orientation and reports a missing legend', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown orientation, missing legend
      render(<CheckboxGroup options={channels} orientation="diagonal" />);
      expect(console.warnings().join('\n')).toMatch(/CheckboxGroup: unknown orientation "diagonal"/);
      expect(console.errors().join('\n')).toMatch(/the "legend" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(<CheckboxGroup legend="Contact" hint="Hint" error="Error" options={channels} orientation="horizontal" />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(
      <CheckboxGroup legend="Contact" options={channels} defaultValue={['email']} />,
    );
    expect(html).toContain('<legend');
  });
});
