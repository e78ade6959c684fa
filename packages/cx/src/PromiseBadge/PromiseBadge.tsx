import { forwardRef, useEffect, useId, useRef, type HTMLAttributes } from 'react';
import {
  Badge,
  Icon,
  Inline,
  Text,
  VisuallyHidden,
  useEmitEvent,
  useLocale,
  useMessages,
  type BadgeTone,
  type IconName,
} from '@polku/react';
import { requireText, inRange, warnProp } from '@polku/react/internal';
import { checkPromiseTiming, validTimeZone } from '../hooks/promise-props';
import { resolveDeadline, type PromiseState, type PromiseTiming } from '../hooks/promise-state';
import { usePromiseClock, type PromiseClock } from '../hooks/usePromiseClock';
import { useAnnouncement } from '../hooks/useAnnouncement';
import { dateTimeFormat, formatDuration } from '../hooks/format';
import { wallClock } from '../hooks/business-hours';
import type { PromiseStateChangedEvent } from '../hooks/events';
import { promiseMessages } from './PromiseBadge.messages';
import { PromiseTimer, StyledPromise } from './PromiseBadge.styles';

const stateIcons: Record<PromiseState, IconName> = {
  active: 'clock',
  'at-risk': 'warning',
  kept: 'success',
  broken: 'error',
  paused: 'minus',
  waived: 'info',
};
/** The Badge tone of each state; the state's own icon and words go inside, so colour is never the only cue. */
const stateTones: Record<PromiseState, BadgeTone> = {
  active: 'info',
  'at-risk': 'warning',
  kept: 'success',
  broken: 'error',
  paused: 'neutral',
  waived: 'neutral',
};

export interface PromiseBadgeOwnProps extends PromiseTiming {
  /** Stable id of the promise, reported in `promise.state-changed` events (e.g. `served-in-15`). */
  promiseId: string;
  /** The promise in words, e.g. "Served within 15 minutes". Gives the badge its accessible name. */
  text: string;
  /** What the customer gets if the promise is broken, e.g. "€10". Shown as a condition, and as owed when broken. */
  compensation?: string;
  /** Never tick: show "by 14:32" and the state, for pages that must not move. */
  static?: boolean;
  /** Replaces the system clock (tests, stories). */
  clock?: PromiseClock;
  /** Milliseconds to add to the client clock to match server time. */
  serverTimeOffsetMs?: number;
  /** Time (epoch ms) for the server render and first client render; without it those show only the deadline. */
  initialNow?: number;
  /** IANA time zone for the deadline; default: the business hours' zone, else the runtime's. Set it for SSR. */
  timeZone?: string;
  /** Journey step, touchpoint and channel stamped on events. */
  journeyStep?: string;
  touchpoint?: string;
  channel?: string;
}

export type PromiseBadgeProps = PromiseBadgeOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof PromiseBadgeOwnProps | 'children'>;

/**
 * A concrete customer promise with its honest live state: on track (countdown), at risk, kept, broken (with the
 * compensation), paused or waived. The state is always text; changes are announced once, politely.
 */
