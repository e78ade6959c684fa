import { Icon } from '../Icon';
import { useMessages } from '../PolkuProvider/context';
import { VisuallyHidden } from '../VisuallyHidden';
import { alertMessages } from './Alert.messages';

export const feedbackTones = ['info', 'success', 'warning', 'error'] as const;
export type FeedbackTone = (typeof feedbackTones)[number];

/** The decorative tone icon; shared by Alert and Toast. */
export function ToneIcon({ tone }: { tone: FeedbackTone }) {
  return <Icon name={tone} size="m" />;
}

/** The visually hidden tone prefix ("Error:") read before the message, so colour is not the only cue. */
export function TonePrefix({ tone }: { tone: FeedbackTone }) {
  const t = useMessages(alertMessages);
  return <VisuallyHidden>{`${t(`alert.tone.${tone}`)} `}</VisuallyHidden>;
}
