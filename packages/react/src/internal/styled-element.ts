import type { ElementType } from 'react';

/** True for a component made by a static `styled` (it carries a `styledComponentId`): decided once per template. */
export function isStaticStyled(target: ElementType): boolean {
  return typeof target !== 'string' && 'styledComponentId' in (target as object);
}

/**
 * The element type a static styled component renders (ADR 0008): `as` picks the element, except on a component that
 * extends another static one, where `as` goes on to the innermost element.
 */
export function styledType(target: ElementType, extendsStatic: boolean, props: Record<string, unknown>): ElementType {
  return !extendsStatic && props.as != null ? (props.as as ElementType) : target;
}

/**
 * The props of the element a static styled component renders, shared by the client runtime (./static-styled) and the
 * server-component one (./static-styled.server): `as` is handed on only when `target` extends another static component
 * (`styledType` uses it otherwise), `forwardedAs` goes to a wrapped component as its `as`, `$transient` props are never
 * forwarded, and the template's class comes first. One object per render, nothing else allocated.
 */
export function styledElement(
  target: ElementType,
  extendsStatic: boolean,
  id: string,
  props: Record<string, unknown>,
): Record<string, unknown> {
  const isTag = typeof target === 'string';
  const element: Record<string, unknown> = {};
  for (const key in props) {
    const value = props[key];
    if (key === 'as') {
      if (value != null && extendsStatic) element.as = value;
    } else if (key === 'forwardedAs') {
      if (value != null && !isTag) element.as = value;
    } else if (key.charCodeAt(0) !== 36 /* $: transient, never forwarded */) element[key] = value;
  }
  element.className = props.className ? `${id} ${props.className as string}` : id;
  return element;
}

/** `componentId` (from the build's styled-templates plugin) and `displayName` of a static styled component. */
export interface StyledOptions {
  componentId?: string;
  displayName?: string;
}

type Create = (target: ElementType, options: StyledOptions, strings: TemplateStringsArray, interpolations: never[]) => unknown;

/**
 * The `styled` call shapes over a runtime's `create`: `styled.tag\`…\``, `styled(Component)\`…\`` and
 * `.withConfig(options)`. Each runtime casts the result to its typed `styled`.
 */
export function styledFactory(create: Create): unknown {
  const factory = (target: ElementType, options: StyledOptions = {}) => {
    const template = (strings: TemplateStringsArray, ...interpolations: never[]) =>
      create(target, options, strings, interpolations);
    template.withConfig = (next: StyledOptions) => factory(target, { ...options, ...next });
    return template;
  };
  return new Proxy(factory, { get: (_target, tag: string) => factory(tag as ElementType) });
}

let count = 0;

/**
 * A template's name for messages (`styled(button)`) and its class: the build's componentId, else (from the sources)
 * one numbered in creation order, shared by both runtimes so their ids never collide.
 */
export function templateIdentity(target: ElementType, options: StyledOptions): { targetName: string; where: string; id: string } {
  const targetName = typeof target === 'string' ? target : (target as { displayName?: string }).displayName ?? 'Component';
  return { targetName, where: `styled(${targetName})`, id: options.componentId ?? `polku-${(++count).toString(36)}` };
}
