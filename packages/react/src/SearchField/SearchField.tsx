import { useRef, type ChangeEvent, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { Button } from '../Button';
import { Field } from '../Field/Field';
import { useControllableState, useMergedRef } from '../Field/hooks';
import { useLabelledField, type LabelledControlProps } from '../Field/textEntry';
import { Icon } from '../Icon';
import { IconButton } from '../IconButton';
import { withRef } from '../internal/with-ref';
import { useMessages } from '../PolkuProvider/context';
import { searchFieldMessages } from './SearchField.messages';
import { SearchFieldBox, SearchFieldInput, SearchFieldRow } from './SearchField.styles';

export interface SearchFieldOwnProps extends LabelledControlProps {
  /** Controlled search text. */
  value?: string;
  /** Initial text when uncontrolled. */
  defaultValue?: string;
  /** Called with the new text on typing and with `''` when the field is cleared (button or Escape). */
  onChange?: (value: string) => void;
  /**
   * Called with the text on Enter and on the search button. When left out, Enter and the button submit the
   * surrounding form natively (a `<form role="search" action="/haku">` works without JavaScript handlers).
   */
  onSubmit?: (value: string) => void;
  /** Called after the clear button or Escape emptied the field. */
  onClear?: () => void;
  /** Shows a visible "Search" button after the field. Default `true`; without it only Enter submits. */
  searchButton?: boolean;
}

export type SearchFieldProps = SearchFieldOwnProps &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    keyof SearchFieldOwnProps | 'children' | 'type' | 'onSubmit' | 'prefix'
  >;

/**
 * A labelled search input with a clear button (shown when there is text), Escape to clear and a search button.
 * `className` and `style` go to the field wrapper; other attributes and the ref go to the native `<input>`.
 */
export const SearchField = withRef<HTMLInputElement, SearchFieldProps>(function SearchField(props, ref) {
  const { value, defaultValue = '', onChange, onSubmit, onClear, searchButton = true, onKeyDown, disabled, ...others } = props;
  const t = useMessages(searchFieldMessages);
  const { fieldProps, controlProps } = useLabelledField('SearchField', others);
  const { 'data-width': width, ...inputProps } = controlProps;
  const [text, setText] = useControllableState(value, defaultValue, onChange);
  const inputRef = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRef(ref, inputRef);

  const clear = () => {
    setText('');
    onClear?.();
    inputRef.current?.focus();
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && text !== '') {
      // an empty field lets Escape through, so a dialog or menu around it can still close
      event.preventDefault();
      event.stopPropagation();
      clear();
    } else if (event.key === 'Enter' && onSubmit) {
      event.preventDefault();
      onSubmit(text);
    }
  };

  return (
    <Field {...fieldProps}>
      <SearchFieldRow data-width={width}>
        <SearchFieldBox data-invalid={inputProps['aria-invalid'] ? '' : undefined} data-disabled={disabled ? '' : undefined}>
          <Icon name="search" size="m" />
          <SearchFieldInput
            {...inputProps}
            ref={mergedRef}
            type="search"
            disabled={disabled}
            value={text}
            onChange={(event: ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
            onKeyDown={handleKeyDown}
          />
          {text !== '' && !disabled && <IconButton icon="close" size="s" label={t('searchField.clear')} onClick={clear} />}
        </SearchFieldBox>
        {searchButton && (
          <Button
            type={onSubmit ? 'button' : 'submit'}
            variant="secondary"
            disabled={disabled}
            onClick={onSubmit ? () => onSubmit(text) : undefined}
          >
            {t('searchField.submit')}
          </Button>
        )}
      </SearchFieldRow>
    </Field>
  );
});
