export { Tooltip, tooltipPlacements } from './Tooltip';
export type { TooltipProps, TooltipPlacement } from './Tooltip';
