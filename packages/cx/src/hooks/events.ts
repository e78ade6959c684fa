import type { CxEventBase } from '../events';
import type { PromiseState } from './promise-state';
import type { StepState } from './journey';
import type { HandoffEnvelope } from './handoff';

/** A promise moved to a new state (never emitted for the first state computed after mount). */
export interface PromiseStateChangedEvent extends CxEventBase {
  type: 'promise.state-changed';
  promiseId: string;
  from: PromiseState;
  to: PromiseState;
  /** Deadline as ISO 8601. */
  deadline: string;
}

/** The current step of a journey changed. */
export interface JourneyStepChangedEvent extends CxEventBase {
  type: 'journey.step-changed';
  from: string | null;
  to: string;
  state: StepState;
}

/** The customer chose a channel to continue in. */
export interface ChannelChosenEvent extends CxEventBase {
  type: 'channel.chosen';
  chosen: string;
  reference: string;
  envelope: HandoffEnvelope;
}

/** Events emitted by the promise, journey and channel patterns. */
export type PatternEvent = PromiseStateChangedEvent | JourneyStepChangedEvent | ChannelChosenEvent;
