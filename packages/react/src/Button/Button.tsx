import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { jsx } from 'react/jsx-runtime';
import { oneOf, requireText } from '../internal';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { useStaticClass } from '../internal/static-styled';
import { withRef } from '../internal/with-ref';
import { claimedProps, passThrough } from '../internal/pass-through';
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

const ignoreActivation = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();

const ownProps = claimedProps<keyof ButtonOwnProps | keyof ButtonLoadingProps | 'onClick' | 'className'>({
  variant: true,
  size: true,
  type: true,
  iconStart: true,
  iconEnd: true,
  fullWidth: true,
  loading: true,
  loadingText: true,
  children: true,
  onClick: true,
  className: true,
});

/**
 * The action button of Polku. Renders a native `<button>`; all other button attributes pass through.
 * It renders the element itself with the static class of `StyledButton` (one component layer, ADR 0008), and the
 * element gets only the attributes that apply: `data-variant` / `data-size` only when they differ from the defaults
 * (`primary`, `m`) the base rules style.
 */
export const Button = withRef<HTMLButtonElement, ButtonProps>(function Button(props, ref) {
  const { variant, size, type = 'button', iconStart, iconEnd, fullWidth, loading = false, loadingText, children, onClick, className } =
    props;
  const buttonClass = useStaticClass(StyledButton);
  const resolvedVariant = oneOf('Button', 'variant', variant, buttonVariants, 'primary');
  const resolvedSize = oneOf('Button', 'size', size, buttonSizes, 'm');
  if (loading) requireText('Button', 'loadingText', loadingText);

  const content = loading ? (
    <>
      <ButtonSpinner aria-hidden="true" />
      <span aria-hidden="true">{children}</span>
      <VisuallyHiddenText>{loadingText}</VisuallyHiddenText>
      {iconEnd && <ButtonIcon aria-hidden="true">{iconEnd}</ButtonIcon>}
    </>
  ) : iconStart || iconEnd ? (
    <>
      {iconStart && <ButtonIcon aria-hidden="true">{iconStart}</ButtonIcon>}
      {children}
      {iconEnd && <ButtonIcon aria-hidden="true">{iconEnd}</ButtonIcon>}
    </>
  ) : (
    // a label alone stays a single child: no array for React to walk (server rendering of 1,000 Buttons)
    children
  );
  const attributes = passThrough(props, ownProps, {
    type,
    className: className ? `${buttonClass} ${className}` : buttonClass,
    children: content,
  });
  if (ref) attributes.ref = ref;
  if (resolvedVariant !== 'primary') attributes['data-variant'] = resolvedVariant;
  if (resolvedSize !== 'm') attributes['data-size'] = resolvedSize;
  if (fullWidth) attributes['data-full-width'] = '';
  if (loading) {
    attributes['data-loading'] = '';
    attributes['aria-disabled'] = true;
    attributes.onClick = ignoreActivation;
  } else if (onClick) attributes.onClick = onClick;
  // `jsx` rather than `<button {...attributes}>`, which would copy the object once more
  return jsx('button', attributes);
});
