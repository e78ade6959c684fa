export { MenuButton, menuPlacements } from './MenuButton';
export type { MenuButtonProps, MenuButtonOwnProps, MenuPlacement } from './MenuButton';
export { MenuItem, MenuGroup, MenuSeparator } from './MenuItem';
export type { MenuItemProps, MenuItemOwnProps, MenuGroupProps, MenuGroupOwnProps, MenuSeparatorProps } from './MenuItem';
