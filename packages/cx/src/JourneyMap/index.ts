export { JourneyMap } from './JourneyMap';
export type { JourneyMapProps } from './JourneyMap';
