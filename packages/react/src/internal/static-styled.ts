import {
  createElement,
  forwardRef,
  useContext,
  type ComponentPropsWithRef,
  type ElementType,
  type JSX,
  type ReactElement,
} from 'react';
import { isStaticStyled, styledElement, styledFactory, styledType, templateIdentity, type StyledOptions } from './styled-element';
import { refIsProp } from './with-ref';
import { StyleSheetContext, __PRIVATE__, type IStyleSheetContext, type Keyframes, type RuleSet } from 'styled-components';

/*
 * `styled` for static templates (ADR 0008). Same call shapes as styled-components' `styled` — `styled.div\`…\``,
 * `styled(Component)\`…\``, `.withConfig({ componentId })` — and the same sheet: rules go into styled-components'
 * StyleSheet from `StyleSheetContext`, so `ServerStyleSheet`, `StyleSheetManager` (nonce, target), rehydration and
 * `css`/`keyframes` all keep working. What it drops is the per-render work of styled-components' own component
 * (re-joining the template, hashing the CSS string, copying props twice, reading the theme): a template here is joined
 * once, at definition, and every element gets the same class. A function interpolation throws: Polku's templates are
 * static by rule (ADR 0004) and now by construction.
 */

type Sheet = IStyleSheetContext['styleSheet'];
type Stylis = IStyleSheetContext['stylis'];
/** `keyframes` objects carry these methods at runtime; the public type leaves them out. */
type KeyframesObject = Keyframes & { getName(stylis?: Stylis): string; inject(styleSheet: Sheet, stylis?: Stylis): void };

/**
 * What a static template may interpolate: text, `css` blocks, `keyframes`, and other static components (selectors).
 * A `css` block's type admits functions; one that holds a function throws when the component is defined.
 */
export type StaticInterpolation =
  | string
  | number
  | false
  | null
  | undefined
  | Keyframes
  | { readonly styledComponentId: string }
  | RuleSet<object>
  | readonly StaticInterpolation[];

/** A component made by the static `styled`: polymorphic through `as`, and usable as a selector in other templates. */
export interface StaticStyledComponent<T extends ElementType> {
  <As extends ElementType = T>(
    props: Omit<ComponentPropsWithRef<As>, 'as'> & {
      /** Render another element or component with the same class. */
      as?: As;
      /** For `styled(Component)`: the `as` handed on to the wrapped component. */
      forwardedAs?: ElementType;
    },
  ): ReactElement | null;
  readonly styledComponentId: string;
  /** Injects the rules into the given sheet once and returns the class; `useStaticClass` is the hook around it. */
  readonly useClassIn: (context: IStyleSheetContext) => string;
  /**
   * The same as `useClassIn` under a name that is not a hook's: for a render helper that gets several classes from one
   * `useStyleSheet()` read (a field's root, label, hint and control: one context read per field instead of four).
   */
  readonly classIn: (context: IStyleSheetContext) => string;
  displayName?: string;
}

type Options = StyledOptions;

type Template<T extends ElementType> = (
  strings: TemplateStringsArray,
  ...interpolations: StaticInterpolation[]
) => StaticStyledComponent<T>;

interface TemplateFactory<T extends ElementType> extends Template<T> {
  withConfig(options: Options): Template<T>;
}

function isKeyframes(value: object): value is KeyframesObject {
  return typeof (value as KeyframesObject).getName === 'function' && typeof (value as KeyframesObject).inject === 'function';
}

/** Joins a template into parts: strings, and keyframes whose names depend on the sheet's stylis (plugins). */
function flatten(value: StaticInterpolation, parts: (string | KeyframesObject)[], where: string): void {
  if (Array.isArray(value)) {
    for (const item of value as readonly StaticInterpolation[]) flatten(item, parts, where);
  } else if (value && typeof value === 'object' && isKeyframes(value)) {
    parts.push(value);
  } else if (value || value === 0) {
    const text =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : (typeof value === 'object' || typeof value === 'function') && 'styledComponentId' in value
          ? `.${value.styledComponentId}`
          : null;
    if (text === null) throw new TypeError(`${where}: only static interpolations are allowed, got ${typeof value}`);
    if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += text;
    else parts.push(text);
  }
}

/**
 * The class of a static component, its rules injected into the current sheet: for a hot component that renders the
 * element itself instead of through the styled component (one component layer instead of two; ADR 0008).
 */
export function useStaticClass(component: StaticStyledComponent<ElementType>): string {
  return component.useClassIn(useContext(StyleSheetContext));
}

/** styled-components' sheet context, read once, for `component.classIn(sheet)` of several static components. */
export function useStyleSheet(): IStyleSheetContext {
  return useContext(StyleSheetContext);
}

function create<T extends ElementType>(
  target: T,
  options: Options,
  strings: TemplateStringsArray,
  interpolations: StaticInterpolation[],
): StaticStyledComponent<T> {
  const { targetName, where, id } = templateIdentity(target, options);
  const parts: (string | KeyframesObject)[] = [];
  strings.forEach((text, index) => {
    flatten(text, parts, where);
    if (index < interpolations.length) flatten(interpolations[index], parts, where);
  });
  // The package build gives each template a componentId derived from its file and position (stable across server and
  // client bundles); from the sources, creation order is enough.
  __PRIVATE__.StyleSheet.registerId(id);

  // Compiled rules per stylis instance (its plugins decide the output): a server renders each request into a new
  // sheet, and compiling the same template for every request was a fixed cost of every server render.
  const compiled = new WeakMap<Stylis, string[]>();
  const inject = (styleSheet: Sheet, stylis: Stylis): void => {
    let rules = compiled.get(stylis);
    if (!rules) {
      let cssText = '';
      for (const part of parts) cssText += typeof part === 'string' ? part : part.getName(stylis);
      rules = stylis(cssText, `.${id}`, undefined, id);
      compiled.set(stylis, rules);
    }
    for (const part of parts) if (typeof part !== 'string') part.inject(styleSheet, stylis);
    styleSheet.insertRules(id, id, rules);
  };

  const ensure = ({ styleSheet, stylis }: IStyleSheetContext): string => {
    if (!styleSheet.hasNameForId(id, id)) inject(styleSheet, stylis);
    return id;
  };

  // a hook by name as well: the component below calls it at its top level
  const extendsStatic = isStaticStyled(target);
  const useStyledElement = (props: Record<string, unknown>, ref?: unknown): ReactElement => {
    ensure(useContext(StyleSheetContext));
    const element = styledElement(target, extendsStatic, id, props);
    if (ref !== undefined) element.ref = ref;
    return createElement(styledType(target, extendsStatic, props), element);
  };

  const component = (
    refIsProp
      ? (props: Record<string, unknown>) => useStyledElement(props)
      : forwardRef((props: Record<string, unknown>, ref) => useStyledElement(props, ref ?? undefined))
  ) as unknown as StaticStyledComponent<T> & { toString(): string };
  component.displayName = options.displayName ?? `Polku.${targetName}`;
  Object.defineProperty(component, 'styledComponentId', { value: id });
  component.toString = () => `.${id}`;
  Object.defineProperty(component, 'useClassIn', { value: ensure });
  Object.defineProperty(component, 'classIn', { value: ensure });
  return component;
}

type Tags = { [K in keyof JSX.IntrinsicElements]: TemplateFactory<K> };

/** Static `styled`: `styled.button\`…\``, `styled(Component)\`…\``. Templates may only interpolate static values. */
export const styled = styledFactory(create as never) as (<T extends ElementType>(target: T) => TemplateFactory<T>) & Tags;
