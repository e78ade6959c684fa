import { Icon } from '../Icon/Icon';

/** Decorative error icon from the Polku set; the visually hidden "Error:" prefix carries the meaning. */
export function ErrorIcon({ size = 'm' }: { size?: 'm' | 'l' }) {
  return <Icon name="error" size={size} />;
}
