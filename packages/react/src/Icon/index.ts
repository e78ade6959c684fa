export { Icon, iconSizes } from './Icon';
export type { IconProps, IconSize, IconA11yProps } from './Icon';
export { iconNames } from './icons';
export type { IconName } from './icons';
