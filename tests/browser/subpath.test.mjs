// The app published under a sub-path (`cargo xtask build --base /learning/`), on
// each kind of host the README documents (tests/browser/hosts.mjs): the finder,
// a detail page opened directly, Back, a shared search, the interface language,
// the service worker, the manifest, the workbench and the coordinators' page all
// stay under the base, and nothing is asked for outside it.
//
// `cargo xtask test` builds the sub-path build and names it in
// LEARNLOCAL_BASE_DIST; without it this file is skipped, saying so.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, openPage, resultsOnceCounted, matchesText, expectedResults } from './support.mjs';
import { BASE, BASE_DIST, startHost } from './hosts.mjs';
import { decodeShown } from './qr-support.mjs';

const skip = BASE_DIST ? false : 'LEARNLOCAL_BASE_DIST is not set: `cargo xtask test` builds the sub-path build and sets it';

/** What the page asked the host for, outside the base (none expected). */
const outsideBase = (host) => host.requests.filter((p) => !p.startsWith(BASE));

for (const fallback of ['rewrite', 'static-host', '404-page']) {
  describe(`published under ${BASE}, served with the ${fallback} rules`, { skip }, () => {
    let host;
    let browser;
    let catalogue;
    before(async () => {
      catalogue = JSON.parse(await fs.readFile(path.join(BASE_DIST, 'data', 'catalogue.json'), 'utf8'));
      host = await startHost({ fallback });
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await host?.close();
    });

    it('lists the whole catalogue, with every link and request under the base', async () => {
      const page = await openPage(browser, host);
      await page.goto(host.site);
      await resultsOnceCounted(page, catalogue.opportunities.length);
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length > 5, 'the page has links of its own');
      assert.deepEqual(hrefs.filter((h) => !h.startsWith(BASE)), [], 'every link of the site is under the base');
      assert.deepEqual(outsideBase(host), []);
      assert.deepEqual(page.offOrigin, []);
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });

    it('opens a detail page from its link directly, and a shared search, and Back returns to it', async () => {
      const target = catalogue.opportunities.at(-1);
      const page = await openPage(browser, host);
      const response = await page.goto(`${host.site}o/${encodeURIComponent(target.id)}`);
      // A host with no rewrites answers with its 404 page, which is the app.
      assert.equal(response.status(), fallback === '404-page' ? 404 : 200);
      await page.getByRole('heading', { level: 1, name: target.title }).waitFor();

      // A community worker's link to a search: the same results on any device.
      const word = 'computer';
      const expected = expectedResults(catalogue, matchesText(word, catalogue));
      assert.ok(expected.length > 0, `the demo has results for "${word}"`);
      await page.goto(`${host.site}?q=${word}&within=any`);
      await resultsOnceCounted(page, expected.length);
      const first = page.locator('.result-card__link').first();
      const title = (await first.innerText()).trim();
      await first.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.ok(new URL(page.url()).pathname.startsWith(`${BASE}o/`), page.url());
      await page.goBack();
      await resultsOnceCounted(page, expected.length);
      assert.equal(new URL(page.url()).pathname, BASE);
      assert.equal(await page.getByRole('searchbox').inputValue(), word);
      assert.deepEqual(outsideBase(host), []);
      assert.deepEqual(page.consoleErrors.filter((e) => !/404 \(Not Found\)/.test(e)), []);
      await page.context().close();
    });
  });
}

