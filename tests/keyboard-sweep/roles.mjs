// APG key checks per role, run on an opened story page. Each returns a list of findings (strings); empty is a pass.
// The page has window.__sweep (page-helpers.js). Every check leaves the story closed again (Escape) when it can.

const settle = (page, ms = 120) => page.waitForTimeout(ms);
/** WCAG 2.5.8 on what a popup shows while open (options, menu items, days); page-helpers.js does the measuring. */
const openTargets = async (page, describe) =>
  (await page.evaluate(() => window.__sweep.targetSizeFindings())).map((finding) => `${describe} open: target size: ${finding}`);
const active = (page) => page.evaluate(() => window.__sweep.focusInfo());
const activeAttr = (page, name) => page.evaluate((n) => document.activeElement?.getAttribute(n) ?? null, name);
const focusKey = async (page, key) => page.evaluate((k) => document.querySelector(`[data-sweep-key="${k}"]`)?.focus(), key);
const controlled = (page, key) =>
  page.evaluate((k) => {
    const el = document.querySelector(`[data-sweep-key="${k}"]`);
    const target = el && document.getElementById(el.getAttribute('aria-controls') ?? '');
    return target && window.__sweep.visible(target) ? { role: target.getAttribute('role'), key: window.__sweep.keyOf(target) } : null;
  }, key);
const expanded = (page, key) => page.evaluate((k) => document.querySelector(`[data-sweep-key="${k}"]`)?.getAttribute('aria-expanded'), key);

/** APG combobox with listbox popup: Down opens, aria-activedescendant names an option and moves, Escape closes. */
export async function checkCombobox(page, key, describe) {
  const findings = [];
  await focusKey(page, key);
  if ((await expanded(page, key)) === 'true') {
    await page.keyboard.press('Escape');
    await settle(page);
  }
  await page.keyboard.press('ArrowDown');
  // async options: wait for the loader (debounced) to fill the list
  await page
    .waitForFunction((k) => document.getElementById(document.querySelector(`[data-sweep-key="${k}"]`)?.getAttribute('aria-controls') ?? '')?.querySelector('[role="option"]'), key, { timeout: 2500 })
    .catch(() => {});
  let popup = await controlled(page, key);
  if ((await expanded(page, key)) !== 'true' || popup?.role !== 'listbox') {
    const hiddenOptions = await page.evaluate(
      (k) => document.getElementById(document.querySelector(`[data-sweep-key="${k}"]`)?.getAttribute('aria-controls') ?? '')?.querySelectorAll('[role="option"]').length ?? 0,
      key,
    );
    // No options exist yet (free text with none offered, a search that loads on typing): Down has nothing to show.
    // Type a letter: if options then appear, check moving through them; if none appear, there is nothing to check.
    if (!hiddenOptions) {
      await page.keyboard.type('a');
      await page
        .waitForFunction((k) => document.getElementById(document.querySelector(`[data-sweep-key="${k}"]`)?.getAttribute('aria-controls') ?? '')?.querySelector('[role="option"]'), key, { timeout: 2000 })
        .catch(() => {});
      popup = await controlled(page, key);
    }
    if ((await expanded(page, key)) !== 'true' || popup?.role !== 'listbox') {
      if (!hiddenOptions) return findings;
      findings.push(`${describe}: ArrowDown did not open a visible listbox (aria-expanded=${await expanded(page, key)}, popup role=${popup?.role ?? 'none'})`);
      return findings;
    }
  }
  findings.push(...(await checkListbox(page, popup.key, describe)));
  findings.push(...(await openTargets(page, describe)));
  const options = await page.evaluate((k) => document.querySelector(`[data-sweep-key="${k}"]`).querySelectorAll('[role="option"]:not([aria-disabled="true"])').length, popup.key);
  let first = await activeAttr(page, 'aria-activedescendant');
  if (!first) {
    await page.keyboard.press('ArrowDown');
    await settle(page, 60);
    first = await activeAttr(page, 'aria-activedescendant');
  }
  const isOption = (id) => page.evaluate((i) => document.getElementById(i)?.getAttribute('role') === 'option', id);
  if (options > 0) {
    if (!first || !(await isOption(first))) findings.push(`${describe}: after ArrowDown aria-activedescendant (${first}) names no option`);
    else if (options > 1) {
      await page.keyboard.press('ArrowDown');
      await settle(page, 60);
      const second = await activeAttr(page, 'aria-activedescendant');
      if (!second || second === first || !(await isOption(second))) findings.push(`${describe}: a second ArrowDown did not move aria-activedescendant to another option (${first} -> ${second})`);
    }
  }
  await page.keyboard.press('Escape');
  await settle(page);
  if ((await expanded(page, key)) === 'true') findings.push(`${describe}: Escape left the listbox open`);
  const now = await active(page);
  if (now.key !== key) findings.push(`${describe}: Escape moved focus off the combobox to ${now.desc ?? 'body'}`);
  return findings;
}

