export { Card, cardElements } from './Card';
export type { CardProps, CardElement } from './Card';
