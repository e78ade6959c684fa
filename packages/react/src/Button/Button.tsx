import { forwardRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { oneOf, requireText } from '../internal';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { ButtonIcon, ButtonSpinner, StyledButton } from './Button.styles';

export const buttonVariants = ['primary', 'secondary', 'tertiary', 'danger'] as const;
export const buttonSizes = ['s', 'm', 'l'] as const;
export type ButtonVariant = (typeof buttonVariants)[number];
export type ButtonSize = (typeof buttonSizes)[number];

interface ButtonOwnProps {
  /** Visual emphasis. `primary` for the one main action of a view, `danger` for destructive actions. */
  variant?: ButtonVariant;
  /** Control height: `s` 32 px, `m` 40 px, `l` 48 px. Every size keeps at least a 24 px target. */
  size?: ButtonSize;
  /** Native button type. Defaults to `button`, so a Button inside a form never submits by accident. */
  type?: 'button' | 'submit' | 'reset';
  /** Icon before the label; decorative, hidden from assistive technology. */
  iconStart?: ReactNode;
  /** Icon after the label; decorative, hidden from assistive technology. */
  iconEnd?: ReactNode;
  /** Stretch to the width of the container. */
  fullWidth?: boolean;
  /** The visible label. */
  children: ReactNode;
}

/** While `loading`, `loadingText` is required: it replaces the accessible name ("Sending…"). */
type ButtonLoadingProps =
  | {
      /** Shows a spinner; the button stays focusable but ignores activation. */
      loading?: false;
      /** Accessible name while loading. */
      loadingText?: string;
    }
  | { loading: true; loadingText: string };

export type ButtonProps = ButtonOwnProps &
  ButtonLoadingProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, keyof ButtonOwnProps | 'loading'>;

/** The action button of Polku. Renders a native `<button>`; all other button attributes pass through. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(props, ref) {
  const {
    variant,
    size,
    type = 'button',
    iconStart,
    iconEnd,
    fullWidth,
    loading = false,
    loadingText,
    children,
    onClick,
    disabled,
    ...rest
  } = props;
  const resolvedVariant = oneOf('Button', 'variant', variant, buttonVariants, 'primary');
  const resolvedSize = oneOf('Button', 'size', size, buttonSizes, 'm');
  if (loading) requireText('Button', 'loadingText', loadingText);

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <StyledButton
      {...rest}
      ref={ref}
      type={type}
      data-variant={resolvedVariant}
      data-size={resolvedSize}
      data-full-width={fullWidth ? '' : undefined}
      data-loading={loading ? '' : undefined}
      aria-disabled={loading ? true : rest['aria-disabled']}
      disabled={disabled}
      onClick={handleClick}
    >
      {loading ? <ButtonSpinner aria-hidden="true" /> : iconStart && <ButtonIcon aria-hidden="true">{iconStart}</ButtonIcon>}
      {loading ? (
        <>
          <span aria-hidden="true">{children}</span>
          <VisuallyHiddenText>{loadingText}</VisuallyHiddenText>
        </>
      ) : (
        children
      )}
      {iconEnd && <ButtonIcon aria-hidden="true">{iconEnd}</ButtonIcon>}
    </StyledButton>
  );
});
