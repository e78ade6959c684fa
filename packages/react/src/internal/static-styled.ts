import {
  createElement,
  forwardRef,
  useContext,
  type ComponentPropsWithRef,
  type ElementType,
  type JSX,
  type ReactElement,
} from 'react';
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
  displayName?: string;
}

interface Options {
  componentId?: string;
  displayName?: string;
}

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
  if (value == null || value === false || value === '') return;
  if (typeof value === 'string' || typeof value === 'number') {
    const last = parts.length - 1;
    if (typeof parts[last] === 'string') parts[last] += String(value);
    else parts.push(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value as readonly StaticInterpolation[]) flatten(item, parts, where);
  } else if (typeof value === 'object' || typeof value === 'function') {
    if ('styledComponentId' in value) flatten(`.${value.styledComponentId}`, parts, where);
    else if (isKeyframes(value)) parts.push(value);
    else throw new TypeError(`${where}: only static interpolations are allowed (text, css, keyframes, components); got ${typeof value}.`);
  } else {
    throw new TypeError(`${where}: only static interpolations are allowed (text, css, keyframes, components); got ${typeof value}.`);
  }
}

function hashText(text: string): string {
  // FNV-1a, 32 bit: a short, stable id for templates built without the build plugin's componentId.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const usedIds = new Set<string>();
const injectors = new WeakMap<object, (context: IStyleSheetContext) => string>();

/**
 * The class of a static component, its rules injected into the current sheet: for a hot component that renders the
 * element itself instead of through the styled component (one component layer instead of two; ADR 0008).
 */
export function useStaticClass(component: { readonly styledComponentId: string }): string {
  const context = useContext(StyleSheetContext);
  const ensure = injectors.get(component);
  if (!ensure) throw new TypeError('useStaticClass: not a component made by the static styled');
  return ensure(context);
}

function uniqueId(base: string): string {
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}

function create<T extends ElementType>(
  target: T,
  options: Options,
  strings: TemplateStringsArray,
  interpolations: StaticInterpolation[],
): StaticStyledComponent<T> {
  const targetName = typeof target === 'string' ? target : (target as { displayName?: string }).displayName ?? 'Component';
  const where = `styled(${targetName})`;
  const parts: (string | KeyframesObject)[] = [];
  strings.forEach((text, index) => {
    flatten(text, parts, where);
    if (index < interpolations.length) flatten(interpolations[index], parts, where);
  });
  const id = options.componentId ?? uniqueId(`polku-${hashText(parts.map((part) => (typeof part === 'string' ? part : part.name)).join(''))}`);
  __PRIVATE__.StyleSheet.registerId(id);
  const isTag = typeof target === 'string';
  const extendsStatic = !isTag && 'styledComponentId' in (target as object);

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

  const render = (props: Record<string, unknown>, ref?: unknown): ReactElement => {
    ensure(useContext(StyleSheetContext));
    const element: Record<string, unknown> = {};
    let type: ElementType = target;
    for (const key in props) {
      const value = props[key];
      if (key === 'as') {
        // Extending a static component keeps both classes: `as` then goes to the innermost element, as in styled-components.
        if (value == null) continue;
        if (extendsStatic) element.as = value;
        else type = value as ElementType;
      } else if (key === 'forwardedAs') {
        if (value != null && !isTag) element.as = value;
      } else if (key.charCodeAt(0) !== 36 /* $: transient, never forwarded */) element[key] = value;
    }
    element.className = props.className ? `${id} ${props.className as string}` : id;
    if (ref !== undefined) element.ref = ref;
    return createElement(type, element);
  };

  const component = (
    refIsProp
      ? (props: Record<string, unknown>) => render(props)
      : forwardRef((props: Record<string, unknown>, ref) => render(props, ref ?? undefined))
  ) as unknown as StaticStyledComponent<T> & { styledComponentId: string; toString(): string };
  component.displayName = options.displayName ?? `Polku.${targetName}`;
  Object.defineProperty(component, 'styledComponentId', { value: id });
  component.toString = () => `.${id}`;
  injectors.set(component, ensure);
  return component;
}

function factory<T extends ElementType>(target: T, options: Options = {}): TemplateFactory<T> {
  const template = ((strings: TemplateStringsArray, ...interpolations: StaticInterpolation[]) =>
    create(target, options, strings, interpolations)) as TemplateFactory<T>;
  template.withConfig = (next: Options) => factory(target, { ...options, ...next });
  return template;
}

type Tags = { [K in keyof JSX.IntrinsicElements]: TemplateFactory<K> };

/** Static `styled`: `styled.button\`…\``, `styled(Component)\`…\``. Templates may only interpolate static values. */
export const styled = new Proxy(factory, {
  get: (_target, tag: string) => factory(tag as keyof JSX.IntrinsicElements),
}) as unknown as (<T extends ElementType>(target: T) => TemplateFactory<T>) & Tags;
