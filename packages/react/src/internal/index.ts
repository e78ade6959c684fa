export {
  isDevelopment,
  devWarn,
  devError,
  resetDevMessages,
  oneOf,
  requireText,
  warnProp,
  describeValue,
  inRange,
  isInRange,
  validDate,
  isKnownValue,
} from './dev';
export type { NumberRange } from './dev';
