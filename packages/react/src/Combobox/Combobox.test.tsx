import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Combobox } from './Combobox';
import type { ComboboxOption } from './filterOptions';
import { WINDOW_THRESHOLD } from './useListWindow';

const cities: ComboboxOption[] = [
  { value: 'hel', label: 'Helsinki' },
  { value: 'esp', label: 'Espoo' },
  { value: 'tku', label: 'Turku' },
  { value: 'tre', label: 'Tampere' },
  { value: 'van', label: 'Vantaa', disabled: true },
  { value: 'oul', label: 'Oulu' },
  { value: 'jkl', label: 'Jyväskylä' },
];
const many = (count: number): ComboboxOption[] =>
  Array.from({ length: count }, (_, i) => ({ value: `o${i}`, label: `Option ${String(i + 1).padStart(4, '0')}` }));

const box = () => screen.getByRole('combobox');
const listbox = () => document.getElementById(box().getAttribute('aria-controls')!)!;
const activeOption = () => {
  const id = box().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!;

describe('Combobox', () => {
  beforeEach(() => resetDevMessages());

  it('is a labelled combobox with list autocomplete that controls a listbox', () => {
    render(<Combobox label="Municipality" hint="Where you live" options={cities} />);
    const input = screen.getByRole('combobox', { name: 'Municipality' });
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAccessibleDescription('Where you live');
    expect(listbox()).toHaveAttribute('role', 'listbox');
    expect(listbox()).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Show options', hidden: true })).toHaveAttribute('tabindex', '-1');
  });

  it('filters by typing and announces the number of results after typing pauses', async () => {
    const user = userEvent.setup();
    const { container } = render(<Combobox label="Municipality" options={cities} />);
    await user.type(box(), 'ku');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(within(listbox()).getAllByRole('option').map((option) => option.textContent)).toEqual(['Turku']);
    // manual selection (APG): typing moves nothing into the list
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    await waitFor(() => expect(live(container)).toHaveTextContent('1 result'));
    await user.clear(box());
    await user.type(box(), 'e');
    await waitFor(() => expect(live(container)).toHaveTextContent('3 results'));
    await user.type(box(), 'zz');
    expect(screen.getByText('No results')).toBeVisible();
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(live(container)).toHaveTextContent('No results'));
  });

  it('moves with Down and Up (wrapping, skipping disabled options) and chooses with Enter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Municipality" options={cities} onChange={onChange} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(activeOption()).toHaveTextContent('Helsinki');
    expect(activeOption()).toHaveAttribute('data-active');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Jyväskylä');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    // Tampere, then Vantaa is disabled: Oulu
    expect(activeOption()).toHaveTextContent('Oulu');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('oul');
    expect(box()).toHaveValue('Oulu');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    // opening again starts on the chosen option, which is marked selected
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Oulu');
    expect(activeOption()).toHaveAttribute('aria-selected', 'true');
  });

  it('Alt+Down opens without moving; Alt+Up accepts the active option and closes', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Municipality" options={cities} />);
    await user.tab();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}{ArrowDown}{Alt>}{ArrowUp}{/Alt}');
    expect(box()).toHaveValue('Espoo');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('PageDown and PageUp jump ten options and stop at the ends', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Pick" options={many(25)} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{PageDown}');
    expect(activeOption()).toHaveTextContent('Option 0011');
    await user.keyboard('{PageDown}{PageDown}');
    expect(activeOption()).toHaveTextContent('Option 0025');
    await user.keyboard('{PageUp}');
    expect(activeOption()).toHaveTextContent('Option 0015');
  });

  it('Home, End, Left and Right stay with the text: visual focus returns to the input', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Municipality" options={cities} />);
    await user.type(box(), 'Tu');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Turku');
    await user.keyboard('{Home}');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect((box() as HTMLInputElement).selectionStart).toBe(0);
    await user.keyboard('x');
    expect(box()).toHaveValue('xTu');
  });

  it('Escape closes; a second Escape clears the value; on an empty field Escape passes to the page', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onPageKey = vi.fn();
    render(
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- listens for the key the field lets through
      <div onKeyDown={(event) => onPageKey(event.key)}>
        <Combobox label="Municipality" options={cities} defaultValue="tku" onChange={onChange} />
      </div>,
    );
    expect(box()).toHaveValue('Turku');
    await user.click(box());
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveValue('Turku');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(onPageKey).not.toHaveBeenCalledWith('Escape');
    await user.keyboard('{Escape}');
    expect(onPageKey).toHaveBeenCalledWith('Escape');
  });

  it('Tab closes the list without choosing (APG editable combobox) and moves on; the text reverts', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <Combobox label="Municipality" options={cities} defaultValue="hel" onChange={onChange} />
        <button type="button">Next</button>
      </>,
    );
    await user.click(box());
    await user.clear(box());
    await user.type(box(), 'Tam');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Tampere');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    expect(box()).toHaveValue('Helsinki');
  });

  it('takes an exactly typed label as the choice, and an emptied field as no value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Municipality" options={cities} onChange={onChange} />);
    await user.type(box(), 'espoo');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('esp');
    expect(box()).toHaveValue('Espoo');
    await user.clear(box());
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('chooses with the pointer, keeps focus in the input and ignores disabled options', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Municipality" options={cities} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Show options', hidden: true }));
    expect(box()).toHaveFocus();
    await user.click(screen.getByRole('option', { name: 'Vantaa' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('option', { name: 'Vantaa' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('option', { name: 'Turku' }));
    expect(onChange).toHaveBeenCalledWith('tku');
    expect(box()).toHaveFocus();
    expect(box()).toHaveValue('Turku');
  });

  it('with allowsCustomValue, typed text becomes the value and is submitted', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(
      <form>
        <Combobox label="Street" name="street" options={cities} allowsCustomValue onChange={onChange} />
      </form>,
    );
    await user.type(box(), 'Mannerheimintie 1{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('Mannerheimintie 1');
    expect(new FormData(container.querySelector('form')!).get('street')).toBe('Mannerheimintie 1');
  });

  it('multiple: chooses several, each a named remove button; Backspace on an empty input removes the last', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(
      <form>
        <Combobox label="Branches" name="branch" multiple options={cities} onChange={onChange} />
      </form>,
    );
    await user.type(box(), 'hel');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['hel']);
    // the list stays open and the text clears for the next choice
    expect(box()).toHaveValue('');
    expect(listbox()).toHaveAttribute('aria-multiselectable', 'true');
    expect(activeOption()).toHaveAttribute('aria-selected', 'true');
    expect(live(container)).toHaveTextContent('Helsinki selected');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['hel', 'esp']);
    expect(screen.getByRole('option', { name: 'Turku' })).toHaveAttribute('aria-selected', 'false');
    const chosen = screen.getByRole('list', { name: 'Selected options' });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Helsinki', 'Espoo']);
    expect(box()).toHaveAccessibleDescription('2 selected');
    expect(new FormData(container.querySelector('form')!).getAll('branch')).toEqual(['hel', 'esp']);
    await user.keyboard('{Escape}{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith(['hel']);
    expect(live(container)).toHaveTextContent('Espoo removed');
    await user.click(screen.getByRole('button', { name: 'Remove Helsinki' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(box()).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Selected options' })).not.toBeInTheDocument();
  });

  it('multiple: Enter on a chosen option removes it again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Branches" multiple options={cities} defaultValue={['esp']} onChange={onChange} />);
    await user.click(box());
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Espoo');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('works controlled: the parent decides the value and the input shows its label', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string | null>('tre');
      return (
        <>
          <Combobox label="Municipality" options={cities} value={value} onChange={setValue} />
          <button type="button" onClick={() => setValue('oul')}>
            Oulu
          </button>
          <output>{value ?? 'none'}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(box()).toHaveValue('Tampere');
    await user.click(screen.getByRole('button', { name: 'Oulu' }));
    expect(box()).toHaveValue('Oulu');
    await user.click(box());
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('jkl');
    expect(box()).toHaveValue('Jyväskylä');
  });

  it('long lists render only a window of options, with aria-setsize and aria-posinset', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Pick" options={many(1000)} />);
    await user.click(box());
    await user.keyboard('{ArrowDown}');
    const rendered = within(listbox()).getAllByRole('option');
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '1000');
    expect(rendered[0]).toHaveAttribute('aria-posinset', '1');
    // Up from the first wraps to the last: the window follows, so the active option exists
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Option 1000');
    expect(activeOption()).toHaveAttribute('aria-posinset', '1000');
    expect(within(listbox()).getAllByRole('option').length).toBeLessThan(100);
    // a short list is rendered whole
    await user.type(box(), 'Option 00');
    expect(within(listbox()).getAllByRole('option')).toHaveLength(99);
    expect(99).toBeLessThan(WINDOW_THRESHOLD);
  });

  describe('loadOptions', () => {
    it('loads once typing pauses, shows and announces loading, then the results', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      try {
        const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
        let resolve: (options: ComboboxOption[]) => void = () => {};
        const loadOptions = vi.fn(() => new Promise<ComboboxOption[]>((done) => (resolve = done)));
        const { container } = render(<Combobox label="Address" loadOptions={loadOptions} loadDelay={300} />);
        await user.type(box(), 'Mann');
        expect(screen.getByText('Loading options…', { selector: 'div' })).toBeVisible();
        await act(() => vi.advanceTimersByTimeAsync(300));
        expect(loadOptions).toHaveBeenCalledTimes(1);
        expect(loadOptions).toHaveBeenCalledWith('Mann', { signal: expect.any(AbortSignal) });
        await act(() => vi.advanceTimersByTimeAsync(600));
        expect(live(container)).toHaveTextContent('Loading options…');
        await act(async () => resolve([{ value: 'm1', label: 'Mannerheimintie 1' }]));
        expect(screen.getByRole('option', { name: 'Mannerheimintie 1' })).toBeInTheDocument();
        expect(screen.queryByText('Loading options…', { selector: 'div' })).not.toBeInTheDocument();
        await act(() => vi.advanceTimersByTimeAsync(600));
        expect(live(container)).toHaveTextContent('1 result');
      } finally {
        vi.useRealTimers();
      }
    });

    it('ignores a late answer to an older query and aborts its request', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      try {
        const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
        const pending = new Map<string, { resolve: (options: ComboboxOption[]) => void; signal: AbortSignal }>();
        const loadOptions = (query: string, { signal }: { signal: AbortSignal }) =>
          new Promise<ComboboxOption[]>((resolve) => pending.set(query, { resolve, signal }));
        render(<Combobox label="Address" loadOptions={loadOptions} loadDelay={100} />);
        await user.type(box(), 'a');
        await act(() => vi.advanceTimersByTimeAsync(150));
        await user.type(box(), 'b');
        await act(() => vi.advanceTimersByTimeAsync(150));
        expect([...pending.keys()]).toEqual(['a', 'ab']);
        expect(pending.get('a')!.signal.aborted).toBe(true);
        await act(async () => pending.get('ab')!.resolve([{ value: 'new', label: 'Abc new' }]));
        await act(async () => pending.get('a')!.resolve([{ value: 'old', label: 'A old' }]));
        expect(screen.getByRole('option', { name: 'Abc new' })).toBeInTheDocument();
        expect(screen.queryByRole('option', { name: 'A old' })).not.toBeInTheDocument();
      } finally {
        vi.useRealTimers();
      }
    });

    it('shows and announces an error when loading fails', async () => {
      const user = userEvent.setup();
      const { container } = render(
        <Combobox label="Address" loadOptions={() => Promise.reject(new Error('offline'))} loadDelay={0} />,
      );
      await user.type(box(), 'x');
      expect(await screen.findByText('The options could not be loaded. Edit the text to try again.')).toBeVisible();
      await waitFor(() => expect(live(container)).toHaveTextContent('could not be loaded'));
    });

    it('keeps the label of a chosen loaded option after the results change', async () => {
      const user = userEvent.setup();
      const loadOptions = async (query: string) => (query === 'tu' ? [{ value: 'tku', label: 'Turku' }] : []);
      render(<Combobox label="City" multiple loadOptions={loadOptions} loadDelay={0} />);
      await user.type(box(), 'tu');
      await user.click(await screen.findByRole('option', { name: 'Turku' }));
      expect(screen.getByRole('button', { name: 'Remove Turku' })).toBeInTheDocument();
    });
  });

  it('has no axe violations closed, open with an active option, and with selected items', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <Combobox label="Municipality" hint="Type to filter" options={cities} required />
        <Combobox label="Branches" multiple options={cities} defaultValue={['hel', 'tku']} error="Choose at most two" />
        <Combobox label="Disabled" options={cities} defaultValue="esp" disabled />
      </div>,
    );
    await expectNoAxeViolations();
    await user.click(screen.getByRole('combobox', { name: /Municipality/ }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(
      <Combobox label="Municipality" options={cities} defaultValue={['hel']} multiple name="m" />,
    );
    expect(html).toContain('role="combobox"');
    expect(html).toContain('Remove Helsinki');
    expect(html).not.toContain('style=');
    expect(css).toContain('forced-colors');
  });

  it('forwards the ref to the input and className to the field wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <Combobox ref={ref} label="Municipality" options={cities} className="mine" data-testid="c" placeholder="Type" />,
    );
    expect(ref.current).toBe(box());
    expect(container.firstElementChild).toHaveClass('mine');
    expect(box()).toHaveAttribute('data-testid', 'c');
    expect(box()).toHaveAttribute('placeholder', 'Type');
  });

  it('warns in development about a missing label, an unknown value and no options', () => {
    const console = captureConsole();
    try {
      render(<Combobox label="City" options={cities} defaultValue="nowhere" />);
      expect(console.warnings().join('\n')).toMatch(/Combobox: `value` "nowhere" names no option/);
      // @ts-expect-error: label is required
      render(<Combobox options={cities} />);
      expect(console.errors().join('\n')).toMatch(/Combobox: the "label" prop is required/);
      render(<Combobox label="Nothing" />);
      expect(console.warnings().join('\n')).toMatch(/Combobox: give `options` or `loadOptions`/);
    } finally {
      console.restore();
    }
  });

  it('speaks Finnish and Swedish, with plural results', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(
      <PolkuProvider locale="fi">
        <Combobox label="Kunta" options={cities} multiple defaultValue={['oul']} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Poista Oulu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Näytä vaihtoehdot', hidden: true })).toBeInTheDocument();
    await user.type(box(), 'e');
    await waitFor(() => expect(live(container)).toHaveTextContent('3 tulosta'));
    rerender(
      <PolkuProvider locale="sv">
        <Combobox key="sv" label="Kommun" options={cities} />
      </PolkuProvider>,
    );
    await user.type(box(), 'ku');
    await waitFor(() => expect(live(container)).toHaveTextContent('1 träff'));
    await user.type(box(), 'zz');
    expect(screen.getByText('Inga träffar')).toBeVisible();
  });
});
