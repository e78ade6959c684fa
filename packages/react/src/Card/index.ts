export { Card, cardElements } from './Card';
export type { CardProps, CardElement, CardBaseProps, CardPlainProps, CardHeadingProps } from './Card';
