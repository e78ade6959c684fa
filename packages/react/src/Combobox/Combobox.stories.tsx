import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { Combobox } from './Combobox';
import type { ComboboxOption } from './filterOptions';

const municipalities: ComboboxOption[] = [
  'Espoo', 'Hämeenlinna', 'Helsinki', 'Hyvinkää', 'Joensuu', 'Jyväskylä', 'Kajaani', 'Kokkola', 'Kotka', 'Kouvola',
  'Kuopio', 'Lahti', 'Lappeenranta', 'Mikkeli', 'Oulu', 'Pori', 'Porvoo', 'Rovaniemi', 'Seinäjoki', 'Tampere',
  'Turku', 'Vaasa', 'Vantaa',
].map((label) => ({ value: label.toLowerCase(), label }));
const withClosedBranch = municipalities.map((option) =>
  option.value === 'kotka' ? { ...option, label: 'Kotka (branch closed)', disabled: true } : option,
);
/** 1,000 postcodes: more than the windowing threshold, so only the options around the active one are rendered. */
const postcodes: ComboboxOption[] = Array.from({ length: 1000 }, (_, i) => {
  const city = municipalities[i % municipalities.length]!.label;
  const code = String(100 + i * 97).padStart(5, '0');
  return { value: code, label: `${code} ${city}` };
});

/** A search service stand-in: answers after 400 ms, like a slow network. */
const searchStreets = (query: string, { signal }: { signal: AbortSignal }) =>
  new Promise<ComboboxOption[]>((resolve, reject) => {
    const streets = ['Mannerheimintie', 'Mechelininkatu', 'Aleksanterinkatu', 'Hämeentie', 'Itäväylä', 'Mäkelänkatu'];
    const timer = setTimeout(() => {
      const found = streets.filter((street) => street.toLowerCase().includes(query.trim().toLowerCase()));
      resolve(found.map((street) => ({ value: street, label: `${street}, Helsinki` })));
    }, 400);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

const meta = {
  title: 'Components/Combobox',
  component: Combobox,
  args: { label: 'Municipality', options: municipalities, onChange: fn() },
  argTypes: { width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] } },
} satisfies Meta<typeof Combobox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Municipality' });
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('tu');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('option', { name: 'Turku' })).toHaveAttribute('data-active');
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue('Turku');
    await expect(args.onChange).toHaveBeenCalledWith('turku');
  },
};

/** The list open with an active option, so its look is checked in every theme. */
export const Open: Story = {
  args: { defaultValue: 'helsinki', hint: 'Arrow keys move, Enter chooses' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('option', { name: 'Hyvinkää' })).toHaveAttribute('data-active');
    await expect(canvas.getByRole('option', { name: 'Helsinki' })).toHaveAttribute('aria-selected', 'true');
  },
};

export const WithValue: Story = {
  args: { defaultValue: 'tampere' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
  },
};

export const WithHint: Story = { args: { hint: 'The municipality of your permanent address' } };
export const WithError: Story = { args: { error: 'Choose your municipality', required: true } };
export const Required: Story = { args: { required: true } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'oulu' } };

export const DisabledOptions: Story = {
  args: { label: 'Branch', options: withClosedBranch },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('ko');
    await expect(canvas.getByRole('option', { name: 'Kotka (branch closed)' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('option', { name: 'Kouvola' })).toHaveAttribute('data-active');
  },
};

export const Multiple: Story = {
  args: { label: 'Branches you visit', multiple: true, hint: 'Choose one or more' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('es{ArrowDown}{Enter}ku{ArrowDown}{Enter}');
    const chosen = canvas.getByRole('list', { name: 'Selected options' });
    await expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.keyboard('{Escape}{Backspace}');
    await expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    await expect(canvas.getByRole('button', { name: 'Remove Espoo' })).toBeVisible();
  },
};

export const MultipleWithValues: Story = {
  args: { label: 'Branches you visit', multiple: true, defaultValue: ['helsinki', 'espoo', 'vantaa', 'kauniainen'], allowsCustomValue: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Remove Helsinki' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('button', { name: 'Remove Helsinki' })).toBeNull();
    await expect(canvas.getByRole('combobox')).toHaveFocus();
  },
};

export const CustomValue: Story = {
  args: { label: 'Street address', options: [], allowsCustomValue: true, hint: 'Type any address' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('Kauppakatu 3{Enter}');
    await expect(args.onChange).toHaveBeenCalledWith('Kauppakatu 3');
  },
};

/** Options loaded from a (simulated) search service, debounced; older answers never replace newer ones. */
export const AsyncOptions: Story = {
  args: { label: 'Street', options: undefined, loadOptions: searchStreets, hint: 'Type part of a street name' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('in');
    await expect(await canvas.findByText('Loading options…', { selector: 'div' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(3), { timeout: 3000 });
    await userEvent.keyboard('k');
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(2), { timeout: 3000 });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(canvas.getByRole('combobox')).toHaveValue('Mechelininkatu, Helsinki');
  },
};

export const AsyncError: Story = {
  args: { label: 'Street', options: undefined, loadOptions: () => Promise.reject(new Error('offline')), loadDelay: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('x');
    await expect(await canvas.findByText(/could not be loaded/, { selector: 'div' })).toBeVisible();
  },
};

export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('xyz');
    await expect(canvas.getByText('No results', { selector: 'div' })).toBeVisible();
  },
};

/** 1,000 options: windowed rendering, and PageDown jumps ten at a time. */
export const LongList: Story = {
  args: { label: 'Postcode', options: postcodes },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('{ArrowDown}{PageDown}{PageDown}');
    const input = canvas.getByRole('combobox');
    const active = canvasElement.ownerDocument.getElementById(input.getAttribute('aria-activedescendant')!)!;
    await expect(active).toHaveAttribute('aria-posinset', '21');
    await expect(active).toHaveAttribute('aria-setsize', '1000');
    await expect(canvas.getAllByRole('option').length).toBeLessThan(120);
  },
};

export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<string | null>('kuopio');
    return (
      <div>
        <Combobox label={args.label} options={args.options} value={value} onChange={setValue} />
        <p>Chosen value: {value ?? 'none'}</p>
      </div>
    );
  },
};

/** Native form submission: `name` puts the value in a hidden input. */
export const InForm: Story = {
  args: { name: 'municipality', defaultValue: 'lahti' },
  render: function Render(args) {
    const [sent, setSent] = useState('');
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSent(String(new FormData(event.currentTarget).get('municipality')));
        }}
      >
        <Combobox {...args} />
        <Button type="submit">Send</Button>
        <p aria-live="polite">{sent && `Sent: ${sent}`}</p>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(await canvas.findByText('Sent: lahti')).toBeVisible();
  },
};

export const Finnish: Story = {
  args: { label: 'Kotikunta', multiple: true, defaultValue: ['oulu'] },
  globals: { locale: 'fi' },
};

export const Swedish: Story = {
  args: { label: 'Hemkommun', defaultValue: 'vaasa' },
  globals: { locale: 'sv' },
};

export const Reflow320: Story = {
  args: {
    label: 'Branches you visit',
    multiple: true,
    defaultValue: ['hämeenlinna', 'lappeenranta', 'seinäjoki', 'rovaniemi'],
    hint: 'Chosen items wrap onto new lines on narrow screens',
  },
  globals: { viewport: { value: 'reflow', isRotated: false } },
};
