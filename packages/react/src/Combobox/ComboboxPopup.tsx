import { memo, useLayoutEffect, useRef, type CSSProperties, type MouseEvent, type Ref, type RefObject } from 'react';
import { Icon } from '../Icon';
import { ComboboxListbox, ComboboxOptionRow, ComboboxPopup as PopupBox, ComboboxStatus } from './Combobox.styles';
import type { ComboboxOption } from './filterOptions';
import { useListWindow } from './useListWindow';

export interface ComboboxPopupProps {
  popupRef?: Ref<HTMLDivElement>;
  listRef: RefObject<HTMLUListElement | null>;
  /** The popup is displayed (open, with options or a status line to show). */
  visible: boolean;
  style?: CSSProperties;
  listboxId: string;
  labelId: string;
  multiple: boolean;
  /** Every option the list is drawn from, and the positions in it of the ones shown, in order. */
  options: readonly ComboboxOption[];
  positions: readonly number[];
  active: number | null;
  isSelected: (value: string) => boolean;
  optionId: (index: number) => string;
  /** Loading, empty or error text, shown above the options. */
  status: string | null;
  statusIsError: boolean;
  busy: boolean;
  onChoose: (option: ComboboxOption) => void;
  onHover: (position: number) => void;
}

/** Keeps DOM focus in the input when the popup is clicked (the listbox is driven by aria-activedescendant). */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The popup: an optional status line and the listbox. Long lists render only a window of options, each with
 * aria-setsize and aria-posinset, so assistive technology still hears "12 of 1,000".
 */
interface OptionRowProps {
  option: ComboboxOption;
  id: string;
  position: number;
  setSize: number;
  selected: boolean;
  multiple: boolean;
  active: boolean;
  /** Read at event time, so the row's props stay equal between renders and an unchanged row is not rendered again. */
  handlers: RefObject<Pick<ComboboxPopupProps, 'onChoose' | 'onHover'>>;
}

/** One option row; memoised, so a keystroke renders again only the rows whose option, state or set size changed. */
const OptionRow = memo(function OptionRow(props: OptionRowProps) {
  const { option, id, position, setSize, selected, multiple, active, handlers } = props;
  return (
    <ComboboxOptionRow
      id={id}
      role="option"
      aria-selected={selected || (multiple ? false : undefined)}
      aria-disabled={option.disabled || undefined}
      aria-setsize={setSize}
      aria-posinset={position + 1}
      data-active={active ? '' : undefined}
      onClick={() => handlers.current.onChoose(option)}
      onPointerMove={() => {
        if (!active && !option.disabled) handlers.current.onHover(position);
      }}
    >
      <Icon name="check" size="s" />
      <span>{option.label}</span>
    </ComboboxOptionRow>
  );
});

export function ComboboxPopup(props: ComboboxPopupProps) {
  const { popupRef, listRef, visible, style, listboxId, labelId, multiple, options, positions, active } = props;
  const { isSelected, optionId, status, statusIsError, busy, onChoose, onHover } = props;
  const handlers = useRef({ onChoose, onHover });
  useLayoutEffect(() => {
    handlers.current = { onChoose, onHover };
  });
  const range = useListWindow(visible ? positions.length : 0, active, listRef);
  const rows = [];
  for (let position = range.start; position < range.end; position += 1) {
    const index = positions[position]!;
    const option = options[index]!;
    rows.push(
      // keyed by position: after a keystroke the rows already in the DOM take the new options' text and attributes
      // in place, instead of being removed and created again (scrolling keeps the same positions, so the same rows)
      <OptionRow
        key={position}
        option={option}
        id={optionId(index)}
        position={position}
        setSize={positions.length}
        selected={isSelected(option.value)}
        multiple={multiple}
        active={position === active}
        handlers={handlers}
      />,
    );
  }
  const spacing = range.before > 0 || range.after > 0 ? { paddingTop: range.before, paddingBottom: range.after } : undefined;
  return (
    <PopupBox ref={popupRef} hidden={!visible} style={visible ? style : undefined} onMouseDown={keepFocus}>
      {visible && status !== null && <ComboboxStatus data-error={statusIsError ? '' : undefined}>{status}</ComboboxStatus>}
      <ComboboxListbox
        ref={listRef}
        id={listboxId}
        role="listbox"
        aria-labelledby={labelId}
        aria-multiselectable={multiple || undefined}
        aria-busy={busy || undefined}
        hidden={!visible || positions.length === 0}
        style={spacing}
        onScroll={range.onScroll}
      >
        {visible && rows}
      </ComboboxListbox>
    </PopupBox>
  );
}
