import { createElement, Fragment, type ElementType, type ReactElement } from 'react';
import { compile, serialize, stringify } from 'stylis';
import type { StaticInterpolation, StaticStyledComponent } from './static-styled';
import { isStaticStyled, styledElement, styledFactory, styledType, templateIdentity, type StyledOptions } from './styled-element';

/*
 * The static `styled` for React Server Components (the `@polku/react/server` entry, ADR 0009). Server components have
 * no context, so styled-components' StyleSheet cannot be reached; instead each template's CSS is compiled once, when
 * its module loads, and every element is rendered next to a React 19 `<style href precedence>` element, which React
 * hoists into <head> of the first HTML and deduplicates by `href`. The class names are the client build's (the same
 * componentId from tooling/src/styled-templates.mjs), so a client component of the same template shares the rules.
 */

export type { StaticInterpolation, StaticStyledComponent };

/** `precedence` groups Polku's rules after the page's own base styles that use a lower precedence. */
const PRECEDENCE = 'polku';

function flatten(value: StaticInterpolation, where: string): string {
  if (Array.isArray(value)) return (value as readonly StaticInterpolation[]).map((item) => flatten(item, where)).join('');
  if (value === 0) return '0';
  if (!value) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'styledComponentId' in value) return `.${value.styledComponentId}`;
  throw new TypeError(`${where}: only static text, css blocks and components can be interpolated in a server component`);
}

type Options = StyledOptions;

function create<T extends ElementType>(
  target: T,
  options: Options,
  strings: TemplateStringsArray,
  interpolations: StaticInterpolation[],
): StaticStyledComponent<T> {
  const { targetName, where, id } = templateIdentity(target, options);
  let cssText = '';
  strings.forEach((text, index) => {
    cssText += text;
    if (index < interpolations.length) cssText += flatten(interpolations[index], where);
  });
  const rules = serialize(compile(`.${id}{${cssText}}`), stringify);

  const extendsStatic = isStaticStyled(target);
  const component = (props: Record<string, unknown>): ReactElement =>
    createElement(
      Fragment,
      null,
      createElement('style', { href: id, precedence: PRECEDENCE }, rules),
      createElement(styledType(target, extendsStatic, props), styledElement(target, extendsStatic, id, props)),
    );
  component.displayName = options.displayName ?? `Polku.${targetName}`;
  Object.defineProperty(component, 'styledComponentId', { value: id });
  Object.defineProperty(component, 'toString', { value: () => `.${id}` });
  const noClass = () => {
    throw new Error(`${where}: useStaticClass cannot run in a server component; render the styled component instead`);
  };
  Object.defineProperty(component, 'useClassIn', { value: noClass });
  Object.defineProperty(component, 'classIn', { value: noClass });
  return component as unknown as StaticStyledComponent<T>;
}

/** Server-component `styled`: the same call shapes and types as ./static-styled. */
export const styled = styledFactory(create as never) as typeof import('./static-styled').styled;

export function useStaticClass(component: StaticStyledComponent<ElementType>): string {
  return component.useClassIn(undefined as never);
}
