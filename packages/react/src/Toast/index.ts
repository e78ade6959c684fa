export { ToastRegion, useToast } from './Toast';
export type { ToastRegionProps } from './Toast';
export { createToaster, toaster, DEFAULT_TOAST_DURATION } from './toaster';
export type { ToastOptions, ToastRecord, Toaster } from './toaster';
