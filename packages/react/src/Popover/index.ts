export { Popover, popoverPlacements } from './Popover';
export type { PopoverProps, PopoverOwnProps, PopoverPlacement } from './Popover';
export { popoverMessages } from './Popover.messages';
