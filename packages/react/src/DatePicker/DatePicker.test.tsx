import { createRef, useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { DatePicker } from './DatePicker';

// jsdom has <dialog> without showModal(); open and close it by the attribute (browsers also make the page inert)
const native = { showModal: HTMLDialogElement.prototype.showModal, close: HTMLDialogElement.prototype.close };
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.toggleAttribute('open', true);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.toggleAttribute('open', false);
  };
});
afterAll(() => Object.assign(HTMLDialogElement.prototype, native));

const grid = () => within(screen.getByRole('dialog')).getByRole('grid');
const focusedDay = () => document.activeElement?.getAttribute('data-date');

async function openCalendar(user: ReturnType<typeof userEvent.setup>, name: RegExp = /date/) {
  await user.click(screen.getByRole('button', { name }));
  return screen.getByRole('dialog');
}

describe('DatePicker', () => {
  beforeEach(() => resetDevMessages());
  afterEach(() => vi.useRealTimers());

  it('opens a modal calendar on the chosen day; Escape closes it and focus returns to the button', async () => {
    const user = userEvent.setup();
    render(<DatePicker label="Appointment" defaultValue="2027-01-29" />);
    const button = screen.getByRole('button', { name: /^Change date, Friday,? 29 January 2027$/ });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    const dialog = await openCalendar(user, /^Change date/);
    expect(dialog).toHaveAccessibleName('Choose a date');
    expect(grid()).toHaveAccessibleName('January 2027');
    expect(focusedDay()).toBe('2027-01-29');
    expect(within(grid()).getByRole('gridcell', { selected: true })).toHaveAttribute('data-date', '2027-01-29');
    expect(within(grid()).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'MonMonday', 'TueTuesday', 'WedWednesday', 'ThuThursday', 'FriFriday', 'SatSaturday', 'SunSunday',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('moves with the APG keys across month and year boundaries, Monday first', async () => {
    const user = userEvent.setup();
    render(<DatePicker label="Appointment" defaultValue="2027-01-31" />);
    await openCalendar(user, /^Change date/);
    await user.keyboard('{ArrowRight}');
    expect(focusedDay()).toBe('2027-02-01');
    expect(grid()).toHaveAccessibleName('February 2027');
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(focusedDay()).toBe('2027-01-24');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedDay()).toBe('2027-02-07');
    await user.keyboard('{Home}');
    expect(focusedDay()).toBe('2027-02-01');
    await user.keyboard('{End}');
    expect(focusedDay()).toBe('2027-02-07');
    await user.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}');
    expect(focusedDay()).toBe('2028-01-07');
    expect(grid()).toHaveAccessibleName('January 2028');
    await user.keyboard('{Shift>}{PageUp}{/Shift}');
    expect(focusedDay()).toBe('2027-01-07');
    await user.keyboard('{PageUp}');
    expect(focusedDay()).toBe('2026-12-07');
    await user.click(screen.getByRole('button', { name: 'Next year' }));
    expect(grid()).toHaveAccessibleName('December 2027');
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(grid()).toHaveAccessibleName('November 2027');
    expect(screen.getByRole('button', { name: 'Previous month' })).toHaveFocus();
  });

  it('a day the next month lacks becomes its last day (31 March 2028, Page Up: 29 February)', async () => {
    const user = userEvent.setup();
    render(<DatePicker label="Appointment" defaultValue="2028-03-31" />);
    await openCalendar(user, /^Change date/);
    await user.keyboard('{PageUp}');
    expect(focusedDay()).toBe('2028-02-29');
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(focusedDay()).toBe('2029-02-28');
  });

  it('Enter and Space choose the day, close and return focus to the button, with the value in the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(
      <form>
        <DatePicker label="Appointment" defaultValue="2027-02-01" name="day" onChange={onChange} />
      </form>,
    );
    await openCalendar(user, /^Change date/);
    await user.keyboard('{ArrowRight}{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith('2027-02-02', { text: '02/02/2027', error: null });
    expect(screen.getByRole('textbox')).toHaveValue('02/02/2027');
    expect(new FormData(container.querySelector('form')!).get('day')).toBe('2027-02-02');
    const button = screen.getByRole('button', { name: /^Change date, Tuesday,? 2 February 2027$/ });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown} ');
    expect(screen.getByRole('textbox')).toHaveValue('09/02/2027');
    await openCalendar(user, /^Change date/);
    await user.click(within(grid()).getByRole('gridcell', { name: /^Thursday,? 25 February 2027$/ }));
    expect(screen.getByRole('textbox')).toHaveValue('25/02/2027');
  });

  it('keeps focus inside min and max, and reads out why a day cannot be chosen', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <DatePicker
        label="Appointment"
        defaultValue="2027-02-05"
        min="2027-02-02"
        max="2027-03-10"
        isDateUnavailable={(iso) => (iso === '2027-02-06' ? 'The branch is closed' : false)}
        onChange={onChange}
      />,
    );
    await openCalendar(user, /^Change date/);
    const saturday = within(grid()).getByRole('gridcell', { name: /^Saturday,? 6 February 2027, cannot be chosen: The branch is closed$/ });
    expect(saturday).toHaveAttribute('aria-disabled', 'true');
    expect(within(grid()).getByRole('gridcell', { name: /1 February 2027, outside the dates that can be chosen$/ })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{ArrowUp}');
    expect(focusedDay()).toBe('2027-02-02');
    expect(screen.getByRole('button', { name: 'Previous month' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{PageDown}{PageDown}');
    expect(focusedDay()).toBe('2027-03-10');
    expect(screen.getByRole('button', { name: 'Next month' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(grid()).toHaveAccessibleName('March 2027');
  });

  it('opens on today when nothing is chosen, and marks today', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 4, 12, 10, 0));
    const user = userEvent.setup();
    render(<DatePicker label="Appointment" />);
    await openCalendar(user, /^Choose date$/);
    expect(focusedDay()).toBe('2027-05-12');
    expect(document.activeElement).toHaveAttribute('aria-current', 'date');
    expect(document.activeElement).toHaveAccessibleName(/^Wednesday,? 12 May 2027, today$/);
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string | null>('2027-02-01');
      return (
        <>
          <DatePicker label="Date" value={value} onChange={setValue} />
          <output>{value ?? 'empty'}</output>
        </>
      );
    }
    render(<Controlled />);
    await openCalendar(user, /^Change date/);
    await user.keyboard('{End}{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('2027-02-07');
    await user.clear(screen.getByRole('textbox'));
    await user.type(screen.getByRole('textbox'), '30/02/2027');
    expect(screen.getByRole('status')).toHaveTextContent('empty');
    expect(screen.getByRole('textbox')).toHaveValue('30/02/2027');
  });

  it('speaks Finnish and Swedish, Monday first', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <PolkuProvider locale="fi">
        <DatePicker label="Päivä" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Muodossa p.k.vvvv');
    await openCalendar(user, /^Valitse päivämäärä$/);
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Valitse päivä');
    expect(within(grid()).getAllByRole('columnheader')[0]).toHaveAccessibleName('maanantai');
    expect(screen.getByRole('button', { name: 'Seuraava kuukausi' })).toBeInTheDocument();
    unmount();
    render(
      <PolkuProvider locale="sv">
        <DatePicker label="Dag" defaultValue="2027-02-01" />
      </PolkuProvider>,
    );
    await openCalendar(user, /^Byt datum/);
    expect(grid()).toHaveAccessibleName('februari 2027');
    expect(within(grid()).getAllByRole('columnheader')[6]).toHaveAccessibleName('söndag');
  });

  it('forwards the ref to the input and className to the wrapper; disabled disables the button', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<DatePicker ref={ref} label="Date" className="mine" data-testid="d" disabled />);
    expect(ref.current).toBe(screen.getByTestId('d'));
    expect(container.firstElementChild).toHaveClass('mine');
    expect(screen.getByRole('button', { name: 'Choose date' })).toBeDisabled();
  });

  it('warns in development about bad date props, naming each', () => {
    const console = captureConsole();
    try {
      render(<DatePicker label="Date" defaultValue="2027-13-01" min="2027-05-01" max="2027-04-01" />);
      const warnings = console.warnings().join('\n');
      expect(warnings).toMatch(/DatePicker: prop `defaultValue` must be an ISO date .*\(got "2027-13-01"\)/);
      expect(warnings).toMatch(/DatePicker: prop `min` \(2027-05-01\) is after `max` \(2027-04-01\)/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations, with the calendar open', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <DatePicker label="Plain" />
        <DatePicker label="Limited" defaultValue="2027-02-10" min="2027-02-03" isDateUnavailable={(iso) => iso.endsWith('-14') && 'Closed'} />
      </div>,
    );
    await openCalendar(user, /^Change date/);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML (the calendar only once opened)', async () => {
    const { html } = await expectAccessibleServerRender(<DatePicker label="Appointment" defaultValue="2027-02-01" />);
    expect(html).toContain('value="01/02/2027"');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).not.toContain('role="grid"');
  });

  it('renders its calendar off-screen and inert once, in the first idle moment of the page, so the first open is warm', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const hiddenGrids = () => document.querySelectorAll('[inert][aria-hidden="true"] [role="grid"]').length;
    const runIdle = () => act(() => idle.splice(0).forEach((callback) => callback()));
    try {
      render(<DatePicker label="First" defaultValue="2027-02-01" />);
      expect(hiddenGrids()).toBe(0);
      runIdle();
      expect(hiddenGrids()).toBe(1);
      expect(screen.queryByRole('grid')).toBeNull(); // aria-hidden and inert: not in the accessibility tree, nothing to tab to
      await expectNoAxeViolations();
      runIdle();
      expect(hiddenGrids()).toBe(0);
      render(<DatePicker label="Second" defaultValue="2027-03-01" />);
      runIdle();
      expect(hiddenGrids()).toBe(0); // once per page
      await openCalendar(userEvent.setup(), /^Change date, Monday,? 1 March 2027$/);
      expect(grid()).toBeVisible();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