/** Listbox: named, holds options, each option named; aria-selected where options are selectable. */
export async function checkListbox(page, listKey, describe) {
  return page.evaluate(
    ([k, d]) => {
      const list = document.querySelector(`[data-sweep-key="${k}"]`);
      const out = [];
      if (!list.getAttribute('aria-label') && !list.getAttribute('aria-labelledby')) out.push(`${d}: the listbox has no accessible name`);
      for (const option of list.querySelectorAll('[role="option"]')) {
        if (!(option.getAttribute('aria-label') || option.textContent.trim())) out.push(`${d}: option ${option.id} has no name`);
        if (option.closest('[role="listbox"]') !== list) out.push(`${d}: option ${option.id} sits outside its listbox`);
      }
      return out;
    },
    [listKey, describe],
  );
}

/** APG menu button: Enter opens with focus on the first item, Down moves, Escape closes and focus returns. */
export async function checkMenuButton(page, key, describe) {
  const findings = [];
  await focusKey(page, key);
  await page.keyboard.press('Enter');
  await settle(page);
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const menu = el?.closest('[role="menu"]');
    const items = menu ? [...menu.querySelectorAll('[role^="menuitem"]')].filter((item) => item.getAttribute('aria-disabled') !== 'true') : [];
    return { role: el?.getAttribute('role'), isFirst: items[0] === el, count: items.length, key: el && window.__sweep.keyOf(el) };
  });
  if (!first.role?.startsWith('menuitem')) {
    findings.push(`${describe}: Enter did not move focus to a menuitem (focus on ${(await active(page)).desc ?? 'body'})`);
    await page.keyboard.press('Escape');
    return findings;
  }
  findings.push(...(await openTargets(page, describe)));
  if (!first.isFirst) findings.push(`${describe}: Enter focused a menuitem that is not the first enabled one`);
  if (first.count > 1) {
    await page.keyboard.press('ArrowDown');
    await settle(page, 60);
    const next = await active(page);
    if (next.key === first.key || !(await activeAttr(page, 'role'))?.startsWith('menuitem')) findings.push(`${describe}: ArrowDown did not move focus to another menuitem`);
  }
  await page.keyboard.press('Escape');
  await settle(page);
  if ((await expanded(page, key)) === 'true' || (await page.evaluate(() => [...document.querySelectorAll('[role="menu"]')].some((m) => window.__sweep.visible(m))))) {
    findings.push(`${describe}: Escape left the menu open`);
  }
  if ((await active(page)).key !== key) findings.push(`${describe}: after Escape focus is on ${(await active(page)).desc ?? 'body'}, not the menu button`);
  return findings;
}

const visibleDialog = (page) =>
  page.evaluate(() => {
    const dialog = [...document.querySelectorAll('[role="dialog"], dialog[open]')].find((d) => window.__sweep.visible(d));
    return dialog ? { key: window.__sweep.keyOf(dialog), holdsFocus: dialog.contains(document.activeElement) } : null;
  });

/** Dialog (popover, calendar): Enter on the trigger opens it with focus inside, Escape closes it and focus returns. */
export async function checkDialogTrigger(page, key, describe, inside) {
  const findings = [];
  // a story whose play function left the popup open: close it first (Escape inside it, else Enter on the trigger)
  if ((await visibleDialog(page)) || (await expanded(page, key)) === 'true') {
    if (await visibleDialog(page)) await page.keyboard.press('Escape');
    await settle(page);
    await focusKey(page, key);
    if ((await expanded(page, key)) === 'true') await page.keyboard.press('Enter');
    await settle(page);
  }
  await focusKey(page, key);
  await page.keyboard.press('Enter');
  await settle(page, 200);
  const dialog = await visibleDialog(page);
  if (!dialog) {
    const popup = await controlled(page, key);
    if (popup && popup.role !== 'dialog') return checkDisclosure(page, key, describe);
    findings.push(`${describe}: Enter opened no visible dialog`);
    return findings;
  }
  if (!dialog.holdsFocus) findings.push(`${describe}: the dialog opened but focus stayed outside it (${(await active(page)).desc})`);
  findings.push(...(await openTargets(page, describe)));
  if (inside) findings.push(...(await inside(page, dialog, describe)));
  await page.keyboard.press('Escape');
  await settle(page, 150);
  if (await visibleDialog(page)) findings.push(`${describe}: Escape left the dialog open`);
  if ((await active(page)).key !== key) findings.push(`${describe}: after Escape focus is on ${(await active(page)).desc ?? 'body'}, not the trigger`);
  return findings;
}

