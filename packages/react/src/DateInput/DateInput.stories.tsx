import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput';

const meta = {
  title: 'Components/DateInput',
  component: DateInput,
  args: { label: 'Start date', onChange: fn() },
  argTypes: { width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] } },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Typing a date: leading zeros, any of `.` `/` `-` or spaces, and a trailing separator are all read. */
export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Start date' });
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('1.2.2027');
    await expect(args.onChange).toHaveBeenLastCalledWith('2027-02-01', { text: '1.2.2027', error: null });
    await userEvent.tab();
    await expect(input).toHaveValue('01/02/2027');
  },
};

export const Filled: Story = { args: { defaultValue: '2027-02-01', hint: 'The first day of the loan.' } };

/** Text that is not a date stays as typed and is explained once the field is left. */
export const InvalidText: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.tab();
    await userEvent.keyboard('31/02/2027{Enter}');
    await expect(input).toHaveValue('31/02/2027');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(
      within(canvasElement).getByText('There is no date 31/02/2027 in the calendar. Check the day and the month.'),
    ).toBeVisible();
  },
};

export const OutOfRange: Story = {
  args: { label: 'Appointment', min: '2027-02-01', max: '2027-02-28' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('15/03/2027{Enter}');
    await expect(within(canvasElement).getByText('Choose a date from 01/02/2027 to 28/02/2027')).toBeVisible();
  },
};

export const Unavailable: Story = {
  args: {
    label: 'Appointment',
    isDateUnavailable: (iso: string) => (new Date(`${iso}T12:00Z`).getUTCDay() % 6 === 0 ? 'The branch is closed at weekends' : false),
  },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('06/02/2027{Enter}');
    await expect(
      within(canvasElement).getByText('06/02/2027 cannot be chosen: The branch is closed at weekends'),
    ).toBeVisible();
  },
};

export const WithError: Story = { args: { defaultValue: '2027-02-01', error: 'The loan cannot start on this day' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: '2027-02-01' } };
export const Required: Story = { args: { required: true } };

export const Finnish: Story = {
  args: { label: 'Alkamispäivä', defaultValue: '2027-02-01' },
  globals: { locale: 'fi' },
};

export const Swedish: Story = {
  args: { label: 'Startdatum', defaultValue: '2027-02-01' },
  globals: { locale: 'sv' },
};

export const AmericanEnglish: Story = { args: { dateLocale: 'en-US', defaultValue: '2027-02-01' } };

export const Reflow320: Story = {
  args: { width: 'full', defaultValue: '2027-02-01', hint: 'The day the first instalment is due, at the earliest next month.' },
  globals: { viewport: { value: 'reflow', isRotated: false } },
};
