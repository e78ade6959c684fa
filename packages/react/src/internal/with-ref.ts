import {
  forwardRef,
  version,
  type ForwardRefExoticComponent,
  type ForwardRefRenderFunction,
  type PropsWithoutRef,
  type RefAttributes,
} from 'react';

/** React 19 hands `ref` to function components as a prop; React 18 needs `forwardRef`. */
export const refIsProp = Number.parseInt(version, 10) >= 19;

/**
 * `forwardRef` where it is needed. On React 19 the component is a plain function that reads `ref` from its props:
 * server rendering copies the props of every `forwardRef` element to take `ref` out, which made a plain Button cost
 * twice as much to render on the server (ADR 0008). `props` may then still contain `ref`; spreading the rest onto the
 * element that also receives `ref` is harmless, spreading it onto another element is not.
 */
export function withRef<T, P = object>(
  render: ForwardRefRenderFunction<T, PropsWithoutRef<P>>,
): ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<T>> {
  if (!refIsProp) return forwardRef(render);
  const component = (props: PropsWithoutRef<P> & { ref?: never }) => render(props, props.ref ?? null);
  component.displayName = render.displayName ?? render.name;
  return component as unknown as ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<T>>;
}
