import { describeElement } from './describe-element';

/**
 * WCAG 1.4.10 Reflow, checked on every story in the browser: at 320 CSS px the page must not scroll sideways. Content
 * that needs two dimensions (a data table, a wide diagram) may scroll inside its own container; the page may not.
 * The `storybook:high-contrast` project renders every story at 320 px (the `viewport` parameter in preview.tsx) and
 * runs this after each one.
 */
export function assertNoHorizontalScroll(): void {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width) return;
  throw new Error(
    `Reflow (WCAG 1.4.10): at ${width} px the page scrolls sideways to ${root.scrollWidth} px. Too wide: ${widest(width).join('; ')}. ` +
      'Let the content wrap, or give two-dimensional content its own scroll container.',
  );
}

/**
 * The outermost elements that reach past the right edge, described by tag, class and text. What scrolls inside its own
 * container (a wide table in its scroll region) is not looked into: it does not widen the page.
 */
function widest(width: number): string[] {
  const found: string[] = [];
  const visit = (element: Element): void => {
    if (found.length >= 5) return;
    if (element.getBoundingClientRect().right > width + 0.5) {
      found.push(`${describeElement(element)} ${Math.round(element.getBoundingClientRect().width)} px wide`);
      return;
    }
    if (element.scrollWidth > element.clientWidth && /auto|scroll|hidden|clip/.test(getComputedStyle(element).overflowX)) return;
    for (const child of element.children) visit(child);
  };
  for (const child of document.body.children) visit(child);
  return found;
}
