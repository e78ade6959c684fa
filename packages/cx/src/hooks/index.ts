export * from './business-hours';
export * from './promise-state';
export * from './usePromiseClock';
export * from './case-reference';
export * from './handoff';
export * from './journey';
export { patternHeadingLevels, type PatternHeadingLevel } from './heading-level';
export type { PatternEvent, PromiseStateChangedEvent, JourneyStepChangedEvent, ChannelChosenEvent } from './events';
