import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../Icon';
import { oneOf, requireText } from '../internal';
import { StyledBadge } from './Badge.styles';

export const badgeTones = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type BadgeTone = (typeof badgeTones)[number];

export interface BadgeOwnProps {
  /** Status colour: `neutral` (default), `info`, `success`, `warning`, `error`. The text must say the status too. */
  tone?: BadgeTone;
  /** Show the tone's icon before the text (decorative; not shown for `neutral`). */
  icon?: boolean;
  /** Required visible text ("Sent", "Action needed"): colour and icon are never the only cue. */
  children: ReactNode;
}

export type BadgeProps = BadgeOwnProps & Omit<HTMLAttributes<HTMLSpanElement>, keyof BadgeOwnProps>;

/** A short, non-interactive status label. For messages use Alert; for removable filters use Tag. */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { tone, icon = false, children, ...rest },
  ref,
) {
  const resolvedTone = oneOf('Badge', 'tone', tone, badgeTones, 'neutral');
  requireText('Badge', 'children', children);
  return (
    <StyledBadge {...rest} ref={ref} data-tone={resolvedTone}>
      {icon && resolvedTone !== 'neutral' && <Icon name={resolvedTone} size="s" />}
      {children}
    </StyledBadge>
  );
});