/** A disclosure (ServiceHeader's mobile menu): Enter expands, Escape from inside collapses with focus back. */
async function checkDisclosure(page, key, describe) {
  const findings = [];
  if ((await expanded(page, key)) !== 'true') findings.push(`${describe}: Enter did not set aria-expanded=true`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await settle(page);
  if ((await expanded(page, key)) === 'true') findings.push(`${describe}: Escape from inside the disclosure left it open`);
  if ((await active(page)).key !== key) findings.push(`${describe}: after Escape focus is on ${(await active(page)).desc ?? 'body'}, not the button`);
  return findings;
}

/** APG date picker grid: arrows move by day / week, PageDown changes the month, Home / End stay in the week. */
export async function checkCalendarGrid(page, dialog, describe) {
  const findings = [];
  const hasGrid = await page.evaluate((k) => Boolean(document.querySelector(`[data-sweep-key="${k}"]`)?.querySelector('[role="grid"]')), dialog.key);
  if (!hasGrid) return findings;
  const state = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const grid = el?.closest('[role="grid"]');
      if (!grid) return null;
      const label = grid.getAttribute('aria-labelledby');
      const heading = (label && document.getElementById(label)?.textContent) || grid.getAttribute('aria-label') || '';
      const r = el.getBoundingClientRect();
      return { key: window.__sweep.keyOf(el), text: el.textContent.trim(), x: Math.round(r.x), y: Math.round(r.y), heading: heading.trim() };
    });
  const start = await state();
  if (!start) return [`${describe}: opening the calendar did not put focus in its grid (focus on ${(await active(page)).desc})`];
  const press = async (k) => {
    await page.keyboard.press(k);
    await settle(page, 60);
    return state();
  };
  const moved = (from, to, how) => {
    if (!to) findings.push(`${describe}: ${how} took focus out of the grid`);
    return to;
  };
  const right = moved(start, await press('ArrowRight'), 'ArrowRight');
  if (right && right.key === start.key) findings.push(`${describe}: ArrowRight did not move focus`);
  if (right && right.heading === start.heading && !(right.x > start.x || right.y > start.y)) findings.push(`${describe}: ArrowRight moved focus backwards`);
  const left = moved(right, await press('ArrowLeft'), 'ArrowLeft');
  if (left && left.text !== start.text) findings.push(`${describe}: ArrowLeft after ArrowRight did not return to day ${start.text} (on ${left.text})`);
  const down = moved(left, await press('ArrowDown'), 'ArrowDown');
  if (down && down.heading === start.heading && !(down.x === start.x && down.y > start.y)) findings.push(`${describe}: ArrowDown did not move one week down in the same column`);
  const up = moved(down, await press('ArrowUp'), 'ArrowUp');
  if (up && up.text !== start.text) findings.push(`${describe}: ArrowUp after ArrowDown did not return to day ${start.text} (on ${up.text})`);
  const next = moved(up, await press('PageDown'), 'PageDown');
  if (next && next.heading === start.heading) {
    // at the latest month a max date allows, PageDown stays: then PageUp must move back a month
    const previous = moved(next, await press('PageUp'), 'PageUp');
    // min and max in one month: both month buttons (outside the grid) are disabled and the month cannot change
    const locked = await page.evaluate(
      (k) => [...document.querySelector(`[data-sweep-key="${k}"]`).querySelectorAll('button:disabled, button[aria-disabled="true"]')].filter((b) => !b.closest('[role="grid"]')).length >= 2,
      dialog.key,
    );
    if (previous && previous.heading === start.heading && !locked) findings.push(`${describe}: neither PageDown nor PageUp changed the month (heading stayed "${start.heading}")`);
    if (previous && previous.heading !== start.heading) await press('PageDown');
  } else if (next) {
    const back = moved(next, await press('PageUp'), 'PageUp');
    if (back && back.heading !== start.heading) findings.push(`${describe}: PageUp after PageDown did not return to "${start.heading}" (on "${back.heading}")`);
  }
  const back = await state();
  const home = moved(back, await press('Home'), 'Home');
  const end = moved(home, await press('End'), 'End');
  if (home && end && home.heading === end.heading && !(end.y === home.y && end.x > home.x)) findings.push(`${describe}: Home / End did not move to the start / end of the same week (Home: ${home.text} at ${home.x},${home.y}; End: ${end.text} at ${end.x},${end.y})`);
  return findings;
}
