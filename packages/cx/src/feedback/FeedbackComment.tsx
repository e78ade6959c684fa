import { forwardRef } from 'react';
import { TextArea, useMessages } from '@polku/react';
import { feedbackMessages } from './messages';

export interface FeedbackCommentProps {
  /** The field's label. */
  label: string;
  /** Maximum length; a counter shows what is left. */
  limit: number;
  /** Whether personal data is redacted before sending (the hint says so). */
  redact: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** The free-text follow-up of the feedback patterns: a TextArea with the personal-data hint and a character counter. */
export const FeedbackComment = forwardRef<HTMLTextAreaElement, FeedbackCommentProps>(function FeedbackComment(
  { label, limit, redact, value, onChange },
  ref,
) {
  const t = useMessages(feedbackMessages);
  return (
    <TextArea
      ref={ref}
      label={label}
      hint={`${t('feedback.comment.hint')}${redact ? ` ${t('feedback.comment.redacted')}` : ''}`}
      characterLimit={limit}
      maxLength={limit}
      rows={3}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
});
