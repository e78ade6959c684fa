/**
 * The attribute object of a component's root element: `attributes`, plus every prop the component does not claim for
 * itself. Used instead of object rest (`const { variant, ...rest } = props`) in components rendered by the thousand
 * (ADR 0008): object rest with named keys is a runtime call in V8, and an element that lists only the attributes it
 * has leaves React's server renderer fewer props to walk. `attributes` is filled in place and returned.
 */
export function passThrough<T extends Record<string, unknown>>(
  props: object,
  claimed: ReadonlySet<string>,
  attributes: T,
): T & Record<string, unknown> {
  const source = props as Record<string, unknown>;
  const target = attributes as Record<string, unknown>;
  for (const key in source) if (!claimed.has(key)) target[key] = source[key];
  return attributes;
}

/** The names of the props a component claims, checked against its props type so none is forgotten. */
export function claimedProps<K extends string>(names: Record<K, true>): ReadonlySet<string> {
  return new Set(Object.keys(names));
}
