import { expect } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { PropRow } from './row';

const options = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
];
const tabs = [
  { value: 'off', label: 'Closed', content: 'Closed panel', disabled: true },
  { value: 'one', label: 'One', content: 'Panel one' },
  { value: 'two', label: 'Two', content: 'Panel two' },
];
const tag = (container: HTMLElement) => container.firstElementChild?.tagName.toLowerCase();

/** Rows for @polku/react. `bad` is the value as printed; `warning` the fragment the development message must contain. */
export const reactRows: PropRow[] = [
  {
    component: 'Box', prop: 'as', bad: '"table"', warning: 'Box: unknown as "table"',
    render: ({ R }) => <R.Box as={'table' as never}>x</R.Box>,
    instead: (c) => expect(tag(c)).toBe('div'),
  },
  {
    component: 'Card', prop: 'as', bad: '"span"', warning: 'Card: unknown as "span"',
    render: ({ R }) => <R.Card as={'span' as never}>x</R.Card>,
    instead: (c) => expect(tag(c)).toBe('div'),
  },
  {
    component: 'Inline', prop: 'as', bad: '"table"', warning: 'Inline: unknown as "table"',
    render: ({ R }) => <R.Inline as={'table' as never}>x</R.Inline>,
    instead: (c) => expect(tag(c)).toBe('div'),
  },
  {
    component: 'Text', prop: 'as', bad: '"h1"', warning: 'Text: unknown as "h1"',
    render: ({ R }) => <R.Text as={'h1' as never}>x</R.Text>,
    instead: (c) => expect(tag(c)).toBe('p'),
  },
  {
    component: 'VisuallyHidden', prop: 'as', bad: '"button"', warning: 'VisuallyHidden: unknown as "button"',
    render: ({ R }) => <R.VisuallyHidden as={'button' as never}>x</R.VisuallyHidden>,
    instead: (c) => expect(tag(c)).toBe('span'),
  },
  {
    component: 'Select', prop: 'defaultValue', bad: '"zz"', warning: 'Select: prop `defaultValue` must be one of a, b (got "zz")',
    render: ({ R }) => <R.Select label="Letter" options={options} defaultValue="zz" />,
    instead: () => expect(screen.getByRole('combobox', { name: 'Letter' })).toHaveValue('a'),
  },
  {
    component: 'RadioGroup', prop: 'value', bad: '"zz"', warning: 'RadioGroup: prop `value` must be one of a, b (got "zz")',
    render: ({ R }) => <R.RadioGroup legend="Letter" options={options} value="zz" onChange={() => {}} />,
    instead: () => expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0),
  },
  {
    component: 'CheckboxGroup', prop: 'defaultValue', bad: '"zz"', warning: 'CheckboxGroup: prop `defaultValue` must be one of a, b (got "zz")',
    render: ({ R }) => <R.CheckboxGroup legend="Letters" options={options} defaultValue={['a', 'zz']} />,
    instead: () => expect(screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, false]),
  },
  {
    component: 'Tabs', prop: 'defaultValue', bad: '"nope"', warning: 'Tabs: prop `defaultValue` must be one of off, one, two (got "nope")',
    render: ({ R }) => <R.Tabs label="Sections" items={tabs} defaultValue="nope" />,
    // the first enabled tab, never the disabled first one
    instead: () => expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('One'),
  },
  {
    component: 'Pagination', prop: 'page', bad: '12', warning: 'Pagination: prop `page` must be a whole number from 1 to 10 (got 12)',
    render: ({ R }) => <R.Pagination totalPages={10} page={12} />,
    instead: () => expect(screen.getByRole('button', { name: 'Page 10 of 10' })).toHaveAttribute('aria-current', 'page'),
  },
  {
    component: 'Pagination', prop: 'totalPages', bad: '0', warning: 'Pagination: prop `totalPages` must be a whole number of at least 1 (got 0)',
    render: ({ R }) => <R.Pagination totalPages={0} />,
    instead: () => expect(screen.getByRole('button', { name: 'Page 1 of 1' })).toBeInTheDocument(),
  },
  {
    component: 'Pagination', prop: 'siblingCount', bad: '-1', warning: 'Pagination: prop `siblingCount` must be a whole number of at least 0 (got -1)',
    render: ({ R }) => <R.Pagination totalPages={20} defaultPage={10} siblingCount={-1} />,
    // one sibling each side, as by default
    instead: () => expect(screen.getByRole('button', { name: 'Page 9 of 20' })).toBeInTheDocument(),
  },
  {
    component: 'ProgressBar', prop: 'value', bad: '150', warning: 'ProgressBar: prop `value` must be a number from 0 to 100 (got 150)',
    render: ({ R }) => <R.ProgressBar label="Upload" value={150} />,
    instead: () => expect(screen.getByRole('progressbar', { name: 'Upload' })).toHaveAttribute('aria-valuenow', '100'),
  },
  {
    component: 'TextArea', prop: 'rows', bad: '0', warning: 'TextArea: prop `rows` must be a whole number of at least 1 (got 0)',
    render: ({ R }) => <R.TextArea label="Message" rows={0} />,
    instead: () => expect(screen.getByRole('textbox', { name: 'Message' })).toHaveAttribute('rows', '5'),
  },
  {
    component: 'TextField', prop: 'characterLimit', bad: '-5', warning: 'TextField: prop `characterLimit` must be a whole number of at least 1 (got -5)',
    render: ({ R }) => <R.TextField label="Name" characterLimit={-5} />,
    instead: (c) => {
      expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
      expect(within(c).queryByText(/characters? (left|too many)/)).toBeNull();
    },
  },
];
