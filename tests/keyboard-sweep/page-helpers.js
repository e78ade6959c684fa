// Injected into every story iframe before it loads (page.addInitScript): the in-page half of the keyboard sweep.
// Plain browser JS on purpose: it runs as is inside Chromium, not through a bundler.
window.__sweep = (() => {
  const TARGETS =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), ' +
    '[role="button"], [role="link"], [role="option"], [role="menuitem"], [role="menuitemradio"], ' +
    '[role="menuitemcheckbox"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], ' +
    '[role="gridcell"] button, [role="gridcell"][tabindex]';
  let nextKey = 1;

  const keyOf = (el) => {
    if (!el.dataset.sweepKey) el.dataset.sweepKey = String(nextKey++);
    return el.dataset.sweepKey;
  };
  const inStorybookChrome = (el) => Boolean(el.closest('#storybook-docs, .sb-wrapper, .sb-errordisplay, .sb-nopreview'));
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  /** Visually hidden (clip / 1 px) controls are no pointer target: their label is. */
  const visuallyHidden = (el) => {
    const r = el.getBoundingClientRect();
    return r.width <= 2 || r.height <= 2 || Number(getComputedStyle(el).opacity) === 0;
  };
  const describe = (el) => {
    if (!el || el === document.body) return 'body';
    const role = el.getAttribute('role');
    const name = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || el.getAttribute('placeholder') || el.name || '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 32);
    return `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}${el.type && el.tagName === 'INPUT' ? `[type=${el.type}]` : ''} "${name}"`;
  };
  /** The box a focus indicator would be drawn around: a visually hidden control's label or nearest sized ancestor. */
  const indicatorBox = (el) => {
    let target = el;
    if (visuallyHidden(el)) target = el.labels?.[0] ?? el.parentElement;
    while (target && target !== document.body && visuallyHidden(target)) target = target.parentElement;
    target ??= el;
    // a field's ring is often drawn on its wrapper (:focus-within), which also holds its buttons: take ancestors at
    // most 64 px wider and 32 px taller
    const own = target.getBoundingClientRect();
    for (let parent = target.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const r = parent.getBoundingClientRect();
      if (r.width > own.width + 64 || r.height > own.height + 32) break;
      target = parent;
    }
    return box(target);
  };

  function focusInfo() {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { isBody: true };
    return {
      key: keyOf(el),
      desc: describe(el),
      rect: indicatorBox(el),
      scroll: { x: scrollX, y: scrollY },
      inChrome: inStorybookChrome(el),
    };
  }

  /** Every visible pointer target of the story: its element, box and whether it is a text link inside a sentence. */
  function targets() {
    return [...document.querySelectorAll(TARGETS)]
      .filter((el) => !inStorybookChrome(el) && !el.disabled && visible(el) && !visuallyHidden(el))
      .map((el) => {
        const inlineLink =
          el.tagName === 'A' &&
          getComputedStyle(el).display === 'inline' &&
          (el.parentElement?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
        return { el, rect: box(el), inlineLink };
      });
  }

  /** WCAG 2.5.8: a target is 24x24 CSS px, or its 24 px circle meets no other target nor another small one's circle. */
  function targetSizeFindings() {
    const all = targets();
    const findings = [];
    const centre = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const distanceToRect = (p, r) => Math.hypot(Math.max(r.x - p.x, 0, p.x - (r.x + r.width)), Math.max(r.y - p.y, 0, p.y - (r.y + r.height)));
    const nested = (a, b) => a.el.contains(b.el) || b.el.contains(a.el);
    const small = (t) => t.rect.width < 23.95 || t.rect.height < 23.95;
    for (const target of all) {
      if (!small(target) || target.inlineLink) continue;
      const c = centre(target.rect);
      const clash = all.find(
        (other) =>
          other !== target &&
          !nested(target, other) &&
          (small(other) ? Math.hypot(centre(other.rect).x - c.x, centre(other.rect).y - c.y) < 24 : distanceToRect(c, other.rect) < 12),
      );
      if (clash) {
        findings.push(
          `${describe(target.el)} is ${target.rect.width.toFixed(1)}x${target.rect.height.toFixed(1)} px and its 24 px circle meets ${describe(clash.el)}`,
        );
      }
    }
    return findings;
  }

  /** Changed pixels between two viewport PNGs inside `rect`, leaving out `exclude` (the previous stop's ring). */
  async function changedPixels(beforeBase64, afterBase64, rect, exclude) {
    const decode = async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [a, b] = await Promise.all([decode(beforeBase64), decode(afterBase64)]);
    const x0 = Math.max(0, Math.floor(rect.x));
    const y0 = Math.max(0, Math.floor(rect.y));
    const x1 = Math.min(a.width, Math.ceil(rect.x + rect.width));
    const y1 = Math.min(a.height, Math.ceil(rect.y + rect.height));
    const excluded = (x, y) => exclude && x >= exclude.x && x < exclude.x + exclude.width && y >= exclude.y && y < exclude.y + exclude.height;
    let changed = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        if (excluded(x, y)) continue;
        const i = (y * a.width + x) * 4;
        if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 24) changed++;
      }
    }
    return changed;
  }

  const renderPhase = () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase;

  return { focusInfo, targetSizeFindings, changedPixels, describe, renderPhase, visible, keyOf };
})();
