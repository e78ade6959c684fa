import type { CSSProperties, MouseEvent, Ref, RefObject } from 'react';
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
export function ComboboxPopup(props: ComboboxPopupProps) {
  const { popupRef, listRef, visible, style, listboxId, labelId, multiple, options, positions, active } = props;
  const { isSelected, optionId, status, statusIsError, busy, onChoose, onHover } = props;
  const range = useListWindow(visible ? positions.length : 0, active, listRef);
  const rows = [];
  for (let position = range.start; position < range.end; position += 1) {
    const index = positions[position]!;
    const option = options[index]!;
    const selected = isSelected(option.value);
    rows.push(
      <ComboboxOptionRow
        key={`${index}-${option.value}`}
        id={optionId(index)}
        role="option"
        aria-selected={selected || (multiple ? false : undefined)}
        aria-disabled={option.disabled || undefined}
        aria-setsize={positions.length}
        aria-posinset={position + 1}
        data-active={position === active ? '' : undefined}
        onClick={() => onChoose(option)}
        onPointerMove={() => {
          if (position !== active && !option.disabled) onHover(position);
        }}
      >
        <Icon name="check" size="s" />
        <span>{option.label}</span>
      </ComboboxOptionRow>,
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
