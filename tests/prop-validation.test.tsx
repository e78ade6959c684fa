/**
 * Every validated prop in @polku/react and @polku/cx (issue 18 item 5), one row each: a bad value warns in
 * development naming component, prop and value, and what renders instead is asserted on the DOM. The same rows then
 * render in production mode (`NODE_ENV=production`, read by `isDevelopment` when the packages load): no warning, no
 * throw, and the same safe rendering, as the checks themselves run in production too.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import * as R from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import * as C from '@polku/cx';
import * as M from '@polku/cx/metrics';
import { captureConsole } from '@polku/test-utils';
import { cxRows } from './prop-validation/cx-rows';
import { reactRows } from './prop-validation/react-rows';
import type { Modules } from './prop-validation/row';

const rows = [...reactRows, ...cxRows];

describe('prop validation table', () => {
  beforeEach(() => resetDevMessages());

  it('lists at least the 27 invalid inputs of issue 18, each prop once per bad value', () => {
    expect(rows.length).toBeGreaterThanOrEqual(27);
    const keys = rows.map((row) => `${row.component} ${row.prop} ${row.bad}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(rows)('$component $prop = $bad warns and renders safely', async (row) => {
    // the expected text itself names component, prop and value
    expect(row.warning).toContain(row.component);
    expect(row.warning).toContain(row.prop);
    expect(row.warning).toContain(row.bad);
    const console = captureConsole();
    try {
      const { container } = render(row.render({ R, C, M }));
      await row.instead(container);
      expect([...console.warnings(), ...console.errors()].join('\n')).toContain(row.warning);
    } finally {
      console.restore();
    }
  });
});

describe('prop validation in production', () => {
  let production: Modules;
  let productionIsDevelopment: boolean;
  beforeAll(async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    production = { R: await import('@polku/react'), C: await import('@polku/cx'), M: await import('@polku/cx/metrics') };
    productionIsDevelopment = (await import('@polku/react/internal')).isDevelopment;
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('loads with isDevelopment false', () => {
    expect(productionIsDevelopment).toBe(false);
  });

  it.each(rows)('$component $prop = $bad: no warning, no throw, same safe rendering', async (row) => {
    const console = captureConsole();
    try {
      const { container } = render(row.render(production));
      await row.instead(container);
      expect([...console.warnings(), ...console.errors()].filter((line) => line.includes('[Polku]'))).toEqual([]);
    } finally {
      console.restore();
    }
  });
});
