import { forwardRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { requireText } from '../internal/dev';
import { useMessages } from '../PolkuProvider/context';
import { Field } from '../Field/Field';
import { hasContent, joinIds, useControllableState, useFieldIds } from '../Field/hooks';
import { switchMessages } from './Switch.messages';
import { SwitchButton, SwitchStateText, SwitchTrack } from './Switch.styles';

interface SwitchOwnProps {
  /** Visible label; required, it is the accessible name. The state ("On"/"Off") is never part of the name. */
  label: ReactNode;
  /** Help text, linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Error message, linked after the hint. */
  error?: ReactNode;
  /** Controlled state (use with `onCheckedChange`). */
  checked?: boolean;
  /** Initial state when uncontrolled. */
  defaultChecked?: boolean;
  /** Called with the new state when the user toggles the switch. */
  onCheckedChange?: (checked: boolean) => void;
  /** With a name, a hidden input submits `value` while the switch is on. */
  name?: string;
  /** Submitted value while on. Default `on`. */
  value?: string;
  /** Id of the switch button (for error summary links). */
  id?: string;
}

export type SwitchProps = SwitchOwnProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, keyof SwitchOwnProps | 'children' | 'type' | 'role'>;

/**
 * An on/off setting that takes effect at once: `<button role="switch" aria-checked>`. Space and Enter toggle it;
 * the visible "On"/"Off" text shows the state without relying on colour. `className` and `style` go to the field
 * wrapper; other attributes go to the button, which receives the ref.
 */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(props, ref) {
  const {
    label,
    hint,
    error,
    checked,
    defaultChecked = false,
    onCheckedChange,
    name,
    value = 'on',
    id,
    className,
    style,
    onClick,
    'aria-describedby': describedBy,
    ...buttonProps
  } = props;
  requireText('Switch', 'label', label);
  const t = useMessages(switchMessages);
  const ids = useFieldIds(id);
  const [on, setOn] = useControllableState(checked, defaultChecked, onCheckedChange);
  const invalid = hasContent(error);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) setOn(!on);
  };
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className} style={style}>
      <SwitchButton
        {...buttonProps}
        ref={ref}
        id={ids.id}
        type="button"
        role="switch"
        aria-checked={on}
        aria-labelledby={ids.labelId}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={joinIds(hasContent(hint) && ids.hintId, invalid && ids.errorId, describedBy)}
        onClick={handleClick}
      >
        <SwitchTrack aria-hidden="true" />
        <SwitchStateText aria-hidden="true">{on ? t('switch.on') : t('switch.off')}</SwitchStateText>
      </SwitchButton>
      {name !== undefined && on && <input type="hidden" name={name} value={value} />}
    </Field>
  );
});
