import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { useMessages } from '../PolkuProvider/context';
import { alertMessages } from './Alert.messages';
import { FeedbackBody, FeedbackClose, FeedbackTitle, StyledAlert } from './Alert.styles';
import { feedbackTones, ToneIcon, TonePrefix, type FeedbackTone } from './ToneMarker';

export const alertTones = feedbackTones;
export type AlertTone = FeedbackTone;

export interface AlertOwnProps {
  /** Meaning of the message: `info` (default), `success`, `warning` or `error`. Shown by colour, icon and a hidden prefix. */
  tone?: AlertTone;
  /**
   * Set when the alert appears dynamically (after an action) and must be announced: errors get `role="alert"`
   * (assertive), other tones `role="status"` (polite). Leave unset for content present when the page loads.
   */
  live?: boolean;
  /** Optional short title shown in bold above the message. */
  title?: ReactNode;
  /**
   * Shows a close button; called when it is pressed. Remove the alert in response and move focus to a sensible
   * place (the alert itself disappears, so focus would otherwise be lost).
   */
  onDismiss?: () => void;
  /** The message. */
  children: ReactNode;
}

export type AlertProps = AlertOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof AlertOwnProps>;

/** An inline message about the page or a task. Colour is never the only cue: icon and a hidden tone prefix go with it. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(props, ref) {
  const { tone, live = false, title, onDismiss, children, ...rest } = props;
  const resolvedTone = oneOf('Alert', 'tone', tone, alertTones, 'info');
  const t = useMessages(alertMessages);
  let role: 'alert' | 'status' | undefined;
  if (live) role = resolvedTone === 'error' ? 'alert' : 'status';

  return (
    <StyledAlert role={role} {...rest} ref={ref} data-tone={resolvedTone}>
      <ToneIcon tone={resolvedTone} />
      <FeedbackBody>
        {title ? (
          <FeedbackTitle>
            <TonePrefix tone={resolvedTone} />
            {title}
          </FeedbackTitle>
        ) : (
          <TonePrefix tone={resolvedTone} />
        )}
        {children}
      </FeedbackBody>
      {onDismiss && <FeedbackClose icon="close" label={t('alert.dismiss')} size="s" onClick={onDismiss} />}
    </StyledAlert>
  );
});
