import { commands, userEvent } from 'vitest/browser';
import { describeElement } from './describe-element';

/*
 * Windows forced-colours mode (High Contrast) drops box-shadows and background images and repaints every colour, so a
 * focus indicator survives only as an outline (WCAG 2.4.7 there). Checked on every story in the light run: with
 * forced colours emulated, each focusable element, focused after a key press (keyboard modality, as after Tab), must
 * show an outline on itself, its ::before/::after or a close ancestor (a custom radio or checkbox draws it on its label).
 */
const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
/** How far up an element's focus indicator may be drawn (input → control box → label). */
const INDICATOR_DEPTH = 3;

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `forced-colors: active` in the page (vitest.config.ts). */
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

export async function assertFocusVisibleInForcedColors(): Promise<void> {
  const candidates = [...document.body.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isReachable);
  if (candidates.length === 0) return;
  const before = document.activeElement;
  const missing: string[] = [];
  await commands.emulateForcedColors(true);
  try {
    await userEvent.keyboard('{Shift}');
    for (const element of candidates) {
      // measured unfocused: an element the play function left focused would otherwise already show its ring
      if (document.activeElement === element) element.blur();
      const ancestorsBefore = ancestorOutlines(element);
      element.focus({ preventScroll: true });
      if (document.activeElement !== element || !element.matches(':focus-visible')) continue;
      if (!hasOutline(element, ancestorsBefore)) missing.push(describeElement(element));
    }
  } finally {
    if (before instanceof HTMLElement && before !== document.body) before.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
    await commands.emulateForcedColors(false);
  }
  if (missing.length > 0) {
    throw new Error(
      `Forced colours: no visible focus indicator (outline) on ${missing.join('; ')}. Box-shadows and background changes ` +
        'disappear in forced-colours mode: give :focus-visible an outline (the shared focusRing block does).',
    );
  }
}

function isReachable(element: HTMLElement): boolean {
  if (element.closest('[inert], [hidden], [aria-hidden="true"]') || (element as HTMLButtonElement).disabled) return false;
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

const drawn = (style: CSSStyleDeclaration) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;

/** Which of the close ancestors draw an outline now. */
function ancestorOutlines(element: HTMLElement): boolean[] {
  const found: boolean[] = [];
  for (let node = element.parentElement; node && found.length < INDICATOR_DEPTH - 1; node = node.parentElement) {
    found.push(drawn(getComputedStyle(node)));
  }
  return found;
}

/**
 * An outline on the focused element or its ::before/::after (a stretched card link draws it there), or one that
 * appeared on a close ancestor when the element took focus (a label around a hidden radio).
 */
function hasOutline(element: HTMLElement, ancestorsBefore: boolean[]): boolean {
  if ([undefined, '::before', '::after'].some((pseudo) => drawn(getComputedStyle(element, pseudo)))) return true;
  return ancestorOutlines(element).some((now, index) => now && !ancestorsBefore[index]);
}
