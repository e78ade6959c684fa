export { Box, boxElements, boxBackgrounds, boxBorders, boxRadii, boxShadows } from './Box';
export type { BoxProps, BoxElement, BoxBackground, BoxBorder, BoxRadius, BoxShadow } from './Box';
