import { createElement, useContext, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ServerStyleSheet,
  StyleSheetContext,
  StyleSheetManager,
  __PRIVATE__,
  css,
  keyframes,
  version,
  type IStyleSheetContext,
} from 'styled-components';
import { styled, type StaticInterpolation } from './static-styled';

/*
 * The styled-components contract of the static runtime (ADR 0008, "What it relies on in styled-components").
 * static-styled.ts reaches past styled-components' documented API: it inserts rules into the sheet itself, registers
 * group ids, compiles with the sheet's stylis and injects keyframes. One test per API it touches, asserting the shape
 * and the behaviour the runtime relies on, so an upgrade that changes one fails here by name, not somewhere in a
 * consumer app. Against another version: `node tests/styled-components/contract-against.mjs 6.x.y` (results of the
 * versions checked: docs/adr/0008-static-styled-runtime.md, "Lowest and latest").
 */

type Sheet = IStyleSheetContext['styleSheet'];
type Stylis = IStyleSheetContext['stylis'];
type KeyframesObject = { id: string; getName(stylis?: Stylis): string; inject(sheet: Sheet, stylis?: Stylis): void };

/** A test of one styled-components API; a failure names the API and the installed styled-components version. */
function contract(api: string, reliedOn: string, check: () => void | Promise<void>) {
  it(`${api}: ${reliedOn}`, async () => {
    try {
      await check();
    } catch (error) {
      const failure = error as Error;
      failure.message =
        `styled-components ${version}: ${api} changed; the static runtime relies on it (${reliedOn}; ` +
        `ADR 0008). ${failure.message}`;
      throw failure;
    }
  });
}

/** The StyleSheetContext value a component sees inside `wrap` (server render). */
function contextIn(wrap: (element: ReactElement) => ReactElement = (element) => element): IStyleSheetContext {
  let seen: IStyleSheetContext | undefined;
  function Probe() {
    seen = useContext(StyleSheetContext);
    return null;
  }
  renderToString(wrap(createElement(Probe)));
  if (!seen) throw new Error('the probe did not render');
  return seen;
}

/** A server render's sheet (as the runtime sees it) and its style tags after `apply` ran against it. */
function withServerSheet(apply: (context: IStyleSheetContext) => void): string {
  const serverSheet = new ServerStyleSheet();
  try {
    apply(contextIn((element) => serverSheet.collectStyles(element)));
    return serverSheet.getStyleTags();
  } finally {
    serverSheet.seal();
  }
}

let unique = 0;
const freshId = (name: string) => `polku-contract-${name}-${++unique}`;

