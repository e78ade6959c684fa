export type { CxEventBase } from './events';
