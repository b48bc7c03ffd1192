// Offline after one visit: the service worker (sw.js, written by the build)
// keeps the app and the catalogue, so a reload with no network shows the whole
// catalogue and the date of its data; a later online visit picks up a newer
// catalogue, and a newer app replaces the old caches, without anyone clearing them.

import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openPage, resultsOnceCounted, readResults, DIST, suite } from './support.mjs';

const CATALOGUE = '/data/catalogue.json';

describe('offline after one visit', () => {
  const shared = suite();

  afterEach(() => {
    shared.server.setDown(false);
    shared.server.clearFaults();
  });

  /** A first visit, until the service worker controls the page. */
  async function firstVisit() {
    const page = await openPage(shared.browser, shared.server);
    await page.goto(shared.server.origin + '/');
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    return page;
  }

  /**
   * The names of the page's caches once they are exactly `expected` (any, when it
   * is null), asked again every 50 ms for at most 10 s: the worker fills and
   * deletes them in the background, with no event the page can wait for.
   */
  async function cachesOnce(page, expected) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const keys = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('learnlocal-')));
      if (expected === null ? keys.length > 0 : keys.join() === expected.join()) return keys;
      if (Date.now() > deadline) throw new Error(`the caches are still ${JSON.stringify(keys)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('reloads with no network and lists the whole catalogue, with the date of its data', async () => {
    const page = await firstVisit();
    const online = await readResults(page);
    shared.server.setDown(true);
    await page.context().setOffline(true);
    await page.reload();
    assert.deepEqual(await resultsOnceCounted(page, shared.catalogue.opportunities.length), online);
    assert.match(
      await page.locator('.results__as-of').innerText(),
      /^Data as of (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\.$/,
    );
    // A detail page opened from the list works offline too.
    await page.locator('.result-card a').first().click();
    await page.getByRole('heading', { level: 1, name: online[0].title }).waitFor();
    assert.deepEqual(page.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
    await page.context().close();
  });

  it('picks up a newer catalogue on a later online visit, and keeps it for offline', async () => {
    const page = await firstVisit();
    const newer = structuredClone(shared.catalogue);
    newer.opportunities[0].title = 'A title changed on the server';
    shared.server.fault(CATALOGUE, { status: 200, body: JSON.stringify(newer) });
    await page.reload();
    await page.getByRole('link', { name: 'A title changed on the server' }).waitFor();
    shared.server.setDown(true);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'A title changed on the server' }).waitFor();
    await page.context().close();
  });

  it('picks up a newer app: its worker takes over and deletes the old caches', async () => {
    const page = await firstVisit();
    const [old] = await cachesOnce(page, null);
    const script = await fs.readFile(path.join(DIST, 'sw.js'), 'utf8');
    const version = script.match(/const VERSION = '([0-9a-f]+)';/)[1];
    assert.equal(old, `learnlocal-${version} /`);
    const newer = script.replace(`const VERSION = '${version}'`, "const VERSION = 'newer-app'");
    shared.server.fault('/sw.js', { status: 200, body: newer, type: 'text/javascript' });
    await page.reload();
    assert.deepEqual(await cachesOnce(page, ['learnlocal-newer-app /']), ['learnlocal-newer-app /']);
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    await page.context().close();
  });
});