describe(`styled-components ${version}: the APIs the static runtime touches`, () => {
  contract(
    'StyleSheetContext',
    "its value is { styleSheet, stylis }: styled-components' main sheet outside any provider, the collecting sheet inside ServerStyleSheet#collectStyles",
    () => {
      const outside = contextIn();
      expect(outside.styleSheet).toBe(__PRIVATE__.mainSheet);
      expect(typeof outside.stylis).toBe('function');

      const id = freshId('context');
      __PRIVATE__.StyleSheet.registerId(id);
      const tags = withServerSheet(({ styleSheet }) => {
        expect(styleSheet).not.toBe(__PRIVATE__.mainSheet);
        styleSheet.insertRules(id, id, [`.${id}{color:var(--polku-contract-context);}`]);
      });
      expect(tags).toContain(`.${id}{color:var(--polku-contract-context);}`);
    },
  );

  contract(
    "IStyleSheetContext['stylis']",
    'stylis(css, selector, prefix, componentId) returns the compiled rules as strings; one instance per configuration (the cache key of compiled templates); StyleSheetManager options reach it',
    () => {
      const { stylis } = contextIn();
      const rules = stylis('color:red;&:hover{color:blue;}@media (min-width:1px){&{color:green;}}', '.x', undefined, 'x');
      expect(Array.isArray(rules)).toBe(true);
      expect(rules.join('')).toBe('.x{color:red;}.x:hover{color:blue;}@media (min-width:1px){.x{color:green;}}');
      expect(typeof stylis.hash).toBe('string');
      // the same instance in every render without a StyleSheetManager: compiled rules are cached per instance
      expect(contextIn().stylis).toBe(stylis);
      const namespaced = contextIn((element) => createElement(StyleSheetManager, { namespace: '#app' }, element)).stylis;
      expect(namespaced('color:red;', '.x', undefined, 'x').join('')).toBe('#app .x{color:red;}');
    },
  );

  contract(
    'StyleSheet#hasNameForId / #insertRules',
    'a name is unknown to a new sheet, known after insertRules(id, name, rules), whose rules the sheet outputs once; every server render gets its own names',
    () => {
      const id = freshId('insert');
      __PRIVATE__.StyleSheet.registerId(id);
      const rule = `.${id}{color:var(--polku-contract-insert);}`;
      const tags = withServerSheet(({ styleSheet }) => {
        expect(styleSheet.hasNameForId(id, id)).toBe(false);
        styleSheet.insertRules(id, id, [rule]);
        expect(styleSheet.hasNameForId(id, id)).toBe(true);
      });
      expect(tags.split(rule)).toHaveLength(2);
      withServerSheet(({ styleSheet }) => expect(styleSheet.hasNameForId(id, id)).toBe(false));
    },
  );

  contract(
    '__PRIVATE__.StyleSheet.registerId',
    'a static method giving an id its group; a sheet outputs groups in registration order, so a component extending another (defined later) wins at equal specificity',
    () => {
      const first = freshId('first');
      const second = freshId('second');
      const group = __PRIVATE__.StyleSheet.registerId(first);
      expect(typeof group).toBe('number');
      expect(__PRIVATE__.StyleSheet.registerId(first)).toBe(group);
      expect(__PRIVATE__.StyleSheet.registerId(second)).toBeGreaterThan(group);
      const tags = withServerSheet(({ styleSheet }) => {
        styleSheet.insertRules(second, second, [`.${second}{order:2;}`]);
        styleSheet.insertRules(first, first, [`.${first}{order:1;}`]);
      });
      expect(tags.indexOf(`.${first}{`)).toBeGreaterThan(-1);
      expect(tags.indexOf(`.${first}{`)).toBeLessThan(tags.indexOf(`.${second}{`));
    },
  );

  contract(
    'keyframes(): getName(stylis) / inject(styleSheet, stylis)',
    "the object keyframes returns has both methods at runtime (the public Keyframes type leaves them out); inject puts @keyframes under getName's name into the sheet once",
    () => {
      const fade = keyframes`to { opacity: 0.5; }` as unknown as KeyframesObject;
      expect(typeof fade.getName).toBe('function');
      expect(typeof fade.inject).toBe('function');
      const tags = withServerSheet(({ styleSheet, stylis }) => {
        expect(fade.getName(stylis)).toBe(fade.getName());
        fade.inject(styleSheet, stylis);
        fade.inject(styleSheet, stylis);
      });
      expect(tags.split(`@keyframes ${fade.getName()}{`)).toHaveLength(2);
    },
  );

  contract(
    'css`…` (RuleSet)',
    'an array: static text as strings, nested css blocks flattened into it, component selectors kept as the component or its .class, keyframes kept as objects, functions kept as functions (so the runtime can reject them)',
    () => {
      const Target = styled.span.withConfig({ componentId: freshId('selector') })`
        color: var(--polku-contract-target);
      `;
      const fade = keyframes`to { opacity: 0; }`;
      const inner = css`
        margin: 0;
      `;
      const block = css`
        padding: 0;
        ${inner}
        ${Target as never /* css's type does not admit components; at runtime it takes them as selectors */} {
          color: var(--polku-contract-selector);
        }
        animation: ${fade} 1s;
      ` as unknown as readonly unknown[];
      expect(Array.isArray(block)).toBe(true);
      const text = block.filter((part) => typeof part === 'string').join('');
      expect(text).toContain('margin: 0;');
      const selector = `.${Target.styledComponentId}`;
      expect(block.some((part) => part === Target || (typeof part === 'string' && part.includes(selector)))).toBe(true);
      expect(block).toContain(fade);

      const dynamic = css`
        color: ${() => 'red'};
      ` as unknown as readonly unknown[];
      expect(dynamic.some((part) => typeof part === 'function')).toBe(true);
      expect(() => styled.div`${dynamic as StaticInterpolation}`).toThrow('only static interpolations are allowed');
    },
  );

  contract(
    'server style tags and rehydration',
    'ServerStyleSheet writes each group with a data-styled.g<group>[id] marker naming it; a client sheet reading those tags knows the names, so hydration inserts no rule twice',
    async () => {
      const Hydrated = styled.p.withConfig({ componentId: freshId('hydrated') })`
        color: var(--polku-contract-hydrated);
      `;
      const id = Hydrated.styledComponentId;
      const serverSheet = new ServerStyleSheet();
      let html: string;
      let tags: string;
      try {
        html = renderToString(serverSheet.collectStyles(createElement(Hydrated, null, 'text')));
        tags = serverSheet.getStyleTags();
      } finally {
        serverSheet.seal();
      }
      expect(tags).toContain(`data-styled-version="${version}"`);
      expect(tags).toContain(`data-styled.g${__PRIVATE__.StyleSheet.registerId(id)}[id="${id}"]{content:"${id},"}`);

      document.head.insertAdjacentHTML('beforeend', tags);
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      // what the first sheet of a page does when styled-components loads: read the server's tags
      const clientSheet = new __PRIVATE__.StyleSheet({ isServer: false });
      clientSheet.rehydrate();
      expect(clientSheet.hasNameForId(id, id)).toBe(true);

      const root = await act(async () =>
        hydrateRoot(container, createElement(StyleSheetManager, { sheet: clientSheet }, createElement(Hydrated, null, 'text'))),
      );
      const withRule = [...document.querySelectorAll('style')].filter((style) =>
        (style.textContent ?? '').includes('--polku-contract-hydrated'),
      );
      expect(withRule).toHaveLength(1);
      expect(container.firstElementChild?.className).toBe(id);
      act(() => root.unmount());
      for (const style of document.head.querySelectorAll('style')) style.remove();
    },
  );
});
