// The finder on a cheap phone first, and on a wide screen: what the first screen
// shows, the filters' sheet and its "Show N results", the chips of the filters
// that are on, the side panel that fits its column, the static shell that paints
// before the app and the catalogue that downloads once, alongside the app.
//
// Every expected list is computed from dist/data/catalogue.json with the rules in
// filters-support.mjs; none is copied from the app.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, startServer, launchBrowser, openPage, loadCatalogue, resultsOnceCounted, countText } from './support.mjs';
import { expectOneOf, expectedFor, minutesBetween } from './filters-support.mjs';

const PHONE = { width: 360, height: 780 };
const WIDE = { width: 1280, height: 800 };
const CATALOGUE = '/data/catalogue.json';

describe('phone first', () => {
  let server;
  let browser;
  let catalogue;
  const pages = [];

  before(async () => {
    catalogue = await loadCatalogue();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` on a phone-sized page and waits for the finder's count. */
  async function open(path = '/') {
    const page = await openPage(browser, server);
    pages.push(page);
    page.openedAt = new Date();
    await page.goto(server.origin + path);
    await page.locator('.results__count[role="status"]').waitFor();
    return page;
  }

  /** Waits for the list `f` gives, at whichever minute since the page opened it read the clock. */
  const expectList = (page, f) =>
    expectOneOf(page, minutesBetween(page.openedAt, new Date(), catalogue.time_zone.name).map((now) => expectedFor(catalogue, f, now)));

  const query = (page) => new URL(page.url()).searchParams;
  const filtersButton = (page) => page.getByRole('button', { name: /^Filters( \(\d+\))?$/ });
  const sheet = (page) => page.getByRole('dialog', { name: 'Filters' });
  const sheetOpen = (page) => page.locator('dialog.sheet').evaluate((d) => d.open && d.matches(':modal'));
  /** The accessible name of the focused element, as far as these tests need it. */
  const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent.trim());

  it('at 360 × 780, the search box, the place, the count and the first result\'s title are on the first screen', async () => {
    const page = await open();
    await resultsOnceCounted(page, catalogue.opportunities.length);
    const seen = {
      'search box': page.getByRole('searchbox', { name: /Search/ }),
      'place field': page.getByRole('textbox', { name: 'Near a place' }),
      count: page.locator('.results__count[role="status"]'),
      'first result\'s title': page.locator('.result-card h3').first(),
    };
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    for (const [name, locator] of Object.entries(seen)) {
      const box = await locator.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `${name} ends at ${box && box.y + box.height} px`);
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${name} fits the width`);
    }
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width, 'nothing scrolls sideways');
    // The filters are behind one button, not on the page.
    assert.equal(await filtersButton(page).innerText(), 'Filters');
    assert.equal(await page.getByRole('group', { name: 'Type', exact: true }).count(), 0, 'the filters are not on the page');
  });

  it('at 360 × 780, a shared link with three filters on still shows the first result\'s title: the chips are one row', async () => {
    const page = await open('/?kind=course&time=evening&free=yes');
    await expectList(page, { kinds: ['course'], times: ['evening'], free: true });
    const title = await page.locator('.result-card h3').first().boundingBox();
    assert.ok(title.y >= 0 && title.y + title.height <= PHONE.height, `the first result's title ends at ${title.y + title.height} px`);
    const chips = page.getByRole('list', { name: 'Filters on' }).getByRole('button');
    const boxes = await Promise.all((await chips.all()).map((chip) => chip.boundingBox()));
    assert.equal(new Set(boxes.map((b) => Math.round(b.y))).size, 1, 'the chips share one row');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width, 'the page does not scroll sideways');
    // A chip past the row's end is reached by the keyboard, and scrolled into view.
    const last = chips.last();
    await last.focus();
    const row = await page.locator('.chips').boundingBox();
    const box = await last.boundingBox();
    assert.ok(box.x >= row.x - 1 && box.x + box.width <= row.x + row.width + 1, 'the focused chip is in view');
    // "Clear all filters" comes first in the row: in view as the page opens.
    const clear = page.getByRole('button', { name: 'Clear all filters', exact: true });
    await page.reload();
    await expectList(page, { kinds: ['course'], times: ['evening'], free: true });
    const at = await clear.boundingBox();
    assert.ok(at && at.x >= 0 && at.x + at.width <= PHONE.width && at.y + at.height <= PHONE.height, `"Clear all filters" is on the first screen: ${JSON.stringify(at)}`);
    assert.ok(at.x < (await chips.first().boundingBox()).x, '"Clear all filters" comes before the chips');
    await clear.click();
    await expectList(page, {});
    assert.equal(new URL(page.url()).search, '', 'the link holds no filter');
  });

  it('the Filters button says how many are on; its sheet takes the focus, and "Show N results" is the list it closes on', async () => {
    const page = await open('/?free=yes&time=evening');
    await expectList(page, { free: true, times: ['evening'] });
    const button = page.getByRole('button', { name: 'Filters (2)', exact: true });
    await button.click();
    await sheet(page).waitFor();
    assert.ok(await sheetOpen(page), 'a modal dialog: the page behind it cannot be reached');
    assert.ok(await page.evaluate(() => document.querySelector('dialog.sheet').contains(document.activeElement)), 'the focus moved into the sheet');
    // Everything behind the sheet is inert: the search box cannot be clicked.
    await assert.rejects(page.getByRole('searchbox', { name: /Search/ }).click({ trial: true, timeout: 500 }));

    const course = sheet(page).getByRole('group', { name: 'Type', exact: true }).getByRole('checkbox', { name: /^Course \(\d+\)$/ });
    await course.check();
    const f = { free: true, times: ['evening'], kinds: ['course'] };
    const { expected } = await expectList(page, f);
    assert.ok(expected.length > 0 && expected.length < catalogue.opportunities.length);
    const show = sheet(page).getByRole('button', { name: /^Show \d+ results?$/ });
    await page.waitForFunction((n) => document.querySelector('.sheet__show')?.textContent.trim() === `Show ${n} result${n === 1 ? '' : 's'}`, expected.length);
    const promised = Number(/^Show (\d+)/.exec(await show.innerText())[1]);
    const showBox = await show.boundingBox();
    assert.ok(showBox.y + showBox.height <= PHONE.height && showBox.height >= 44, '"Show N results" is in view, a 44 px target');
    await show.click();
    await page.waitForFunction(() => !document.querySelector('dialog.sheet').open);
    await resultsOnceCounted(page, promised);
    assert.equal(promised, expected.length, 'the list shows what the button promised');
    assert.equal(query(page).get('kind'), 'course');
    assert.equal(await focused(page), 'Filters (3)', 'the focus is back on the button, which counts the new filter');
  });

  it('Escape and the close button close the sheet and give the focus back to the Filters button', async () => {
    const page = await open('/?day=sa');
    await expectList(page, { days: ['sa'] });
    for (const close of [() => page.keyboard.press('Escape'), () => sheet(page).getByRole('button', { name: 'Close filters' }).click()]) {
      await filtersButton(page).click();
      await sheet(page).waitFor();
      await close();
      await page.waitForFunction(() => !document.querySelector('dialog.sheet').open);
      assert.equal(await focused(page), 'Filters (1)');
      assert.equal(await sheet(page).count(), 0, 'the sheet is gone');
    }
    assert.equal(query(page).get('day'), 'sa', 'closing changes no filter');
  });

  it('chips show the filters that are on, and removing one unticks it: the URL and the list follow', async () => {
    const page = await open('/?kind=course&time=evening&free=yes');
    await expectList(page, { kinds: ['course'], times: ['evening'], free: true });
    const chips = page.getByRole('list', { name: 'Filters on' }).getByRole('button');
    assert.deepEqual(await chips.evaluateAll((b) => b.map((e) => e.getAttribute('aria-label'))), [
      'Remove filter: Course', 'Remove filter: Evening (from 17:00)', 'Remove filter: Free only',
    ]);
    for (const chip of await chips.all()) {
      const box = await chip.boundingBox();
      assert.ok(box.height >= 44 && box.width >= 44, 'a 44 px target');
    }
    await page.getByRole('button', { name: 'Remove filter: Free only', exact: true }).click();
    const { expected } = await expectList(page, { kinds: ['course'], times: ['evening'] });
    assert.equal(query(page).get('free'), null);
    assert.equal(query(page).get('kind'), 'course');
    assert.equal(await chips.count(), 2);
    // The option is unticked too, and Back brings the chip back like any unticking.
    await filtersButton(page).click();
    assert.equal(await sheet(page).getByRole('checkbox', { name: /^Free only \(\d+\)$/ }).isChecked(), false);
    await page.keyboard.press('Escape');
    assert.equal(await filtersButton(page).innerText(), 'Filters (2)');
    await page.goBack();
    await resultsOnceCounted(page, (await expectList(page, { kinds: ['course'], times: ['evening'], free: true })).expected.length);
    assert.equal(await chips.count(), 3);
    assert.ok(expected.length > 0);
  });

  it('at 1280 × 800, the filters are a side panel without a button, and nothing overflows its column', async () => {
    const context = await browser.newContext({ viewport: WIDE });
    try {
      const page = await context.newPage();
      await page.goto(server.origin + '/?near=blackpool');
      await resultsOnceCounted(page, catalogue.opportunities.length);
      assert.equal(await filtersButton(page).count(), 0, 'no Filters button');
      assert.ok(await page.getByRole('group', { name: 'Type', exact: true }).isVisible(), 'the filters are in view');
      assert.ok(await page.getByRole('combobox', { name: 'Distance' }).isVisible());
      assert.equal(await page.getByRole('button', { name: /^Show \d+ results?$/ }).count(), 0, 'no "Show N results" in a side panel');
      const results = await page.locator('section.results').boundingBox();
      const place = await page.locator('.location').boundingBox();
      assert.ok(place.x + place.width <= results.x, `the Where box (to ${place.x + place.width}) ends before the results (from ${results.x})`);
      // Every control of the side column lies within it.
      const column = await page.locator('.finder__where').boundingBox();
      const outside = await page.locator('.finder__where, .finder__filters').evaluateAll((columns, right) =>
        columns.flatMap((c) => [...c.querySelectorAll('input, select, button, fieldset, label')])
          .filter((e) => e.getBoundingClientRect().right > right + 0.5)
          .map((e) => e.id || e.textContent.trim().slice(0, 40)), column.x + column.width);
      assert.deepEqual(outside, []);
      assert.ok(column.x + column.width <= results.x);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= WIDE.width, 'nothing scrolls sideways');
    } finally {
      await context.close();
    }
  });

  it('the static shell paints the header (with the catalogue\'s demonstration notice), the heading and the search box before the app, in the same words and places', async () => {
    // Without JavaScript, only index.html's shell.
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const read = (page) => page.evaluate(() => {
      const box = (s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        return { text: document.querySelector(s).textContent.trim(), x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return ['.site-header__name', '.site-header__tagline', '.site-header__notice', '.page__title', '.search-box__label', '.search-box__input', '.search-box__hint'].map(box);
    });
    let shell;
    try {
      const page = await context.newPage();
      await page.goto(server.origin + '/');
      shell = await read(page);
      assert.equal(await page.getByRole('searchbox', { name: 'Search courses, libraries and activities' }).count(), 1);
    } finally {
      await context.close();
    }
    // The build wrote the catalogue's notice into the shell, in the app's words.
    assert.equal(catalogue.demonstration, true, 'the demo catalogue is demonstration data');
    assert.equal(shell[2].text, 'Example data: these entries are made up, not real.');
    // The app, over the same catalogue, draws the same in the same places.
    const page = await open();
    await resultsOnceCounted(page, catalogue.opportunities.length);
    assert.equal(await page.locator('#shell').count(), 0, 'the app removed the shell');
    assert.deepEqual(await read(page), shell);
    // Before the app runs, the shell's form searches the ordinary way.
    const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
    assert.match(html, /<form class="search-box" role="search" action="\/">/);
  });

  it('downloads the catalogue once, starting before the app has finished downloading', async () => {
    const page = await openPage(browser, server);
    pages.push(page);
    const from = server.requests.length;
    await page.goto(server.origin + '/');
    await resultsOnceCounted(page, catalogue.opportunities.length);
    assert.deepEqual(server.requests.slice(from).filter((p) => p === CATALOGUE), [CATALOGUE], 'one request for the catalogue');
    const timing = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({
      name: new URL(e.name).pathname, initiator: e.initiatorType, start: e.startTime, end: e.responseEnd,
    })));
    const json = timing.filter((e) => e.name === '/data/catalogue.json');
    const wasm = timing.find((e) => e.name.endsWith('.wasm'));
    assert.equal(json.length, 1, JSON.stringify(timing));
    assert.equal(json[0].initiator, 'link', 'the preload link asked for it');
    assert.ok(wasm && json[0].start < wasm.end, `the catalogue started at ${json[0].start} ms, the app ended at ${wasm?.end} ms`);
  });

  it('made no request outside its own origin and logged no errors', () => {
    assert.ok(pages.length >= 5);
    for (const page of pages) {
      assert.deepEqual(page.offOrigin, []);
      assert.deepEqual(page.consoleErrors, []);
    }
  });
});
