export { Stack, stackElements, stackAlignments } from './Stack';
export type { StackProps, StackOwnProps, StackElementProps, StackElement, StackAlign } from './Stack';
export { spaceScale } from '../internal/polku-space';
export type { Space } from '../internal/polku-space';
