// The wasm in parts: the shell every visit downloads draws the finder; the
// detail, shortlist and compare pages, the map and the QR code are parts of
// their own (dist/parts/, cut by the build's post-build hook), fetched the first
// time they are shown. A part that cannot be fetched is said, with "Try again",
// and the app goes on.

import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resultsOnceCounted, readResults, DIST, suite } from './support.mjs';

/** The part files the build wrote, by the name their code was given. */
async function partFile(name) {
  const files = await fs.readdir(path.join(DIST, 'parts'));
  const file = files.find((f) => f.startsWith(`${name}-`) && f.endsWith('.wasm'));
  assert.ok(file, `dist/parts/ holds a ${name} part: ${files.join(', ')}`);
  return `/parts/${file}`;
}

describe('the wasm in parts', () => {
  const shared = suite();

  afterEach(() => shared.server.clearFaults());

  /**
   * A phone-sized page with no service worker (it would fetch every part when it
   * installs), so the server's requests are the page's own.
   */
  async function openWithoutWorker() {
    const context = await shared.browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') page.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => page.consoleErrors.push(String(error)));
    return page;
  }

  /** Every part the page asks for, in order. */
  function partsAsked(page) {
    const asked = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/parts/')) asked.push(pathname);
    });
    return asked;
  }

  it('draws the first results with every part held back, and fetches a page or the map when first shown', async () => {
    const page = await openWithoutWorker();
    const asked = partsAsked(page);
    const start = shared.server.requests.length;
    // No part answers until the first results are drawn: they need none.
    let release;
    const gate = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/parts/**', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(shared.server.origin + '/');
    const results = await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    const wasm = shared.server.requests.slice(start).filter((p) => p.endsWith('.wasm'));
    assert.deepEqual(wasm.length, 1, `one module starts the app: ${wasm}`);
    const [detail, map, panel] = await Promise.all(['detail-page', 'finder-map', 'filter-panel'].map(partFile));
    // The filter panel's part is asked for after the first results (it is drawn then).
    assert.ok(!asked.includes(detail) && !asked.includes(map), `no page's or map's part yet: ${asked}`);
    release();
    await page.locator('.check-group').first().waitFor({ state: 'attached' });
    assert.ok(asked.includes(panel), `the filter panel's part: ${asked}`);

    await page.locator('.result-card a').first().click();
    await page.getByRole('heading', { level: 1, name: results[0].title }).waitFor();
    assert.ok(asked.includes(detail), `the detail page's part was fetched: ${asked}`);
    assert.ok(!asked.includes(map), 'the map is not fetched for a detail page');

    // Back on the list, the map's part comes when the map is first shown.
    await page.goBack();
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    await page.getByRole('navigation', { name: 'Show results as' }).getByRole('link', { name: 'Map' }).click();
    await page.locator('.map__marker').first().waitFor();
    assert.ok(asked.includes(map));
    // A second visit to a page fetches nothing again.
    const before = asked.length;
    await page.getByRole('navigation', { name: 'Show results as' }).getByRole('link', { name: 'List' }).click();
    await page.locator('.result-card a').nth(1).click();
    await page.getByRole('heading', { level: 1, name: results[1].title }).waitFor();
    assert.equal(asked.length, before);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('says when a page cannot be fetched, and shows it on "Try again"', async () => {
    const page = await openWithoutWorker();
    const target = await readFirstResult(page);
    const detail = await partFile('detail-page');
    shared.server.fault(detail, { status: 503, type: 'text/plain', body: 'unavailable' });
    await page.locator('.result-card a').first().click();
    const alert = page.getByRole('alert');
    await alert.getByText('This part of the page could not load. Check your connection, then try again.').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1, name: target }).count(), 0);
    // The app is still running: the retry shows the page, and Back the list.
    shared.server.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: target }).waitFor();
    await page.goBack();
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    await page.context().close();
  });

  /** Opens the finder and returns the first result's title. */
  async function readFirstResult(page) {
    await page.goto(shared.server.origin + '/');
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    return (await readResults(page))[0].title;
  }
});
