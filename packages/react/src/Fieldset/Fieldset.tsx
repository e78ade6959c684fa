import { forwardRef, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { requireText } from '../internal/dev';
import { FieldError, FieldHint, FieldLabel } from '../Field/Field';
import { hasContent, joinIds, useFieldIds } from '../Field/hooks';
import { FieldsetRoot } from './Fieldset.styles';

export interface FieldsetProps extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'children'> {
  /** The group's question or title, rendered as `<legend>`; required, it names the group. */
  legend: ReactNode;
  /** Help text for the whole group, linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Error for the whole group, linked after the hint; adds an error bar at the start edge. */
  error?: ReactNode;
  /** Adds the visible "(required)" text to the legend. */
  required?: boolean;
  /** The grouped controls. */
  children?: ReactNode;
}

/** Groups related controls under a legend, with hint and error for the group. Other attributes go to `<fieldset>`. */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  { legend, hint, error, required, children, id, 'aria-describedby': describedBy, ...rest },
  ref,
) {
  requireText('Fieldset', 'legend', legend);
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <FieldsetRoot
      {...rest}
      ref={ref}
      id={id}
      data-invalid={invalid ? '' : undefined}
      aria-describedby={joinIds(hasContent(hint) && ids.hintId, invalid && ids.errorId, describedBy)}
    >
      <FieldLabel kind="legend" id={ids.labelId} required={required}>
        {legend}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
      {children}
    </FieldsetRoot>
  );
});
