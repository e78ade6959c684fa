export { EmotionScale, EmotionFace } from './EmotionScale';
export type { EmotionScaleProps } from './EmotionScale';
