import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { autoUpdate, flip, offset, size, useFloating } from '@floating-ui/react-dom';
import { Field } from '../Field/Field';
import { joinIds, useControllableState, useMergedRef } from '../Field/hooks';
import { useLabelledField, type LabelledControlProps } from '../Field/textEntry';
import { IconButton } from '../IconButton';
import { devWarn, isDevelopment } from '../internal/dev';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { withRef } from '../internal/with-ref';
import { useLocale, useMessages } from '../PolkuProvider/context';
import { Tag } from '../Tag';
import { comboboxMessages } from './Combobox.messages';
import { ComboboxBox, ComboboxInput, ComboboxSelectedList } from './Combobox.styles';
import { ComboboxPopup } from './ComboboxPopup';
import { exactMatch, filterPositions, searchableLabels, type ComboboxOption } from './filterOptions';
import { nextPosition, PAGE_SIZE } from './listNavigation';
import { useOptionLoader, type LoadOptions } from './useOptionLoader';

/** How long typing must pause before the number of results is announced. */
export const RESULTS_ANNOUNCE_DELAY_MS = 500;
/** The popup never grows taller than this, nor shrinks below the smaller height when the viewport is short. */
const POPUP_MAX_HEIGHT = 320;
const POPUP_MIN_HEIGHT = 120;

export interface ComboboxBaseProps extends LabelledControlProps {
  /** The options to choose from; typing filters them by label. With `loadOptions`, only used for the labels of values. */
  options?: readonly ComboboxOption[];
  /**
   * Loads options for the typed text instead of filtering `options` (a search service). Called after typing pauses
   * for `loadDelay` ms; the `signal` aborts when a newer request starts or the popup closes, and a late answer to an
   * older request is ignored either way.
   */
  loadOptions?: LoadOptions;
  /** Pause in ms before `loadOptions` is called. Default 300. */
  loadDelay?: number;
  /** Lets the typed text itself become the value (single) or a new item (multiple) on Enter or on leaving the field. */
  allowsCustomValue?: boolean;
  /** Form field name: the value (one hidden input per selected value when `multiple`) goes with a native submission. */
  name?: string;
  /** Disables the input, the button and the remove buttons. */
  disabled?: boolean;
  /** Called with the text whenever it changes (typing, choosing, clearing). */
  onInputChange?: (text: string) => void;
}

export interface ComboboxSingleProps {
  /** One value (the default). */
  multiple?: false;
  /** Controlled value: an option's `value`, or `null` for none. */
  value?: string | null;
  /** Initial value when uncontrolled. */
  defaultValue?: string | null;
  /** Called with the chosen value, or `null` when cleared. */
  onChange?: (value: string | null) => void;
}

export interface ComboboxMultipleProps {
  /** Several values, shown as removable items before the input. */
  multiple: true;
  /** Controlled values. */
  value?: readonly string[];
  /** Initial values when uncontrolled. */
  defaultValue?: readonly string[];
  /** Called with all selected values after each change. */
  onChange?: (value: string[]) => void;
}

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  keyof ComboboxBaseProps | keyof ComboboxSingleProps | 'type' | 'role' | 'children' | 'list' | 'prefix'
>;

export type ComboboxProps = ComboboxBaseProps & (ComboboxSingleProps | ComboboxMultipleProps) & InputAttributes;

const noOptions: readonly ComboboxOption[] = [];
const toList = (value: string | readonly string[] | null | undefined): readonly string[] | undefined =>
  value === undefined ? undefined : value === null ? [] : typeof value === 'string' ? [value] : value;
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * An editable combobox with a listbox popup (WAI-ARIA APG, list autocomplete with manual selection): type to filter,
 * arrows to move, Enter to choose. One value, or several with `multiple`; options given or loaded with `loadOptions`.
 * `className` and `style` go to the field wrapper; other attributes and the ref go to the `<input role="combobox">`.
 */
