import { forwardRef, useEffect, useRef, type HTMLAttributes } from 'react';
import { Icon, VisuallyHidden, useEmitEvent, useMessages, type IconName } from '@polku/react';
import { isKnownValue, oneOf, requireText, warnProp } from '@polku/react/internal';
import { resolveStepStates, serviceChannels, stepStates, type JourneyStep, type StepState } from '../hooks/journey';
import { useAnnouncement } from '../hooks/useAnnouncement';
import type { JourneyStepChangedEvent } from '../hooks/events';
import { journeyMessages } from './JourneySteps.messages';
import { Marker, Step, StepBody, StepLabel, StepList, StepMeta, StepsRoot } from './JourneySteps.styles';

const orientations = ['auto', 'horizontal', 'vertical'] as const;
const markerIcons: Partial<Record<StepState, IconName>> = { complete: 'check', error: 'error', skipped: 'minus', disabled: 'minus' };

/** The steps with an unknown `state` warned about and left to follow `currentStep` (the state is read out in words). */
function knownStates(steps: readonly JourneyStep[]): readonly JourneyStep[] {
  return steps.map((step) => {
    if (step.state === undefined || (stepStates as readonly string[]).includes(step.state)) return step;
    warnProp('JourneySteps', 'steps[].state', step.state, `must be one of ${stepStates.join(', ')}`, 'the state follows currentStep');
    return { ...step, state: undefined };
  });
}

export interface JourneyStepsOwnProps {
  /** Names the list, e.g. "Loan application progress". */
  label: string;
  /** Steps in order. Each may carry its touchpoint and channel. */
  steps: readonly JourneyStep[];
  /** Id of the current step; steps before it are complete, after it upcoming, unless a step sets its own state. */
  currentStep?: string;
  /** `auto` (default) is horizontal and turns vertical when its container is narrower than 40rem. */
  orientation?: (typeof orientations)[number];
  /** When `currentStep` changes, move focus to the new step's label; otherwise the change is announced politely. */
  focusOnChange?: boolean;
}

export type JourneyStepsProps = JourneyStepsOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof JourneyStepsOwnProps | 'children'>;

/** Progress through a journey: an ordered list with "Step n of N", the state in words and `aria-current="step"`. */
export const JourneySteps = forwardRef<HTMLDivElement, JourneyStepsProps>(function JourneySteps(props, ref) {
  const { label, steps: stepsProp, currentStep, orientation, focusOnChange = false, ...rest } = props;
  requireText('JourneySteps', 'label', label);
  const resolvedOrientation = oneOf('JourneySteps', 'orientation', orientation, orientations, 'auto');
  const t = useMessages(journeyMessages);
  const emit = useEmitEvent();
  const [announcement, announce] = useAnnouncement();
  const steps = knownStates(stepsProp);
  isKnownValue('JourneySteps', 'currentStep', currentStep, steps.map((step) => step.id), 'no step is marked as current');
  const states = resolveStepStates(steps, currentStep);
  const currentLabel = useRef<HTMLSpanElement>(null);
  const previous = useRef(currentStep);
  const total = steps.length;

  useEffect(() => {
    const from = previous.current;
    previous.current = currentStep;
    if (from === currentStep || currentStep === undefined) return;
    const index = steps.findIndex((step) => step.id === currentStep);
    if (index === -1) return;
    const step = steps[index]!;
    const event: Omit<JourneyStepChangedEvent, 'at'> = {
      type: 'journey.step-changed',
      from: from ?? null,
      to: currentStep,
      state: 'current',
      journeyStep: currentStep,
      touchpoint: step.touchpoint,
      channel: step.channel,
    };
    emit(event);
    if (focusOnChange) currentLabel.current?.focus();
    else announce(t('journey.announce', { index: index + 1, total, label: step.label }));
    // Only a change of the current step triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentStep]);

  return (
    <StepsRoot {...rest} ref={ref}>
      <StepList aria-label={label} data-orientation={resolvedOrientation}>
        {steps.map((step, index) => {
          const state = states[index]!;
          const icon = markerIcons[state];
          const channel = step.channel ? oneOf('JourneySteps', 'steps[].channel', step.channel, serviceChannels, 'web') : null;
          return (
            <Step key={step.id} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
              <Marker aria-hidden="true">{icon ? <Icon name={icon} size="s" /> : index + 1}</Marker>
              <StepBody>
                <StepLabel ref={state === 'current' ? currentLabel : undefined} tabIndex={state === 'current' ? -1 : undefined}>
                  <VisuallyHidden>{t('journey.stepOf', { index: index + 1, total })}: </VisuallyHidden>
                  {step.label}
                </StepLabel>
                <StepMeta>{t(`journey.state.${state}`)}</StepMeta>
                {step.description && <span>{step.description}</span>}
                {channel && (
                  <StepMeta>
                    <Icon name={channel} size="s" />
                    {t('journey.via', { channel: t(`journey.channel.${channel}`) })}
                  </StepMeta>
                )}
              </StepBody>
            </Step>
          );
        })}
      </StepList>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </StepsRoot>
  );
});
