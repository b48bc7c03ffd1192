// Kiosk mode, on a shared screen: it turns on by the URL or the catalogue and
// stays on; no link leaves the app (contacts are text with a QR code to scan);
// targets are at least 48 px; and after the idle time a countdown offers "I'm
// still here", then everything of the visitor is cleared: storage, the URL,
// the screen and the history entries.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, openPage, resultsOnceCounted, suite } from './support.mjs';
import { decodeShown } from './qr-support.mjs';

/** Records every call of `window.open`, which a kiosk must never make. */
const RECORD_WINDOW_OPEN = () => {
  window.openCalls = [];
  const open = window.open;
  window.open = (...args) => {
    window.openCalls.push(args.map(String));
    return open.apply(window, args);
  };
};

/** A 1×1 PNG, served as every map tile. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Every link on the page whose address is on another origin. */
async function linksOut(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter((a) => new URL(a.href, location.href).origin !== location.origin)
      .map((a) => a.outerHTML),
  );
}

/** The width and height of every visible control smaller than `min` pixels. */
async function smallTargets(page, min) {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll('a[href], button, input, select, summary, textarea');
    const small = [];
    for (const control of controls) {
      // A checkbox is pressed through its label, which holds it.
      const target = control.matches('input[type="checkbox"], input[type="radio"]')
        ? control.closest('label') ?? control
        : control;
      const box = target.getBoundingClientRect();
      const shown = box.width > 0 && box.height > 0 && getComputedStyle(target).visibility !== 'hidden';
      // The skip link is off screen until it has the focus.
      if (!shown || target.classList.contains('skip-link')) continue;
      if (box.width < min || box.height < min) {
        small.push(`${target.outerHTML.slice(0, 80)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, min);
}

describe('kiosk mode', () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  before(() => ({ server, browser, catalogue } = shared));

  /** A record with a phone number, an email address, a web page and a venue. */
  const withContacts = () =>
    catalogue.opportunities.find((o) => o.booking?.phone && o.booking?.email && (o.booking?.url ?? o.url) && o.venue);

  it('turns on with ?kiosk=1, stays on in the tab without it, and not in another browser', async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?kiosk=1&idle=600`);
    await page.getByRole('button', { name: 'Start again' }).waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('kiosk')));
    await page.locator('.result-card__link').first().click();
    await page.locator('.detail__back').waitFor();
    assert.ok(!page.url().includes('kiosk='), page.url());
    // The kiosk's own Back, since there is no browser bar to use.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.locator('.result-card').first().waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page.goto(`${server.origin}/`);
    await page.getByRole('button', { name: 'Start again' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Use my location' }).count(), 0);
    await page.context().close();

    const other = await openPage(browser, server);
    await other.goto(`${server.origin}/`);
    await other.getByRole('button', { name: 'Use my location' }).waitFor();
    assert.equal(await other.getByRole('button', { name: 'Start again' }).count(), 0);
    assert.ok(!(await other.evaluate(() => document.documentElement.classList.contains('kiosk'))));
    await other.context().close();
  });

  it("the catalogue's settings turn it on for every visitor, with the kiosk's place instead of the device's", async () => {
    const place = catalogue.neighbourhoods[1];
    const kiosked = { ...catalogue, kiosk: { always: true, place: place.id, idle_seconds: 600 } };
    server.fault('/data/catalogue.json', { status: 200, body: JSON.stringify(kiosked) });
    try {
      const page = await openPage(browser, server);
      await page.goto(`${server.origin}/`);
      // The start is near the kiosk.
      await page.waitForURL((url) => url.searchParams.get('near') === place.id);
      await page.getByText(`Distances are from ${place.name}.`).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Use my location' }).count(), 0);
      // Another place, then back to the kiosk's with one press.
      await page.locator('#place').fill(catalogue.neighbourhoods[0].name);
      await page.locator('.location__suggestion').first().click();
      await page.waitForURL((url) => url.searchParams.get('near') !== place.id);
      await page.getByRole('button', { name: 'Near this kiosk' }).click();
      await page.waitForURL((url) => url.searchParams.get('near') === place.id);
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    } finally {
      server.clearFaults();
    }
  });

  it('no link leaves the app: contacts, web pages and maps are text with a QR code to scan', async () => {
    const target = withContacts();
    assert.ok(target, 'the demo catalogue has a record with a phone, an email and a web page');
    const page = await openPage(browser, server);
    await page.addInitScript(RECORD_WINDOW_OPEN);
    // Outside kiosk mode the same page links out, so the check can fail.
    await page.goto(`${server.origin}/o/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    assert.ok((await linksOut(page)).length >= 3, 'phone, email and web links without kiosk mode');
    await page.goto(`${server.origin}/?kiosk=1&idle=600`);
    await page.locator('.result-card').first().waitFor();
    assert.deepEqual(await linksOut(page), [], 'the finder');
    await page.goto(`${server.origin}/o/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    assert.deepEqual(await linksOut(page), [], 'the detail page');

    // Each contact is written out, beside a code that holds its link.
    const phone = target.booking.phone;
    const phoneCode = page.getByRole('img', { name: `QR code to scan: ${phone}` });
    assert.equal(await decodeShown(page, phoneCode), `tel:${phone.replaceAll(' ', '')}`);
    const email = target.booking.email;
    const emailCode = page.getByRole('img', { name: `QR code to scan: ${email}` });
    assert.equal(await decodeShown(page, emailCode), `mailto:${email}`);
    const web = target.booking.url ?? target.url;
    const webCode = page.getByRole('img', { name: `QR code to scan: ${web}` }).first();
    assert.equal(await decodeShown(page, webCode), web);
    await page.getByText(phone, { exact: true }).first().waitFor();

    // "Take it with you": the page itself, to scan; no calendar file, no share
    // sheet, nothing left on the kiosk.
    await page.getByRole('heading', { name: 'Take it with you' }).waitFor();
    const own = page.getByRole('img', { name: 'QR code of the link to this page' });
    assert.equal(await decodeShown(page, own), `${server.origin}/o/${target.id}`);
    for (const gone of ['Share', 'Add all sessions to my calendar']) {
      assert.equal(await page.getByRole('button', { name: gone }).count(), 0, gone);
    }

    // Pressing every piece of contact text goes nowhere.
    for (const text of await page.locator('.kiosk-link__text').all()) await text.click();
    assert.equal(page.url(), `${server.origin}/o/${target.id}`);
    assert.deepEqual(await page.evaluate(() => window.openCalls), []);
    assert.deepEqual(page.offOrigin, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('the shortlist goes with the visitor as a QR code, and links nowhere', async () => {
    const target = withContacts();
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/o/${target.id}?kiosk=1&idle=600`);
    await page.getByRole('button', { name: `Save: ${target.title}` }).click();
    await page.getByRole('button', { name: `Saved: ${target.title}` }).waitFor();
    await page.goto(`${server.origin}/shortlist`);
    await page.locator('.shortlist__item').first().waitFor();
    assert.deepEqual(await linksOut(page), [], 'the shortlist');
    await page.getByRole('heading', { name: 'Take it with you' }).waitFor();
    // Nothing copied to the kiosk's clipboard.
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 0);
    const link = await decodeShown(page, page.getByRole('img', { name: 'QR code of the link to this shortlist' }));
    assert.ok(link?.startsWith(`${server.origin}/shortlist?`), link);
    await page.context().close();

    // On the visitor's phone (a browser of its own), the link shows the list.
    const phone = await openPage(browser, server);
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'A shortlist shared with you' }).waitFor();
    await phone.locator('.shortlist__item', { hasText: target.title }).waitFor();
    await phone.context().close();
  });

  it('a link elsewhere, should one appear, is not followed', async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?kiosk=1&idle=600`);
    await page.locator('.result-card').first().waitFor();
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.org/';
      a.textContent = 'Elsewhere';
      document.querySelector('#main').prepend(a);
    });
    await page.getByRole('link', { name: 'Elsewhere' }).click();
    await page.getByRole('button', { name: 'Start again' }).waitFor();
    assert.equal(new URL(page.url()).origin, server.origin);
    assert.deepEqual(page.offOrigin, []);
    await page.context().close();
  });

  for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 800 }]) {
    it(`every target is at least 48 px at ${viewport.width} px`, async () => {
      const target = withContacts();
      const page = await openPage(browser, server);
      await page.setViewportSize(viewport);
      // Outside kiosk mode targets are 44 px, so the check can fail.
      await page.goto(`${server.origin}/`);
      await page.locator('.result-card').first().waitFor();
      assert.notDeepEqual(await smallTargets(page, 48), [], 'targets under 48 px without kiosk mode');
      await page.goto(`${server.origin}/?kiosk=1&idle=600`);
      await page.locator('.result-card').first().waitFor();
      assert.deepEqual(await smallTargets(page, 48), [], 'the finder');
      const filters = page.getByRole('button', { name: /^Filters/ });
      if (await filters.isVisible()) await filters.click();
      await page.locator('.check-group').first().waitFor();
      assert.deepEqual(await smallTargets(page, 48), [], 'the filters');
      await page.goto(`${server.origin}/o/${target.id}`);
      await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
      assert.deepEqual(await smallTargets(page, 48), [], 'the detail page');
      await page.context().close();
    });
  }

  for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 800 }]) {
    it(`the map in kiosk mode: targets of 48 px, no link out, at ${viewport.width} px`, async () => {
      const configured = structuredClone(catalogue);
      configured.map = { tiles: '/tiles/{z}/{x}/{y}.png', attribution: 'Test tiles © contributors' };
      server.fault('/data/catalogue.json', { status: 200, body: JSON.stringify(configured) });
      try {
        const page = await openPage(browser, server);
        await page.route('**/tiles/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
        await page.setViewportSize(viewport);
        await page.goto(`${server.origin}/?kiosk=1&idle=600&view=map`);
        await page.locator('.map__marker').first().waitFor();
        await page.getByText('Test tiles © contributors').waitFor();
        // The switch, + and −, "Search this area" and every venue or cluster.
        assert.deepEqual(await smallTargets(page, 48), [], 'the map page');
        const markers = await page.locator('.map__marker').evaluateAll((gs) =>
          gs.map((g) => {
            const box = g.getBoundingClientRect();
            return { name: g.getAttribute('aria-label'), width: box.width, height: box.height };
          }),
        );
        // Less half a pixel, which the drawing's transforms may round away.
        const small = markers.filter((m) => m.width < 47.5 || m.height < 47.5);
        assert.deepEqual(small, [], 'markers under 48 px');
        // Nothing on the map leads off the site, the credit included.
        assert.deepEqual(await linksOut(page), []);
        // Choosing a venue lists its results, still with nothing leading out.
        await page.locator('.map__marker:not(.map__marker--cluster)').first().click();
        await page.locator('.map-results__venue').waitFor();
        assert.deepEqual(await linksOut(page), [], 'the venue chosen');
        assert.deepEqual(await smallTargets(page, 48), [], 'the venue chosen');
        assert.deepEqual(page.consoleErrors, []);
        await page.context().close();
      } finally {
        server.clearFaults();
      }
    });
  }

  it('at 360 px, in every language, the kiosk\'s list and map fit the width, "Search this area" beside + and −', async () => {
    const languages = ['en', ...(await fs.readdir(path.join(DIST, 'locales'))).map((f) => path.basename(f, '.ftl'))];
    assert.ok(languages.length > 1);
    const page = await openPage(browser, server);
    const wide = [];
    for (const hl of languages) {
      for (const view of ['list', 'map']) {
        await page.goto(`${server.origin}/?kiosk=1&idle=600&hl=${hl}${view === 'map' ? '&view=map' : ''}`);
        await page.locator(view === 'map' ? '.map__marker' : '.result-card').first().waitFor();
        const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (over > 0) wide.push(`${hl} ${view}: ${over} px too wide`);
      }
    }
    assert.deepEqual(wide, []);
    // In English it is one line high, like the Filters button, beside + and −.
    await page.goto(`${server.origin}/?kiosk=1&idle=600&view=map`);
    await page.locator('.map__marker').first().waitFor();
    const here = await page.getByRole('button', { name: 'Search this area' }).boundingBox();
    const oneLine = await page.getByRole('button', { name: /^Filters/ }).boundingBox();
    const zoomIn = await page.getByRole('button', { name: 'Zoom in', exact: true }).boundingBox();
    const zoomOut = await page.getByRole('button', { name: 'Zoom out', exact: true }).boundingBox();
    assert.ok(here.height <= oneLine.height + 1, JSON.stringify({ here, oneLine }));
    for (const zoom of [zoomIn, zoomOut]) {
      const apart = here.x + here.width <= zoom.x || zoom.x + zoom.width <= here.x || here.y + here.height <= zoom.y || zoom.y + zoom.height <= here.y;
      assert.ok(apart, JSON.stringify({ here, zoom }));
    }
    await page.context().close();
  });

  it('the idle reset ends the map too: the list, and the map fitted afresh', async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?kiosk=1&idle=600&view=map`);
    await page.locator('.map__marker').first().waitFor();
    const scale = page.locator('.map__scale-text');
    const fitted = await scale.textContent();
    await page.context().close();

    const visit = await openPage(browser, server);
    await visit.goto(`${server.origin}/?kiosk=1&idle=3&view=map`);
    await visit.locator('.map__marker').first().waitFor();
    const visitScale = visit.locator('.map__scale-text');
    assert.equal(await visitScale.textContent(), fitted);
    for (let i = 0; i < 3; i += 1) await visit.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await visit.waitForFunction((before) => document.querySelector('.map__scale-text')?.textContent !== before, fitted);
    await visit.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor();
    await visit.waitForURL(`${server.origin}/`, { timeout: 15000 });
    await resultsOnceCounted(visit, catalogue.opportunities.length);
    assert.equal(await visit.locator('.map').count(), 0, 'the list is shown, not the map');
    await visit.getByRole('navigation', { name: 'Show results as' }).getByRole('link', { name: 'Map' }).click();
    await visit.locator('.map__marker').first().waitFor();
    assert.equal(await visitScale.textContent(), fitted, 'the map as the last visitor left it');
    assert.deepEqual(visit.consoleErrors, []);
    await visit.context().close();
  });

  it('"I\'m still here" keeps the visit as it is', async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?kiosk=1&idle=2`);
    await page.locator('#search').fill('computer');
    await page.waitForURL((url) => url.searchParams.get('q') === 'computer');
    await page.evaluate(() => localStorage.setItem('visitor', 'mine'));
    const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await dialog.waitFor();
    const answer = page.getByRole('button', { name: "I'm still here" });
    // The question has the focus, so any key answers it.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "I'm still here");
    await answer.click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(new URL(page.url()).searchParams.get('q'), 'computer');
    assert.equal(await page.evaluate(() => localStorage.getItem('visitor')), 'mine');
    await page.context().close();
  });

  it('after the idle time and the countdown, nothing of the visitor remains', async () => {
    const all = catalogue.opportunities.length;
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?kiosk=1&idle=3`);
    // A visit: a search, a result opened, things saved, the language changed.
    await page.locator('#search').fill('computer');
    await page.waitForURL((url) => url.searchParams.get('q') === 'computer');
    await page.locator('.result-card__link').first().click();
    await page.locator('.detail__back').waitFor();
    await page.locator('.save-button').first().click();
    await page.locator('.save-button[aria-pressed="true"]').first().waitFor();
    await page.evaluate(() => sessionStorage.setItem('visitor', 'mine'));
    assert.ok(await page.evaluate(() => localStorage.getItem('learnlocal.shortlist')), 'saved to the shortlist');
    const visited = page.url();

    const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /In \d+ seconds?, this screen starts again/);
    // Nobody answers: the screen starts again, at the finder with nothing chosen.
    await page.waitForURL(`${server.origin}/`, { timeout: 15000 });
    await resultsOnceCounted(page, all);
    assert.equal(await page.locator('#search').inputValue(), '');
    assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), {});
    const session = await page.evaluate(() => ({ ...sessionStorage }));
    assert.deepEqual(Object.keys(session).sort(), ['learnlocal.kiosk', 'learnlocal.kiosk.idle']);
    // Kiosk mode is still on.
    await page.getByRole('button', { name: 'Start again' }).waitFor();
    // Every history entry of the site is the start: Back shows nothing of the visit.
    const entries = await page.evaluate(() => navigation.entries().map((e) => e.url));
    assert.ok(entries.every((url) => url === `${server.origin}/`), entries.join('\n'));
    assert.ok(!entries.includes(visited));
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('"Start again" clears the visit at once', async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?kiosk=1&idle=600&q=library`);
    await page.locator('.result-card').first().waitFor();
    await page.locator('.result-card__link').first().click();
    await page.locator('.detail__back').waitFor();
    await page.evaluate(() => localStorage.setItem('visitor', 'mine'));
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.waitForURL(`${server.origin}/`);
    await resultsOnceCounted(page, catalogue.opportunities.length);
    assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), {});
    const entries = await page.evaluate(() => navigation.entries().map((e) => e.url));
    assert.ok(entries.every((url) => url === `${server.origin}/`), entries.join('\n'));
    // Back stays on the start page.
    await page.goBack();
    assert.equal(page.url(), `${server.origin}/`);
    await page.getByRole('button', { name: 'Start again' }).waitFor();

    // The next visitor: the first entry is now another page's (the one before
    // the reload), so going back to it loads a page, which ends the reset.
    await page.goForward();
    await page.locator('.result-card__link').first().click();
    await page.locator('.detail__back').waitFor();
    await page.evaluate(() => localStorage.setItem('visitor', 'next'));
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.waitForURL(`${server.origin}/`);
    await resultsOnceCounted(page, catalogue.opportunities.length);
    assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), {});
    const after = await page.evaluate(() => navigation.entries().map((e) => e.url));
    assert.ok(after.length <= 2 && after.every((url) => url === `${server.origin}/`), after.join('\n'));
    await page.getByRole('button', { name: 'Start again' }).waitFor();
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