export const Combobox = withRef<HTMLInputElement, ComboboxProps>(function Combobox(props, ref) {
  const {
    options: optionsProp,
    loadOptions,
    loadDelay = 300,
    allowsCustomValue = false,
    name,
    disabled = false,
    onInputChange,
    multiple: multipleProp,
    value,
    defaultValue,
    onChange,
    onKeyDown,
    onBlur,
    ...others
  } = props;
  const multiple = multipleProp === true;
  const t = useMessages(comboboxMessages);
  const locale = useLocale();
  const { ids, fieldProps, controlProps } = useLabelledField('Combobox', others);
  const { 'data-width': width, required, 'aria-describedby': describedBy, ...inputProps } = controlProps;
  const listboxId = `${ids.id}-listbox`;
  const countId = `${ids.id}-count`;
  if (isDevelopment && optionsProp === undefined && loadOptions === undefined) {
    devWarn('Combobox: give `options` or `loadOptions`; without either there is nothing to choose.');
  }

  const report = (next: readonly string[]) => {
    if (multiple) (onChange as ComboboxMultipleProps['onChange'])?.([...next]);
    else (onChange as ComboboxSingleProps['onChange'])?.(next[0] ?? null);
  };
  const [selected, setSelected] = useControllableState<readonly string[]>(toList(value), toList(defaultValue) ?? [], report);
  const [typed, setTyped] = useState('');
  // single: the input shows the chosen option's label until the person types (`dirty`), then what they typed
  const [dirty, setDirty] = useState(false);
  const [open, setOpen] = useState(false);
  const [activeValue, setActiveValue] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const mergedRef = useMergedRef(ref, inputRef);
  const scrollToActive = useRef(false);
  const chosenLabels = useRef(new Map<string, string>());

  const query = multiple || dirty ? typed : '';
  const loaded = useOptionLoader(loadOptions, query, open, loadDelay);
  const source = loadOptions ? loaded.options : (optionsProp ?? noOptions);
  const labels = useMemo(() => searchableLabels(source, locale), [source, locale]);
  const positions = useMemo(
    () => (loadOptions ? source.map((_, index) => index) : filterPositions(labels, query, locale)),
    [loadOptions, source, labels, query, locale],
  );
  const known = useMemo(() => new Map((optionsProp ?? noOptions).map((option) => [option.value, option.label])), [optionsProp]);
  const labelOf = (item: string) => known.get(item) ?? chosenLabels.current.get(item) ?? item;
  if (isDevelopment && optionsProp && !loadOptions && !allowsCustomValue) {
    for (const item of selected) {
      if (!known.has(item)) devWarn(`Combobox: \`value\` "${item}" names no option; it is shown as typed text. Add it to \`options\` or set \`allowsCustomValue\`.`);
    }
  }

  const text = multiple || dirty ? typed : selected[0] !== undefined ? labelOf(selected[0]) : '';
  const found = activeValue === null ? -1 : positions.findIndex((index) => source[index]!.value === activeValue);
  const active = found === -1 ? null : found;
  const activeId = active === null ? undefined : `${ids.id}-option-${positions[active]}`;
  const expanded = open && positions.length > 0;
  const status = !open ? 'closed' : loaded.status;
  const statusText =
    status === 'loading'
      ? t('combobox.loading')
      : status === 'error'
        ? t('combobox.loadError')
        : open && positions.length === 0 && !(allowsCustomValue && query.trim() !== '')
          ? t('combobox.noResults')
          : null;
  const popupVisible = open && (positions.length > 0 || statusText !== null);
  const resultsText = !open ? '' : (statusText ?? t('combobox.results', { count: positions.length }));

  useEffect(() => {
    if (resultsText === '') return undefined;
    const timer = setTimeout(() => setAnnouncement(resultsText), RESULTS_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [resultsText]);

  useEffect(() => {
    if (!scrollToActive.current || activeId === undefined) return;
    scrollToActive.current = false;
    // the browser does not scroll to an aria-activedescendant target by itself (APG)
    document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const { refs, floatingStyles } = useFloating<HTMLDivElement>({
    open: popupVisible,
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [
      offset(4),
      flip({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, rects, elements }) {
          // written only when changed: every autoUpdate (scroll, resize) runs this, and a write invalidates layout
          const { style } = elements.floating;
          const width = `${rects.reference.width}px`;
          const maxHeight = `${Math.max(POPUP_MIN_HEIGHT, Math.min(availableHeight, POPUP_MAX_HEIGHT))}px`;
          if (style.width !== width) style.width = width;
          if (style.maxHeight !== maxHeight) style.maxHeight = maxHeight;
        },
      }),
    ],
    whileElementsMounted: autoUpdate,
  });

  const changeText = (next: string) => {
    setTyped(next);
    onInputChange?.(next);
  };
  const close = () => {
    setOpen(false);
    setActiveValue(null);
    setAnnouncement('');
  };
  const moveTo = (position: number | null) => {
    scrollToActive.current = true;
    setActiveValue(position === null ? null : source[positions[position]!]!.value);
  };
  const isDisabledAt = (position: number) => source[positions[position]!]?.disabled === true;
  const addValue = (item: string, label: string) => {
    chosenLabels.current.set(item, label);
    if (!selected.includes(item)) setSelected([...selected, item]);
    setAnnouncement(t('combobox.added', { label }));
  };
  const removeValue = (item: string) => {
    setSelected(selected.filter((other) => other !== item));
    setAnnouncement(t('combobox.removed', { label: labelOf(item) }));
  };

  const choose = (option: ComboboxOption) => {
    if (option.disabled) return;
    chosenLabels.current.set(option.value, option.label);
    if (!multiple) {
      if (selected[0] !== option.value) setSelected([option.value]);
      setDirty(false);
      onInputChange?.(option.label);
      close();
      return;
    }
    if (selected.includes(option.value)) removeValue(option.value);
    else addValue(option.value, option.label);
    if (typed !== '') changeText('');
    setActiveValue(option.value);
  };

  /** Enter without an active option, and leaving the field: an exactly typed label, custom text, or nothing. */
  const commitText = () => {
    const trimmed = typed.trim();
    const match = exactMatch(source, trimmed, locale);
    if (multiple) {
      if (match) addValue(match.value, match.label);
      else if (allowsCustomValue && trimmed !== '') addValue(trimmed, trimmed);
      if (typed !== '') changeText('');
      return;
    }
    if (!dirty) return;
    const next = match ? match.value : trimmed === '' ? null : allowsCustomValue ? trimmed : (selected[0] ?? null);
    if (match) chosenLabels.current.set(match.value, match.label);
    if (next !== (selected[0] ?? null)) setSelected(next === null ? [] : [next]);
    setDirty(false);
  };

  const openWith = (position: number | null) => {
    if (disabled) return;
    setOpen(true);
    moveTo(position);
  };
  /** Where Down / Up start when they open the list: the chosen option if it is shown, else the first / last. */
  const startPosition = (delta: 1 | -1) => {
    const chosen = positions.findIndex((index) => selected.includes(source[index]!.value));
    return chosen !== -1 && !isDisabledAt(chosen) ? chosen : nextPosition(null, delta, positions.length, isDisabledAt);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const key = event.key;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && !event.altKey) {
      event.preventDefault();
      const delta = key === 'ArrowDown' ? 1 : -1;
      if (!open) openWith(startPosition(delta));
      else moveTo(nextPosition(active, delta, positions.length, isDisabledAt));
    } else if (key === 'ArrowDown') {
      event.preventDefault();
      if (!open && !disabled) setOpen(true);
    } else if ((key === 'ArrowUp' || key === 'Enter') && open) {
      // Alt+Up and Enter accept the active option; without one, Enter takes the typed text (or closes)
      event.preventDefault();
      const option = active === null ? undefined : source[positions[active]!];
      if (option && (key === 'Enter' || !multiple)) choose(option);
      else if (key === 'Enter') commitText();
      if (key === 'ArrowUp' || !multiple || !option) close();
    } else if ((key === 'PageDown' || key === 'PageUp') && open) {
      event.preventDefault();
      moveTo(nextPosition(active, key === 'PageDown' ? PAGE_SIZE : -PAGE_SIZE, positions.length, isDisabledAt));
    } else if (key === 'Escape') {
      if (open) {
        close();
      } else if (text !== '' || (!multiple && selected.length > 0)) {
        // a second Escape clears (APG); an already empty field lets Escape through, so a dialog around it closes
        if (!multiple && selected.length > 0) setSelected([]);
        setDirty(false);
        changeText('');
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    } else if (key === 'Enter' && !multiple && allowsCustomValue) {
      commitText();
    } else if (key === 'Home' || key === 'End' || key === 'ArrowLeft' || key === 'ArrowRight') {
      // editing keys stay the input's; visual focus returns from the list to the text (APG)
      setActiveValue(null);
    } else if (key === 'Backspace' && multiple && typed === '' && selected.length > 0) {
      removeValue(selected[selected.length - 1]!);
    } else if (key === 'Tab' && open) {
      close();
    }
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    changeText(event.target.value);
    setDirty(true);
    setActiveValue(null);
    if (!disabled) setOpen(true);
    if (listRef.current) listRef.current.scrollTop = 0;
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    close();
    commitText();
  };
  const toggle = () => {
    if (open) {
      close();
      return;
    }
    inputRef.current?.focus();
    openWith(null);
  };

  return (
    <Field {...fieldProps}>
      {multiple && selected.length > 0 && (
        <ComboboxSelectedList aria-label={t('combobox.selectedList')}>
          {selected.map((item) => (
            <li key={item}>
              <Tag
                disabled={disabled}
                onRemove={() => {
                  removeValue(item);
                  inputRef.current?.focus();
                }}
              >
                {labelOf(item)}
              </Tag>
            </li>
          ))}
        </ComboboxSelectedList>
      )}
      <ComboboxBox
        ref={refs.setReference}
        data-width={width}
        data-invalid={inputProps['aria-invalid'] ? '' : undefined}
        data-disabled={disabled ? '' : undefined}
      >
        <ComboboxInput
          autoComplete="off"
          {...inputProps}
          ref={mergedRef}
          type="text"
          role="combobox"
          required={multiple ? undefined : required}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded ? activeId : undefined}
          aria-describedby={joinIds(describedBy, multiple && selected.length > 0 && countId)}
          disabled={disabled}
          value={text}
          onChange={handleChange}
          onKeyDown={handleKeyDown}
          onBlur={handleBlur}
        />
        <IconButton
          icon="chevron-down"
          size="s"
          label={t('combobox.showOptions')}
          tabIndex={-1}
          aria-expanded={expanded}
          aria-controls={listboxId}
          disabled={disabled}
          onMouseDown={keepFocus}
          onClick={toggle}
        />
      </ComboboxBox>
      {multiple && selected.length > 0 && (
        <VisuallyHiddenText id={countId}>{t('combobox.selectedCount', { count: selected.length })}</VisuallyHiddenText>
      )}
      <ComboboxPopup
        popupRef={popupVisible ? refs.setFloating : undefined}
        listRef={listRef}
        visible={popupVisible}
        style={floatingStyles}
        listboxId={listboxId}
        labelId={ids.labelId}
        multiple={multiple}
        options={source}
        positions={positions}
        active={active}
        isSelected={(item) => selected.includes(item)}
        optionId={(index) => `${ids.id}-option-${index}`}
        status={statusText}
        statusIsError={status === 'error'}
        busy={status === 'loading'}
        onChoose={(option) => {
          choose(option);
          inputRef.current?.focus();
        }}
        onHover={(position) => setActiveValue(source[positions[position]!]!.value)}
      />
      <VisuallyHiddenText aria-live="polite">{announcement}</VisuallyHiddenText>
      {name !== undefined &&
        (multiple ? (
          selected.map((item) => <input key={item} type="hidden" name={name} value={item} disabled={disabled} />)
        ) : (
          <input type="hidden" name={name} value={selected[0] ?? ''} disabled={disabled} />
        ))}
    </Field>
  );
});
