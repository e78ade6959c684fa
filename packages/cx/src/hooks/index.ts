// The public surface of the behaviour layer (#17): what the docs describe. Helpers only the patterns use (wallClock,
// nextOpenSegment, toEpoch, splitDuration, resolveDeadline, atRiskThreshold, systemClock, emotionValue, emotionLevelOf,
// journeyCurve, resolveStepStates) stay inside the package.
export { WEEKDAYS_8_TO_16, isOpen, businessTimeBetween, addBusinessTime } from './business-hours';
export type { IsoWeekday, OpeningPeriod, BusinessHours } from './business-hours';
export { promiseStates, promiseSnapshot, estimateServerOffset } from './promise-state';
export type { PromiseState, TimeInput, PromiseTiming, PromiseSnapshot } from './promise-state';
export { usePromiseClock } from './usePromiseClock';
export type { PromiseClock, PromiseClockOptions, PromiseClockResult } from './usePromiseClock';
export * from './case-reference';
export * from './handoff';
export { emotionTargetLevels, serviceChannels, scoreToEmotionValue, stepStates } from './journey';
export type { EmotionTargetLevel, ServiceChannel, MeasuredScore, Touchpoint, JourneyStage, StepState, JourneyStep } from './journey';
export { patternHeadingLevels, type PatternHeadingLevel } from './heading-level';
export type { PatternEvent, PromiseStateChangedEvent, JourneyStepChangedEvent, ChannelChosenEvent } from './events';
