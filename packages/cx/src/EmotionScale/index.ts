export { EmotionScale } from './EmotionScale';
export type { EmotionScaleProps } from './EmotionScale';
