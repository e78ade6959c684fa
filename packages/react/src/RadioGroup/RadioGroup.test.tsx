import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { RadioGroup } from './RadioGroup';

const sizes = [
  { value: 's', label: 'Small' },
  { value: 'm', label: 'Medium' },
  { value: 'l', label: 'Large', hint: 'Extra charge' },
];

describe('RadioGroup', () => {
  beforeEach(() => resetDevMessages());

  it('is a fieldset of native radios sharing one name', () => {
    render(<RadioGroup legend="Size" options={sizes} />);
    expect(screen.getByRole('group', { name: 'Size' }).tagName).toBe('FIELDSET');
    const radios = screen.getAllByRole('radio');
    expect(new Set(radios.map((radio) => radio.getAttribute('name'))).size).toBe(1);
    expect(screen.getByRole('radio', { name: 'Large' })).toHaveAccessibleDescription('Extra charge');
  });

  it('enters with Tab on the chosen radio and moves with the arrow keys (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <RadioGroup legend="Size" options={sizes} defaultValue="m" onChange={onChange} />
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Large' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith('l');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Small' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [size, setSize] = useState('s');
      return (
        <>
          <RadioGroup legend="Size" options={sizes} value={size} onChange={setSize} orientation="horizontal" />
          <output>{size}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByText('Medium'));
    expect(screen.getByRole('status')).toHaveTextContent('m');
    expect(screen.getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Small' })).not.toBeChecked();
  });

  it('marks required natively and in the legend, and links the group error', () => {
    render(<RadioGroup id="size" legend="Size" options={sizes} required hint="Pick one" error="Choose a size" />);
    const group = screen.getByRole('group', { name: 'Size (required)' });
    expect(group).toHaveAccessibleDescription('Pick one Error: Choose a size');
    screen.getAllByRole('radio').forEach((radio) => expect(radio).toBeRequired());
    expect(document.getElementById('size')).toBe(screen.getByRole('radio', { name: 'Small' }));
  });

  it('lays options out by orientation', () => {
    render(<RadioGroup legend="Size" options={sizes} orientation="horizontal" />);
    expect(screen.getAllByRole('radio')[0]!.closest('[data-orientation]')).toHaveAttribute('data-orientation', 'horizontal');
  });

  it('speaks Swedish', () => {
    render(
      <PolkuProvider locale="sv">
        <RadioGroup legend="Storlek" options={sizes} required error="Välj en storlek" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: 'Storlek (obligatoriskt)' })).toHaveAccessibleDescription(
      'Fel: Välj en storlek',
    );
  });

  it('forwards the ref and passes attributes through', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<RadioGroup ref={ref} legend="Size" options={sizes} className="r" style={{ marginTop: 2 }} />);
    expect(ref.current).toHaveClass('r');
    expect(ref.current).toHaveStyle({ marginTop: '2px' });
  });

  it('warns on an unknown orientation and falls back to vertical', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown orientation
      render(<RadioGroup legend="Size" options={sizes} orientation="grid" />);
      expect(console.warnings().join('\n')).toMatch(/RadioGroup: unknown orientation "grid"/);
      expect(screen.getAllByRole('radio')[0]!.closest('[data-orientation]')).toHaveAttribute('data-orientation', 'vertical');
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(<RadioGroup legend="Size" hint="Hint" error="Error" options={sizes} defaultValue="s" />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<RadioGroup legend="Size" options={sizes} defaultValue="l" />);
    expect(html).toContain('type="radio"');
  });
});
