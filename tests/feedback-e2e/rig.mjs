/**
 * The parts of a fault run: the receiver (its own process, PGlite), the fault proxy in front of it, the Vite-built
 * test page on its own origin (two host names: 127.0.0.1 and localhost, two storage origins), system Chromium, and a
 * recorder of what the widgets said.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { startFaultProxy } from './fault-proxy.mjs';
import { buildPage, startPageServer } from './page-server.mjs';
import { startReceiver } from './receiver.mjs';

/** What the widgets reported (through a Playwright binding) and said, per answer id. */
export function createRecorder() {
  const submitted = new Map();
  const memoryOnlyClosed = new Set();
  const recorder = {
    submitted,
    memoryOnlyClosed,
    /** id → the widget's state when its page last went away (for telling how a lost answer was lost). */
    stateAtClose: new Map(),
    /** What the run is doing now (set by the driver), recorded with each answer. */
    phase: '',
    binding: (_source, event) => {
      if (event?.type !== 'submitted' || submitted.has(event.id)) return;
      submitted.set(event.id, { tab: event.tab, load: event.load, queue: event.queue, phase: recorder.phase, at: Date.now() });
    },
  };
  return recorder;
}

/**
 * True when the widget said the answer is not kept on this device: one of the built-in memory-only notices is on
 * screen (lost if the page closes before it is sent), or the answer could not be kept at all (`unsaved`).
 */
export function saidNotOnDevice(status) {
  return status.memoryOnly || status.state === 'unsaved';
}

/** One tab of the test page, reloadable and closable, recording memory-only answers before its page goes away. */
export class Tab {
  constructor(context, recorder, url, name) {
    Object.assign(this, { context, recorder, url, name, page: null, pageLoads: 0 });
  }
  async open() {
    this.page = await this.context.newPage();
    await this.#load(() => this.page.goto(this.url));
    return this;
  }
  async #load(navigate) {
    await navigate();
    await this.page.waitForFunction(() => Boolean(window.__polku), undefined, { timeout: 30_000 });
    this.pageLoads += 1;
  }
  /** Answers n questions through the widgets' forms; returns their ids. */
  answer(n) {
    return this.page.evaluate((count) => window.__polku.answer(count), n);
  }
  statuses() {
    return this.page.evaluate(() => window.__polku.statuses());
  }
  /** Notes which answers this page's widgets showed as memory-only: the page is about to go. */
  async #noteMemoryOnly() {
    for (const status of await this.statuses().catch(() => [])) {
      if (!status.id) continue;
      this.recorder.stateAtClose.set(status.id, status.memoryOnly ? `${status.state} (memory only)` : status.state);
      if (status.state !== 'sent' && saidNotOnDevice(status)) this.recorder.memoryOnlyClosed.add(status.id);
    }
  }
  /**
   * Diagnostics only: ids of the entries in the outbox's IndexedDB on this origin (database `polku-feedback`, an
   * implementation detail of @polku/cx; empty when it does not exist). Tells "stuck in the outbox" from "never kept".
   */
  deviceOutboxIds() {
    return this.page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('polku-feedback');
          open.onerror = () => resolve([]);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('entries')) return resolve([]);
            const keys = db.transaction('entries').objectStore('entries').getAllKeys();
            keys.onsuccess = () => resolve(keys.result.map(String));
            keys.onerror = () => resolve([]);
          };
        }),
    );
  }
  async reload() {
    await this.#noteMemoryOnly();
    await this.#load(() => this.page.reload());
  }
  async close() {
    await this.#noteMemoryOnly();
    await this.page.close();
  }
}

/** Starts receiver, proxy (with the page) and Chromium. `close()` stops them all. */
export async function startRig({ plan } = {}) {
  const built = buildPage();
  const pages = await startPageServer(built);
  const origins = ['127.0.0.1', 'localhost'].map((host) => `http://${host}:${pages.port}`);
  const parts = await Promise.allSettled([
    startReceiver({ allowedOrigins: origins }),
    chromium.launch({ ...chromiumLaunchOptions(), headless: true }),
    built,
  ]);
  const failed = parts.find((part) => part.status === 'rejected');
  if (failed) {
    // One part did not start (a page that does not build, a receiver that does not get ready): stop the others.
    const [receiverPart, browserPart] = parts;
    if (receiverPart.status === 'fulfilled') await receiverPart.value.stop();
    if (browserPart.status === 'fulfilled') await browserPart.value.close();
    await pages.close();
    throw failed.reason;
  }
  const [receiver, browser] = parts.map((part) => part.value);
  const proxy = await startFaultProxy({ upstream: receiver.url, plan });
  const persistent = [];
  const endpoint = encodeURIComponent(`${proxy.url}/v1/feedback`);
  const pageUrl = (tab, host = '127.0.0.1') => `http://${host}:${pages.port}/?tab=${tab}&endpoint=${endpoint}`;
  return {
    receiver,
    proxy,
    browser,
    pageUrl,
    /** A browser context whose pages report to `recorder`. */
    async newContext(recorder) {
      const context = await browser.newContext();
      await context.exposeBinding('__polkuRecord', recorder.binding);
      return context;
    },
    /**
     * A separate Chromium profile with all site storage blocked (content setting "block cookies"): localStorage and
     * Web Locks throw SecurityError, IndexedDB fails to open — what a locked-down browser really does.
     */
    async newBlockedStorageContext(recorder) {
      const profile = await mkdtemp(path.join(tmpdir(), 'polku-blocked-profile-'));
      await mkdir(path.join(profile, 'Default'), { recursive: true });
      const preferences = { profile: { default_content_setting_values: { cookies: 2 } } };
      await writeFile(path.join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
      const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), headless: true });
      persistent.push(context);
      await context.exposeBinding('__polkuRecord', recorder.binding);
      return context;
    },
    async close() {
      for (const context of persistent) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await proxy.close();
      await pages.close();
      await receiver.stop();
    },
  };
}

/** Fills the page origin's storage: localStorage to the last byte, IndexedDB quota shrunk to 1 byte (CDP). */
export async function fillStorage(context, page) {
  const origin = new URL(page.url()).origin;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  return page.evaluate(() => {
    let stored = 0;
    let size = 1 << 20;
    for (let key = 0; size >= 1; key += 1) {
      try {
        localStorage.setItem(`__fill${key}`, 'x'.repeat(size));
        stored += size;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return stored;
  });
}
