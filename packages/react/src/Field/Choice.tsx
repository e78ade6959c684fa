import { forwardRef, type CSSProperties, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError, FieldHint, FieldLabel } from './Field';
import { ChoiceRow } from './Field.styles';
import { hasContent, joinIds, useFieldIds } from './hooks';

export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children'> {
  type: 'checkbox' | 'radio';
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  rootClassName?: string;
  rootStyle?: CSSProperties;
  /** Native `required` without the visible marker (radios in a group: the legend carries it). */
  hideRequiredText?: boolean;
}

/** A native checkbox or radio with its label, hint and error beside it; shared by Checkbox and RadioGroup. */
export const Choice = forwardRef<HTMLInputElement, ChoiceProps>(function Choice(
  { type, label, hint, error, id, required, rootClassName, rootStyle, hideRequiredText, 'aria-describedby': describedBy, ...inputProps },
  ref,
) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <ChoiceRow className={rootClassName} style={rootStyle}>
      <input
        {...inputProps}
        ref={ref}
        type={type}
        id={ids.id}
        required={required}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={joinIds(hasContent(hint) && ids.hintId, invalid && ids.errorId, describedBy)}
      />
      <FieldLabel htmlFor={ids.id} id={ids.labelId} required={required && !hideRequiredText} kind="choice">
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </ChoiceRow>
  );
});
