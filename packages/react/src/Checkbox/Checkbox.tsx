import { forwardRef, useEffect, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { requireText } from '../internal/dev';
import { Choice } from '../Field/Choice';
import { useMergedRef } from '../Field/hooks';

interface CheckboxOwnProps {
  /** Visible label beside the box; required, it is the accessible name. */
  label: ReactNode;
  /** Help text under the label, linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Error message; sets `aria-invalid` and is linked after the hint. */
  error?: ReactNode;
  /** Mixed state ("some selected"); shown and announced as mixed until the user toggles it. */
  indeterminate?: boolean;
  /** Native `required`; adds the visible "(required)" text. */
  required?: boolean;
  /** Controlled checked state (use with `onChange`). */
  checked?: boolean;
  /** Initial checked state when uncontrolled. */
  defaultChecked?: boolean;
}

export type CheckboxProps = CheckboxOwnProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof CheckboxOwnProps | 'type' | 'children'>;

/**
 * A native checkbox with label, hint and error. The label row keeps a 24 px target. `className` and `style` go to
 * the row; other attributes (name, value, onChange, data-*, aria-*) go to the `<input>`, which receives the ref.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { indeterminate = false, className, style, ...props },
  ref,
) {
  requireText('Checkbox', 'label', props.label);
  const own = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRef(ref, own);
  useEffect(() => {
    if (own.current) own.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <Choice {...props} ref={mergedRef} type="checkbox" rootClassName={className} rootStyle={style} />;
});
