export { isDevelopment, devWarn, devError, resetDevMessages, oneOf, requireText } from './dev';
