import { useCallback, useId, useInsertionEffect, useRef, useState, type Ref, type RefCallback } from 'react';

/** Ids of one field's parts, derived from one `useId` (or the `id` prop) so server and client agree. */
export interface FieldIds {
  /** Id of the control itself: the target of `<label for>` and of error summary links. */
  id: string;
  labelId: string;
  hintId: string;
  errorId: string;
  counterId: string;
}

export function useFieldIds(idProp?: string): FieldIds {
  const generated = useId();
  const id = idProp || generated;
  return {
    id,
    labelId: `${id}-label`,
    hintId: `${id}-hint`,
    errorId: `${id}-error`,
    counterId: `${id}-counter`,
  };
}

/** Joins the ids that exist, in order, for `aria-describedby`; undefined when there are none. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  let joined = '';
  for (const id of ids) if (typeof id === 'string' && id !== '') joined = joined === '' ? id : `${joined} ${id}`;
  return joined === '' ? undefined : joined;
}

/** True when a ReactNode would render something (hint and error slots). */
export function hasContent(node: unknown): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/**
 * Value that is controlled when `value` is given and uncontrolled (starting at `defaultValue`) otherwise;
 * `setValue` always reports through `onChange`.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : inner, setValue];
}

/** One callback ref that fills several refs (the forwarded ref and a component's own). */
export function useMergedRef<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  const latest = useRef(refs);
  // Updated in the commit before refs attach (insertion effects run first), never during render.
  useInsertionEffect(() => {
    latest.current = refs;
  });
  return useCallback((node: T | null) => {
    for (const ref of latest.current) fillRef(ref, node);
  }, []);
}

/** Hands the node to a callback ref or an object ref (outside the hook: a ref object is the consumer's to fill). */
function fillRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}
