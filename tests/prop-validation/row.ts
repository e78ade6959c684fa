import type { ReactElement } from 'react';

export type ReactModule = typeof import('@polku/react');
export type CxModule = typeof import('@polku/cx');
export type CxMetricsModule = typeof import('@polku/cx/metrics');

/** The packages a row renders from: loaded fresh for the production run, so `isDevelopment` is read again. */
export interface Modules {
  R: ReactModule;
  C: CxModule;
  M: CxMetricsModule;
}

/** One validated prop: a bad value, the development warning it gives, and what renders instead. */
export interface PropRow {
  component: string;
  prop: string;
  /** The bad value, as the warning prints it. */
  bad: string;
  /** A fragment of the warning: it names the component, the prop and the value. */
  warning: string;
  render: (m: Modules) => ReactElement;
  /** Asserts on the DOM what is shown instead (the same in development and production). */
  instead: (container: HTMLElement) => void | Promise<void>;
}