export const PromiseBadge = forwardRef<HTMLDivElement, PromiseBadgeProps>(function PromiseBadge(props, ref) {
  const {
    promiseId,
    text,
    compensation,
    static: isStatic = false,
    clock,
    serverTimeOffsetMs,
    initialNow,
    timeZone,
    journeyStep,
    touchpoint,
    channel,
    deadline,
    start,
    durationMs,
    businessHours,
    atRiskMs,
    fulfilledAt,
    outcome,
    paused,
    ...rest
  } = props;
  requireText('PromiseBadge', 'text', text);
  const t = useMessages(promiseMessages);
  const locale = useLocale();
  const emit = useEmitEvent();
  const textId = useId();
  const [announcement, announce] = useAnnouncement();
  // Invalid timing warns and gives null (no state shown); see hooks/promise-props.ts.
  const timing = checkPromiseTiming('PromiseBadge', { deadline, start, durationMs, businessHours, atRiskMs, fulfilledAt, outcome, paused });
  const offsetMs = inRange('PromiseBadge', 'serverTimeOffsetMs', serverTimeOffsetMs, {}, 'using 0');
  const firstNow = inRange('PromiseBadge', 'initialNow', initialNow, {}, 'the first render shows only the deadline');
  const firstState = useRef<PromiseState | null>(null);
  const stateText = (value: PromiseState, pauseReason?: string) =>
    value === 'paused' && pauseReason === 'closed' ? t('promise.pausedClosed') : t(`promise.state.${value}`);
  const describe = (value: PromiseState, remaining: number, pauseReason?: string) =>
    value === 'active' || value === 'at-risk'
      ? t('promise.announceRemaining', { promise: text, state: stateText(value), duration: formatDuration(locale, remaining, 'long') })
      : t('promise.announce', { promise: text, state: stateText(value, pauseReason) });

  const { snapshot } = usePromiseClock(timing, {
    clock,
    serverTimeOffsetMs: offsetMs,
    static: isStatic,
    initialNow: firstNow,
    onStateChange: (from, to, next) => {
      announce(describe(to, next.remainingMs, next.pauseReason));
      const event: Omit<PromiseStateChangedEvent, 'at'> = {
        type: 'promise.state-changed',
        promiseId,
        from,
        to,
        deadline: new Date(next.deadline).toISOString(),
        journeyStep,
        touchpoint,
        channel,
      };
      emit(event);
    },
  });

  const state = snapshot ? snapshot.state : null;
  // A deadline given directly that had passed before the page showed it: likely a stale or wrong date.
  const passedWhenShown =
    state === 'broken' && timing?.deadline !== undefined && timing.start === undefined && !timing.outcome && timing.fulfilledAt === undefined;
  useEffect(() => {
    if (state === null || firstState.current !== null) return;
    firstState.current = state;
    if (passedWhenShown) {
      warnProp('PromiseBadge', 'deadline', deadline, 'had already passed when the promise was first shown', 'shown as broken; set `outcome` or `fulfilledAt` for a promise that is over');
    }
  }, [state, passedWhenShown, deadline]);

  // The deadline is formatted from props only, so the server and the first client render agree.
  const deadlineMs = timing === null ? null : resolveDeadline(timing);
  const zone = validTimeZone('PromiseBadge', 'timeZone', timeZone) ?? timing?.businessHours?.timeZone;
  const sameDay =
    deadlineMs !== null && start !== undefined && wallClock(new Date(start).getTime(), zone).date === wallClock(deadlineMs, zone).date;
  const deadlineText =
    deadlineMs === null
      ? ''
      : sameDay
        ? t('promise.deadline', { time: dateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(deadlineMs) })
        : t('promise.deadlineWithDate', {
            time: dateTimeFormat(locale, {
              timeZone: zone,
              weekday: 'short',
              day: 'numeric',
              month: 'numeric',
              hour: 'numeric',
              minute: '2-digit',
            }).format(deadlineMs),
          });

  const showTimer = !isStatic && snapshot !== null && snapshot.running && snapshot.state !== 'paused';
  return (
    <StyledPromise {...rest} ref={ref} data-state={state ?? 'pending'} role="group" aria-labelledby={textId}>
      <Text id={textId} weight="semibold" inheritColor>
        {text}
      </Text>
      <Inline as="p" gap={2}>
        {state && (
          <Badge tone={stateTones[state]} data-promise-state={state}>
            <Icon name={stateIcons[state]} size="s" />
            <VisuallyHidden>{t('promise.stateLabel')}: </VisuallyHidden>
            {stateText(state, snapshot?.pauseReason)}
          </Badge>
        )}
        {deadlineMs !== null && <time dateTime={new Date(deadlineMs).toISOString()}>{deadlineText}</time>}
        {showTimer && (
          <PromiseTimer role="timer" aria-live="off" aria-atomic="true">
            {t('promise.remaining', { duration: formatDuration(locale, snapshot.remainingMs, 'short') })}
          </PromiseTimer>
        )}
      </Inline>
      {compensation && (
        <Text variant="small" weight={state === 'broken' ? 'bold' : undefined} inheritColor>
          {state === 'broken' ? t('promise.compensationDue', { compensation }) : t('promise.compensation', { compensation })}
        </Text>
      )}
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </StyledPromise>
  );
});
