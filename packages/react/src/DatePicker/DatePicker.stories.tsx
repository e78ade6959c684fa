import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DatePicker } from './DatePicker';

const meta = {
  title: 'Components/DatePicker',
  component: DatePicker,
  args: { label: 'Appointment date', onChange: fn() },
  argTypes: { width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] } },
} satisfies Meta<typeof DatePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const weekend = (iso: string) =>
  new Date(`${iso}T12:00Z`).getUTCDay() % 6 === 0 ? 'The branch is closed at weekends' : false;

/** The document a story renders in (the dialog sits in the top layer, still inside the canvas). */
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

export const Empty: Story = {};

export const Filled: Story = { args: { defaultValue: '2027-02-01', hint: 'The first day of the loan.' } };

/** The open calendar, used with the keyboard only: open, move across a month boundary and a year, choose, return. */
export const OpenCalendarKeyboard: Story = {
  args: { defaultValue: '2027-01-29' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: /^Change date, Friday,? 29 January 2027$/ });
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Choose a date' });
    const grid = within(dialog).getByRole('grid', { name: 'January 2027' });
    await waitFor(() => expect(within(grid).getByRole('gridcell', { name: /^Friday,? 29 January 2027$/ })).toHaveFocus());
    await expect(within(grid).getByRole('gridcell', { selected: true })).toHaveAccessibleName(/^Friday,? 29 January 2027$/);
    await userEvent.keyboard('{ArrowDown}');
    await expect(within(dialog).getByRole('grid', { name: 'February 2027' })).toBeInTheDocument();
    await expect(within(dialog).getByRole('gridcell', { name: /^Friday,? 5 February 2027$/ })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{PageDown}{/Shift}{Home}');
    await expect(within(dialog).getByRole('gridcell', { name: /^Monday,? 31 January 2028$/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveFocus());
    await expect(canvas.getByRole('textbox')).toHaveValue('31/01/2028');
    await expect(args.onChange).toHaveBeenLastCalledWith('2028-01-31', { text: '31/01/2028', error: null });
    await userEvent.keyboard('{Enter}');
    await page(canvasElement).findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
    await expect(page(canvasElement).queryByRole('dialog')).toBeNull();
  },
};

/** Weekends cannot be chosen, and the calendar reads out why. */
export const Unavailable: Story = {
  args: { defaultValue: '2027-02-05', isDateUnavailable: weekend, min: '2027-02-02', max: '2027-03-31' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Change date/ }));
    const dialog = await page(canvasElement).findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('gridcell', { name: /^Friday,? 5 February 2027/ })).toHaveFocus());
    await userEvent.keyboard('{ArrowRight}');
    const saturday = within(dialog).getByRole('gridcell', {
      name: /^Saturday,? 6 February 2027, cannot be chosen: The branch is closed at weekends$/,
    });
    await expect(saturday).toHaveFocus();
    await expect(saturday).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(dialog).toHaveAttribute('open');
    await expect(
      within(dialog).getByRole('gridcell', { name: /^Monday,? 1 February 2027, outside the dates that can be chosen$/ }),
    ).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
  },
};

export const InvalidText: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('31/02/2027{Enter}');
    await expect(within(canvasElement).getByRole('textbox')).toHaveValue('31/02/2027');
    await expect(within(canvasElement).getByText(/There is no date 31\/02\/2027/)).toBeVisible();
  },
};

export const OutOfRange: Story = {
  args: { min: '2027-02-01', max: '2027-02-28' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('01/03/2027{Enter}');
    await expect(within(canvasElement).getByText('Choose a date from 01/02/2027 to 28/02/2027')).toBeVisible();
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '2027-02-01' } };

export const Finnish: Story = {
  args: { label: 'Ajanvarauksen päivä', defaultValue: '2027-02-01', isDateUnavailable: () => false },
  globals: { locale: 'fi' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Vaihda päivämäärä, maanantai(na)? 1\. helmikuuta 2027$/ }));
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Valitse päivä' });
    const headers = within(dialog).getAllByRole('columnheader');
    await expect(headers[0]).toHaveAccessibleName('maanantai');
    await expect(headers[6]).toHaveAccessibleName('sunnuntai');
    await userEvent.keyboard('{Escape}');
  },
};

export const Swedish: Story = {
  args: { label: 'Datum för besöket', defaultValue: '2027-02-01' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Byt datum/ }));
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Välj ett datum' });
    await waitFor(() => expect(within(dialog).getByRole('grid', { name: 'februari 2027' })).toBeVisible());
    await expect(within(dialog).getAllByRole('columnheader')[0]).toHaveAccessibleName('måndag');
    await userEvent.keyboard('{Escape}');
  },
};

export const AmericanEnglish: Story = {
  args: { dateLocale: 'en-US', defaultValue: '2027-02-01' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Change date/ }));
    const dialog = await page(canvasElement).findByRole('dialog');
    await expect(within(dialog).getAllByRole('columnheader')[0]).toHaveAccessibleName('Sunday');
    await userEvent.keyboard('{Escape}');
  },
};

export const Reflow320: Story = {
  args: { width: 'full', defaultValue: '2027-02-01', hint: 'The day you would like to visit the branch.' },
  globals: { viewport: { value: 'reflow', isRotated: false } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Change date/ }));
    const dialog = await page(canvasElement).findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('grid')).toBeVisible());
    await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    await userEvent.keyboard('{Escape}');
  },
};

/** The calendar left open, so the accessibility check runs over the dialog: today, the chosen day, unavailable days. */
export const CalendarOpen: Story = {
  args: { defaultValue: '2027-02-10', isDateUnavailable: weekend, min: '2027-02-03' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const dialog = await page(canvasElement).findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('gridcell', { selected: true })).toHaveFocus());
    await userEvent.keyboard('{PageUp}');
    await expect(within(dialog).getByRole('grid', { name: 'February 2027' })).toBeInTheDocument();
    await expect(within(dialog).getByRole('gridcell', { name: /^Wednesday,? 3 February 2027$/ })).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  },
};
