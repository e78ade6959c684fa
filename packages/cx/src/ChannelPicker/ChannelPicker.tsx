import { forwardRef, useId, useState, type FieldsetHTMLAttributes, type FormEvent } from 'react';
import { Box, Button, Icon, Link, Text, VisuallyHidden, useEmitEvent, useLocale, useMessages } from '@polku/react';
import { oneOf, requireText, warnProp } from '@polku/react/internal';
import { spellCaseReference } from '../hooks/case-reference';
import { contextUrl, mailtoHref, telHref, type HandoffEnvelope, type HandoffLabels } from '../hooks/handoff';
import { serviceChannels, type ServiceChannel } from '../hooks/journey';
import type { ChannelChosenEvent } from '../hooks/events';
import { formatDuration } from '../hooks/format';
import { isReachable, validSelection, validWait } from './channelOptions';
import { channelMessages } from './ChannelPicker.messages';
import { Actions, ErrorText, Option, OptionList, OptionTitle, RadioLabel, ReferenceCode, StyledPicker } from './ChannelPicker.styles';

export interface ChannelOption {
  /** Which channel; decides the icon, the default name and how the envelope travels. */
  channel: ServiceChannel;
  /** Overrides the default channel name ("Chat with an adviser"). */
  label?: string;
  /** Whether the customer can use it right now. Unavailable options stay listed, with their opening hours. */
  available: boolean;
  /** Opening hours in words, e.g. "Mon–Fri 8–18". */
  openingHours?: string;
  /** Estimated wait in minutes; 0 means no queue. */
  waitMinutes?: number;
  /** Cost in words, e.g. "Free" or "Local call rate". */
  cost?: string;
  /** Phone number for `phone` (becomes a `tel:` link). */
  phoneNumber?: string;
  /** Address for `email` (becomes a `mailto:` link with the reference in the subject and the summary in the body). */
  emailAddress?: string;
  /** URL for chat, video, call-back, branch booking or web: the envelope is added as query parameters. */
  href?: string;
}

export interface ChannelPickerOwnProps {
  /** The question, e.g. "How would you like to continue?" — the group's accessible name. */
  label: string;
  /** Channels in a consistent order (keep the same order on every page: WCAG 3.2.6). */
  options: readonly ChannelOption[];
  /** What the customer has already told us; travels into links and `onSelect`. */
  envelope: HandoffEnvelope;
  /** `links`: each available channel is a link that carries the envelope. `radio`: choose, then Continue. */
  mode?: 'links' | 'radio';
  /** Selected channel (radio mode, controlled). */
  value?: ServiceChannel | null;
  /** Initially selected channel (radio mode, uncontrolled). */
  defaultValue?: ServiceChannel;
  /** Selection changed (radio mode). */
  onValueChange?: (channel: ServiceChannel) => void;
  /** The customer chose a channel: a link was followed, or Continue was pressed. */
  onSelect?: (channel: ServiceChannel, envelope: HandoffEnvelope) => void;
}

export type ChannelPickerProps = ChannelPickerOwnProps &
  Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, keyof ChannelPickerOwnProps | 'children' | 'onSelect'>;

const modes = ['links', 'radio'] as const;

