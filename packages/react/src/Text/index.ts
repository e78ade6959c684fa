export { Text, textVariants, textElements, textWeights } from './Text';
export type { TextProps, TextVariant, TextElement, TextWeight } from './Text';
