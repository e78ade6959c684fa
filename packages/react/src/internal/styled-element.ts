import type { ElementType } from 'react';

/**
 * The element a static styled component renders (ADR 0008), shared by the client runtime (./static-styled) and the
 * server-component one (./static-styled.server): `as` picks the element (or, on a component extending another static
 * one, goes to the innermost element), `forwardedAs` goes to a wrapped component, `$transient` props are never
 * forwarded, and the template's class comes first.
 */
export function styledElement(
  target: ElementType,
  id: string,
  props: Record<string, unknown>,
): { type: ElementType; element: Record<string, unknown> } {
  const isTag = typeof target === 'string';
  const extendsStatic = !isTag && 'styledComponentId' in (target as object);
  const element: Record<string, unknown> = {};
  let type: ElementType = target;
  for (const key in props) {
    const value = props[key];
    if (key === 'as') {
      if (value == null) continue;
      if (extendsStatic) element.as = value;
      else type = value as ElementType;
    } else if (key === 'forwardedAs') {
      if (value != null && !isTag) element.as = value;
    } else if (key.charCodeAt(0) !== 36 /* $: transient, never forwarded */) element[key] = value;
  }
  element.className = props.className ? `${id} ${props.className as string}` : id;
  return { type, element };
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
