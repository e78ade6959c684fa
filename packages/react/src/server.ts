/**
 * `@polku/react/server`: the static components as React Server Components (ADR 0009). No `"use client"`, no
 * JavaScript sent for them; their CSS is rendered as React 19 `<style href precedence>` elements, hoisted into the
 * first HTML. Same props, same class names and the same look as the client entry. Interactive components come from
 * `@polku/react`.
 *
 * @packageDocumentation
 */
export * from './Heading';
export * from './Text';
export * from './Stack';
export * from './Inline';
export * from './Box';
export * from './Card';
export * from './Badge';
export * from './Link';
export * from './VisuallyHidden';
export * from './Icon';
export { setPolkuServerLocale } from './PolkuProvider/context.server';
