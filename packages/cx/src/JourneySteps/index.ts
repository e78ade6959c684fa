export { JourneySteps } from './JourneySteps';
export type { JourneyStepsProps } from './JourneySteps';
export { journeyMessages } from './JourneySteps.messages';
