// A hostile catalogue is made harmless: markup and script in text fields show
// as inert text, `javascript:` and `data:` URLs never become links (the record
// is kept without them), absurd lengths and right-to-left overrides stay in
// their card, and a record of the wrong shape is left out while every good
// record is listed. No dialog opens and the page never navigates away.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, loadCatalogue, resultsOnceCounted } from './support.mjs';

const CATALOGUE = '/data/catalogue.json';
const MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const LONG_WORD = 'W'.repeat(3000);

/** The demo catalogue with hostile values in some of its records. */
function hostile(catalogue) {
  const c = structuredClone(catalogue);
  const [a, b, d, e, f] = c.opportunities;
  a.title = `${MARKUP}Hostile title`;
  a.summary = `<b onmouseover="alert(3)">bold?</b> ${MARKUP}`;
  a.description = `<a href="javascript:alert(4)">click</a> <iframe src="https://example.com"></iframe>`;
  b.url = 'javascript:alert(5)';
  b.booking = { ...b.booking, url: 'data:text/html,<script>alert(6)</script>' };
  b.provider = { ...(b.provider ?? {}), name: 'Provider <i>italic</i>', url: ' JaVaScRiPt:alert(7)' };
  d.title = `Long ${LONG_WORD}`;
  d.summary = 'word '.repeat(5000);
  e.title = 'Reversed \u202Etxt.exe\u202C title';
  f.title = 42;
  c.venues[0].name = `<b onmouseover="alert(8)">Venue</b>`;
  c.venues[0].url = 'data:text/html,hello';
  return { c, ids: { markup: a.id, links: b.id, long: d.id, rtl: e.id, wrong: f.id } };
}

describe('hostile catalogue', () => {
  let server;
  let browser;
  let catalogue;
  let made;

  before(async () => {
    catalogue = await loadCatalogue();
    made = hostile(catalogue);
    server = await startServer();
    server.fault(CATALOGUE, { status: 200, body: JSON.stringify(made.c) });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that fails the test on any dialog, and the links it holds. */
  async function open(pathname) {
    const page = await openPage(browser, server);
    page.dialogs = [];
    page.on('dialog', async (dialog) => {
      page.dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(server.origin + pathname);
    return page;
  }

  async function hrefs(page) {
    return page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  }

  function noBadLinks(list) {
    const bad = list.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href));
    assert.deepEqual(bad, []);
  }

  it('lists every good record, with markup as text and no unsafe link', async () => {
    const page = await open('/');
    await resultsOnceCounted(page, catalogue.opportunities.length - 1);
    await page.getByRole('searchbox').fill('Hostile title');
    const card = page.locator('.result-card', { hasText: 'Hostile title' });
    await card.waitFor();
    assert.equal(await card.locator('h3').innerText(), `${MARKUP}Hostile title`);
    assert.equal(await page.locator('img[src="x"], iframe, b[onmouseover]').count(), 0);
    noBadLinks(await hrefs(page));
    // The record of the wrong shape is left out, and the page says so.
    assert.match(await page.getByText(/not shown/).first().innerText(), /1 entry/);
    assert.deepEqual(page.dialogs, []);
    assert.ok(page.url().startsWith(server.origin));
    await page.context().close();
  });

  it('shows a record with unsafe links without them, and everything else', async () => {
    const page = await open(`/o/${made.ids.links}`);
    const record = catalogue.opportunities.find((o) => o.id === made.ids.links);
    await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
    assert.match(await page.locator('#main').innerText(), /Provider <i>italic<\/i>/);
    noBadLinks(await hrefs(page));
    const markup = await open(`/o/${made.ids.markup}`);
    await markup.getByRole('heading', { level: 1, name: /Hostile title/ }).waitFor();
    assert.match(await markup.locator('#main').innerText(), /<a href="javascript:alert\(4\)">click<\/a>/);
    assert.equal(await markup.locator('iframe, main a[href^="javascript"]').count(), 0);
    noBadLinks(await hrefs(markup));
    assert.deepEqual([...page.dialogs, ...markup.dialogs], []);
    await page.context().close();
    await markup.context().close();
  });

  it('keeps absurd lengths and reversed text inside the page', async () => {
    const page = await open(`/?q=${encodeURIComponent('Long')}`);
    const card = page.locator('.result-card', { hasText: 'Long WWW' });
    await card.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    const detail = await open(`/o/${made.ids.long}`);
    await detail.getByRole('heading', { level: 1, name: /^Long W/ }).waitFor();
    const wide = await detail.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `the detail page is ${wide} px wider than the screen`);
    const rtl = await open(`/o/${made.ids.rtl}`);
    const heading = rtl.getByRole('heading', { level: 1, name: /Reversed/ });
    await heading.waitFor();
    // The override is isolated: it cannot reorder what follows the title.
    assert.equal(await heading.evaluate((h) => getComputedStyle(h).unicodeBidi), 'isolate');
    assert.deepEqual([...page.dialogs, ...detail.dialogs, ...rtl.dialogs], []);
    for (const p of [page, detail, rtl]) await p.context().close();
  });
});