/** Lets the customer choose how to continue — without repeating themselves: the case reference goes along. */
export const ChannelPicker = forwardRef<HTMLFieldSetElement, ChannelPickerProps>(function ChannelPicker(props, ref) {
  const { label, options, envelope, mode, value, defaultValue, onValueChange, onSelect, ...rest } = props;
  requireText('ChannelPicker', 'label', label);
  const resolvedMode = oneOf('ChannelPicker', 'mode', mode, modes, 'links');
  const hasReference = Boolean(envelope.reference?.trim());
  if (!hasReference) {
    warnProp('ChannelPicker', 'envelope.reference', envelope.reference, 'must be a case reference the customer can read out', 'no reference is shown');
  }
  const t = useMessages(channelMessages);
  const locale = useLocale();
  const emit = useEmitEvent();
  const name = useId();
  const errorId = useId();
  const labels: HandoffLabels = {
    reference: t('channel.handoff.reference'),
    step: t('channel.handoff.step'),
    summary: t('channel.handoff.summary'),
  };
  const resolved = options.map((option) => {
    const channel = oneOf('ChannelPicker', 'options[].channel', option.channel, serviceChannels, 'web');
    return { option, channel, available: isReachable(option, channel, resolvedMode), waitMinutes: validWait(option.waitMinutes) };
  });
  const listed = resolved.map((item) => item.channel);
  const usable = resolved.filter((item) => item.available).map((item) => item.channel);
  const [inner, setInner] = useState<ServiceChannel | null>(() => validSelection('defaultValue', defaultValue, usable, listed));
  const selected = value !== undefined ? validSelection('value', value, usable, listed) : inner;
  const [showError, setShowError] = useState(false);

  const choose = (channel: ServiceChannel) => {
    const event: Omit<ChannelChosenEvent, 'at'> = {
      type: 'channel.chosen',
      chosen: channel,
      reference: envelope.reference,
      envelope,
      journeyStep: envelope.journeyStep,
      touchpoint: envelope.touchpoint,
      channel,
    };
    emit(event);
    onSelect?.(channel, envelope);
  };

  const hrefFor = (option: ChannelOption): string | undefined => {
    if (option.channel === 'phone' && option.phoneNumber) return telHref(option.phoneNumber);
    if (option.channel === 'email' && option.emailAddress) return mailtoHref(option.emailAddress, envelope, labels);
    return option.href ? contextUrl(option.href, envelope) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) {
      setShowError(true);
      return;
    }
    setShowError(false);
    choose(selected);
  };

  const items = resolved.map(({ option, channel, available, waitMinutes }) => {
    const title = option.label ?? t(`channel.name.${channel}`);
    const href = hrefFor(option);
    const heading = (
      <OptionTitle forwardedAs="span" gap={2}>
        <Icon name={channel} size="m" />
        {title}
      </OptionTitle>
    );
    const details = (
      <>
        <Text variant="small">{available ? t('channel.available') : t('channel.unavailable')}</Text>
        {option.openingHours && <Text variant="small">{t('channel.hours', { hours: option.openingHours })}</Text>}
        {available && waitMinutes !== undefined && (
          <Text variant="small">
            {waitMinutes === 0
              ? t('channel.noWait')
              : t('channel.wait', { duration: formatDuration(locale, waitMinutes * 60_000, 'long') })}
          </Text>
        )}
        {option.cost && <Text variant="small">{t('channel.cost', { cost: option.cost })}</Text>}
      </>
    );
    return (
      <Option key={channel + title} forwardedAs="li" padding={4} data-available={String(available)} data-channel={channel}>
        {resolvedMode === 'radio' ? (
          <RadioLabel>
            <input
              type="radio"
              name={name}
              value={channel}
              disabled={!available}
              checked={selected === channel}
              onChange={() => {
                setInner(channel);
                setShowError(false);
                onValueChange?.(channel);
              }}
            />
            {heading}
          </RadioLabel>
        ) : (
          heading
        )}
        {details}
        {resolvedMode === 'links' && available && href && (
          <Link href={href} standalone onClick={() => choose(channel)}>
            {t(`channel.action.${channel}`, { number: option.phoneNumber ?? '' })}
          </Link>
        )}
      </Option>
    );
  });

  const body = (
    <>
      <legend>{label}</legend>
      {hasReference && (
        <Box background="subtle" border="default" radius="m" paddingBlock={3} paddingInline={4} data-reference-box="">
          <Text>{t('channel.reference')}</Text>
          <Text>
            <ReferenceCode aria-hidden="true">{envelope.reference}</ReferenceCode>
            <VisuallyHidden>{spellCaseReference(envelope.reference)}</VisuallyHidden>
          </Text>
          <Text variant="muted">{t('channel.referenceHint')}</Text>
        </Box>
      )}
      <OptionList>{items}</OptionList>
    </>
  );

  if (resolvedMode === 'links') {
    return (
      <StyledPicker {...rest} ref={ref} data-mode="links">
        {body}
      </StyledPicker>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <StyledPicker {...rest} ref={ref} data-mode="radio" aria-describedby={showError ? errorId : rest['aria-describedby']}>
        {body}
        {showError && (
          <ErrorText forwardedAs="p" gap={2} id={errorId} role="alert">
            <Icon name="error" size="s" />
            {t('channel.chooseFirst')}
          </ErrorText>
        )}
        <Actions>
          <Button type="submit">{t('channel.continue')}</Button>
        </Actions>
      </StyledPicker>
    </form>
  );
});
