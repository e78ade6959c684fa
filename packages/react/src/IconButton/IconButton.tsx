import { forwardRef, isValidElement, type ButtonHTMLAttributes, type ReactElement } from 'react';
import { buttonSizes, buttonVariants, type ButtonSize, type ButtonVariant } from '../Button/Button';
import { Icon, type IconName, type IconSize } from '../Icon';
import { oneOf, requireText } from '../internal';
import { IconSlot, StyledIconButton } from './IconButton.styles';

export interface IconButtonOwnProps {
  /**
   * Required accessible name, given as `aria-label`: say what the button does ("Close", "Remove attachment"),
   * not what the icon shows ("Cross").
   */
  label: string;
  /** The icon: a name from the Polku set, or your own SVG element (it is hidden from assistive technology). */
  icon: IconName | ReactElement;
  /** Visual emphasis, as in Button. Default `tertiary`, the quiet style most icon buttons want. */
  variant?: ButtonVariant;
  /** Square size: `s` 32 px, `m` 40 px, `l` 48 px. */
  size?: ButtonSize;
  /** Native button type. Defaults to `button`, so an IconButton inside a form never submits by accident. */
  type?: 'button' | 'submit' | 'reset';
}

export type IconButtonProps = IconButtonOwnProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, keyof IconButtonOwnProps | 'children' | 'aria-label'>;

const iconSizeFor: Record<ButtonSize, IconSize> = { s: 's', m: 'm', l: 'l' };

/** A button that shows only an icon; its `label` is the accessible name (no tooltip is needed or added). */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(props, ref) {
  const { label, icon, variant, size, type = 'button', ...rest } = props;
  const resolvedVariant = oneOf('IconButton', 'variant', variant, buttonVariants, 'tertiary');
  const resolvedSize = oneOf('IconButton', 'size', size, buttonSizes, 'm');
  requireText('IconButton', 'label', label);

  return (
    <StyledIconButton
      {...rest}
      ref={ref}
      type={type}
      aria-label={label}
      data-variant={resolvedVariant}
      data-size={resolvedSize}
    >
      {isValidElement(icon) ? (
        <IconSlot aria-hidden="true">{icon}</IconSlot>
      ) : (
        <Icon name={icon as IconName} size={iconSizeFor[resolvedSize]} />
      )}
    </StyledIconButton>
  );
});