describe(`published under ${BASE}: language, sharing, offline, manifest, kiosk and workbench`, { skip }, () => {
  let host;
  let browser;
  let catalogue;
  before(async () => {
    catalogue = JSON.parse(await fs.readFile(path.join(BASE_DIST, 'data', 'catalogue.json'), 'utf8'));
    host = await startHost({ fallback: 'rewrite' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await host?.close();
  });

  it('switches the interface language, keeping the base in the address and the links', async () => {
    const page = await openPage(browser, host);
    await page.goto(host.site);
    await resultsOnceCounted(page, catalogue.opportunities.length);
    await page.locator('#interface-language').selectOption('ga');
    await page.waitForFunction(() => document.documentElement.lang === 'ga');
    const url = new URL(page.url());
    assert.equal(url.pathname, BASE);
    assert.equal(url.searchParams.get('hl'), 'ga');
    assert.ok(host.requests.includes(`${BASE}locales/ga.ftl`), 'the language was fetched under the base');
    const card = await page.locator('.result-card__link').first().getAttribute('href');
    assert.match(card, new RegExp(`^${BASE}o/[^?]+\\?(.*&)?hl=ga`));
    assert.deepEqual(outsideBase(host), []);
    await page.context().close();
  });

  it("a detail page's QR code and the shortlist's link hold addresses under the base", async () => {
    const target = catalogue.opportunities[0];
    const page = await openPage(browser, host);
    await page.goto(`${host.site}o/${encodeURIComponent(target.id)}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.getByText('Show a QR code to scan').click();
    const code = page.getByRole('img', { name: 'QR code of the link to this page' });
    await code.waitFor();
    assert.equal(await decodeShown(page, code), page.url());
    assert.ok(page.url().startsWith(`${host.site}o/`), page.url());
    // Saved, then opened from the header's shortlist link.
    await page.getByRole('button', { name: `Save: ${target.title}`, exact: true }).click();
    await page.getByRole('link', { name: 'Shortlist (1)' }).click();
    await page.waitForURL(`${host.site}shortlist`);
    await page.getByText(target.title).first().waitFor();
    assert.deepEqual(outsideBase(host), []);
    await page.context().close();
  });

  it('installs its service worker for the base alone, and reloads a deep link offline', async () => {
    const target = catalogue.opportunities[1];
    const page = await openPage(browser, host);
    await page.goto(host.site);
    await resultsOnceCounted(page, catalogue.opportunities.length);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, host.site);
    // Its cache is named by the base, so another site on the origin keeps its own.
    await page.waitForFunction(async (base) => (await caches.keys()).some((k) => k.endsWith(` ${base}`)), BASE);
    await page.goto(`${host.site}o/${encodeURIComponent(target.id)}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.context().close();
  });

  it("names the base as the installed app's start and scope", async () => {
    const page = await openPage(browser, host);
    await page.goto(host.site);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.equal(href, `${BASE}manifest.webmanifest`);
    const manifestUrl = new URL(href, host.origin);
    const manifest = await (await fetch(manifestUrl)).json();
    assert.equal(new URL(manifest.start_url, manifestUrl).href, host.site);
    assert.equal(new URL(manifest.scope, manifestUrl).href, host.site);
    for (const icon of manifest.icons) {
      assert.equal((await fetch(new URL(icon.src, manifestUrl))).status, 200, icon.src);
    }
    await page.context().close();
  });

  it('a kiosk\'s "Start again" returns to the finder under the base', async () => {
    const page = await openPage(browser, host);
    await page.goto(`${host.site}?kiosk=1&idle=600&q=library`);
    await page.locator('.result-card__link').first().click();
    await page.locator('.detail__back').waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.waitForURL(host.site);
    await resultsOnceCounted(page, catalogue.opportunities.length);
    const entries = await page.evaluate(() => navigation.entries().map((e) => e.url));
    assert.ok(entries.every((url) => url === host.site), entries.join('\n'));
    assert.deepEqual(outsideBase(host), []);
    await page.context().close();
  });

  it("opens the coordinators' page from the finder's footer, under the base, past the service worker", async () => {
    const page = await openPage(browser, host);
    await page.goto(host.site);
    await resultsOnceCounted(page, catalogue.opportunities.length);
    // Once the finder's service worker controls the page, a navigation to the
    // coordinators' page must still reach that page, not the finder's.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'For coordinators: where learning is missing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Where learning is missing' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${BASE}coordinators/`);
    // Its figures come from the site's catalogue: one row per area.
    await page.locator('.insight-table tbody tr').first().waitFor();
    assert.equal(await page.locator('.insight-table tbody:not(.insight-table__online) tr').count(), catalogue.neighbourhoods.length);
    await page.locator('#coord-walk').selectOption('5');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('walk') === '5');
    assert.equal(new URL(page.url()).pathname, `${BASE}coordinators/`);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs.filter((h) => !h.startsWith(BASE)), [], 'every link of the page is under the base');
    assert.deepEqual(outsideBase(host), []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it("opens the keeper's workbench under the base", async () => {
    const page = await openPage(browser, host);
    await page.goto(`${host.site}workbench/`);
    await page.getByRole('heading', { name: 'Check and import catalogue files' }).waitFor();
    assert.deepEqual(outsideBase(host), []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
