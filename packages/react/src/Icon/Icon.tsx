import { forwardRef, type SVGAttributes } from 'react';
import { oneOf, requireText } from '../internal';
import { StyledIcon } from './Icon.styles';
import { iconNames, iconShapes, type IconName } from './icons';

export const iconSizes = ['s', 'm', 'l', 'inherit'] as const;
export type IconSize = (typeof iconSizes)[number];

export interface IconOwnProps {
  /** Which icon to draw; one of `iconNames`. */
  name: IconName;
  /** `s` 16 px, `m` 20 px, `l` 24 px (the `--polku-size-icon-*` tokens); `inherit` follows the font size (1em). */
  size?: IconSize;
}

/**
 * An icon is decorative by default and hidden from assistive technology. When it carries meaning on its own
 * (a status icon with no text beside it), give it a `label`: it becomes `role="img"` named by the label.
 * `decorative={false}` without a `label` is a type error.
 */
export type IconA11yProps =
  | {
      /** Accessible name; giving one makes the icon meaningful (`role="img"`). */
      label?: undefined;
      /** Default `true`: hidden from assistive technology. */
      decorative?: true;
    }
  | { label: string; decorative?: false };

export type IconProps = IconOwnProps &
  IconA11yProps &
  Omit<SVGAttributes<SVGSVGElement>, keyof IconOwnProps | 'label' | 'ref' | 'children'>;

/** An inline SVG icon from the Polku set, drawn in `currentColor`. */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon(props, ref) {
  const { name, size, label, decorative, ...rest } = props;
  const resolvedSize = oneOf('Icon', 'size', size, iconSizes, 'm');
  const resolvedName = oneOf('Icon', 'name', name, iconNames, 'info');
  const meaningful = decorative === false || label !== undefined;
  if (meaningful) requireText('Icon', 'label', label);

  return (
    <StyledIcon
      viewBox="0 0 24 24"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...rest}
      ref={ref}
      data-size={resolvedSize}
      data-icon={resolvedName}
      {...(meaningful ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {iconShapes[resolvedName]}
    </StyledIcon>
  );
});
