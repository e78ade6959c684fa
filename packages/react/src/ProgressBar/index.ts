export { ProgressBar, progressBarFormats, progressBarSizes } from './ProgressBar';
export type { ProgressBarProps, ProgressBarFormat, ProgressBarSize } from './ProgressBar';
export { progressBarMessages } from './ProgressBar.messages';
