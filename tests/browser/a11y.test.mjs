// axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, including target size) finds no
// violation on any route or state, on a phone and on a wide screen, in English
// and in Arabic (right to left): the finder, its filters open, the empty state, a
// detail page (with its QR code shown), not found, a load error, the map with a
// venue chosen, the shortlist (empty, with items, and handed over by link), the
// comparison, kiosk mode with its idle countdown, the coordinators' page, and
// (in English) the keeper's workbench.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resultsOnceCounted, openFilters, suite } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE = await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
];

describe('accessibility (axe-core)', () => {
  const shared = suite();

  /** The violations axe finds on the page as it is now, one line each. */
  async function violations(page) {
    // The page's Content-Security-Policy allows no injected script, so the test's
    // context bypasses it for axe alone.
    await page.evaluate(AXE);
    const found = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }, TAGS);
    return found;
  }

  /** Opens `pathname` at `size`, waits for `ready`, and checks the page. */
  async function check(size, pathname, ready, then = async () => {}) {
    const context = await shared.browser.newContext({ viewport: size, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(shared.server.origin + pathname);
      await ready(page);
      await then(page);
      assert.deepEqual(await violations(page), [], `${pathname} at ${size.width} px`);
    } finally {
      await context.close();
    }
  }

  it('reports a violation when there is one (the check can fail)', async () => {
    const context = await shared.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"><button></button></main></html>');
    const found = await violations(page);
    await context.close();
    assert.ok(found.some((v) => v.startsWith('image-alt:')), found.join('\n'));
    assert.ok(found.some((v) => v.startsWith('button-name:')), found.join('\n'));
  });

  for (const size of SIZES) {
    it(`finds nothing on the finder, its filters, the empty state and a detail page at ${size.width} px`, async () => {
      const all = (page) => resultsOnceCounted(page, shared.catalogue.opportunities.length);
      await check(size, '/', all);
      await check(size, '/', all, async (page) => {
        if (size.width < 900) await openFilters(page);
        await page.locator('.check-group').first().waitFor();
      });
      await check(size, '/?q=zzzzqqqq', (page) => page.locator('.empty-state').waitFor());
      const first = shared.catalogue.opportunities[0];
      await check(size, `/o/${first.id}`, (page) => page.getByRole('heading', { level: 1, name: first.title }).waitFor());
      await check(size, `/o/${first.id}`, (page) => page.getByRole('heading', { level: 1, name: first.title }).waitFor(), async (page) => {
        await page.locator('.qr-disclosure__summary').click();
        await page.locator('svg.qr-code').waitFor();
      });
    });

    it(`finds nothing in kiosk mode (finder, detail page, idle countdown) at ${size.width} px`, async () => {
      const all = (page) => resultsOnceCounted(page, shared.catalogue.opportunities.length);
      await check(size, '/?kiosk=1&idle=600', all);
      // A record with contacts: each is text with a QR code in kiosk mode.
      const contacts = shared.catalogue.opportunities.find((o) => o.booking?.phone && o.booking?.email && o.venue);
      await check(size, `/o/${contacts.id}?kiosk=1&idle=600`, (page) => page.getByRole('heading', { name: 'Take it with you' }).waitFor());
      await check(size, '/?kiosk=1&idle=5', (page) => page.getByRole('alertdialog').waitFor());
    });

    it(`finds nothing on the shortlist, empty, saved and handed over, and on compare at ${size.width} px`, async () => {
      const [a, b, c] = shared.catalogue.opportunities;
      const list = `${a.id}*Ask+for+Mary!${b.id}!gone-record*Old`;
      await check(size, '/shortlist', (page) => page.locator('.shortlist__empty').waitFor());
      await check(size, '/shortlist', (page) => page.locator('.shortlist__empty').waitFor(), async (page) => {
        await page.evaluate((value) => localStorage.setItem('learnlocal.shortlist', value), list);
        await page.reload();
        await page.locator('.shortlist__item').nth(2).waitFor();
        await page.locator('.check').first().click();
        await page.locator('.check').nth(1).click();
        await page.getByRole('link', { name: 'Compare (2)' }).waitFor();
      });
      await check(size, `/shortlist?s=${list}!%ZZ`, (page) => page.locator('.shortlist__item').nth(2).waitFor());
      await check(size, `/compare?o=${a.id}!${b.id}!${c.id}`, (page) => page.locator('table').waitFor());
      await check(size, `/?q=${encodeURIComponent(a.title.split(' ')[0])}`, (page) => page.locator('.result-card').first().waitFor(), async (page) => {
        await page.locator('.save-button').first().click();
        await page.locator('.save-button[aria-pressed="true"]').first().waitFor();
      });
    });

    it(`finds nothing on not found, a load error and the workbench at ${size.width} px`, async () => {
      await check(size, '/o/no-such-record', (page) => page.locator('#main h1').waitFor());
      shared.server.fault('/data/catalogue.json', { status: 500, body: 'oops' });
      try {
        await check(size, '/', (page) => page.getByRole('alert').waitFor());
      } finally {
        shared.server.clearFaults();
      }
      await check(size, '/workbench/', (page) => page.getByRole('heading', { name: 'Check and import catalogue files' }).waitFor());
    });
  }

  for (const size of SIZES) {
    it(`finds nothing in Arabic, right to left, on every route and state at ${size.width} px`, async () => {
      const arabic = (ready) => async (page) => {
        await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
        await ready(page);
      };
      const listed = (page) => page.locator('.result-card').first().waitFor();
      await check(size, '/?hl=ar', arabic(listed));
      await check(size, '/?hl=ar', arabic(listed), async (page) => {
        const button = page.locator('.results__filters');
        if (await button.isVisible()) await button.click();
        await page.locator('.check-group').first().waitFor();
      });
      await check(size, '/?hl=ar&q=zzzzqqqq', arabic((page) => page.locator('.empty-state').waitFor()));
      const first = shared.catalogue.opportunities[0];
      await check(size, `/o/${first.id}?hl=ar`, arabic((page) => page.locator('.detail__back').waitFor()), async (page) => {
        await page.locator('.qr-disclosure__summary').click();
        await page.locator('svg.qr-code').waitFor();
      });
      await check(size, '/o/no-such-record?hl=ar', arabic((page) => page.locator('#main h1').waitFor()));
      const contacts = shared.catalogue.opportunities.find((o) => o.booking?.phone && o.venue);
      await check(size, `/o/${contacts.id}?hl=ar&kiosk=1&idle=600`, arabic((page) => page.locator('.take-away svg').waitFor()));
      await check(size, `/shortlist?hl=ar&s=${first.id}*%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A9!gone-record`, arabic((page) => page.locator('.shortlist__item').nth(1).waitFor()));
      await check(size, `/compare?hl=ar&o=${first.id}!${shared.catalogue.opportunities[1].id}`, arabic((page) => page.locator('table').waitFor()));
      shared.server.fault('/data/catalogue.json', { status: 500, body: 'oops' });
      try {
        await check(size, '/?hl=ar', arabic((page) => page.getByRole('alert').waitFor()));
      } finally {
        shared.server.clearFaults();
      }
    });
  }

  for (const size of SIZES) {
    it(`finds nothing on the map, with a venue chosen, in English and in Arabic, at ${size.width} px`, async () => {
      const drawn = (page) => page.locator('.map__marker').first().waitFor();
      const choose = async (page) => {
        const lone = page.locator('.map__marker[aria-pressed]').first();
        await lone.focus();
        await page.keyboard.press('Enter');
        await page.locator('.map-results__venue').waitFor();
      };
      await check(size, '/?view=map', drawn);
      await check(size, '/?view=map&kind=course', drawn, choose);
      await check(size, '/?view=map&hl=ar', async (page) => {
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
        await drawn(page);
      }, choose);
    });
  }

  for (const size of SIZES) {
    it(`finds nothing on the coordinators' page, in English and in Arabic, at ${size.width} px`, async () => {
      const drawn = (page) => page.locator('.insight-table tbody tr').first().waitFor();
      await check(size, '/coordinators/', drawn);
      await check(size, '/coordinators/?skill=digital&walk=10&by=access&order=-total', drawn, async (page) => {
        await page.locator('.map__area').first().waitFor();
      });
      await check(size, '/coordinators/?hl=ar&by=time', async (page) => {
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
        await drawn(page);
      });
    });
  }

  for (const size of SIZES) {
    it(`stays usable with text at 200 % at ${size.width} px`, async () => {
      const context = await shared.browser.newContext({ viewport: size });
      const page = await context.newPage();
      try {
        await page.goto(shared.server.origin + '/');
        await resultsOnceCounted(page, shared.catalogue.opportunities.length);
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        const layout = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          search: document.querySelector('#search').getBoundingClientRect().width,
          title: document.querySelector('.result-card__title').getBoundingClientRect().width,
        }));
        assert.ok(layout.overflow <= 0, `the page is ${layout.overflow} px wider than the screen`);
        assert.ok(layout.search > 100 && layout.title > 100, JSON.stringify(layout));
        await page.locator('.result-card__link').first().click();
        await page.locator('.detail__back').waitFor();
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(wide <= 0, `the detail page is ${wide} px wider than the screen`);
      } finally {
        await context.close();
      }
    });
  }

  it('keeps focus and borders visible in forced colours', async () => {
    const context = await shared.browser.newContext({ forcedColors: 'active', reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await page.goto(shared.server.origin + '/');
      await resultsOnceCounted(page, shared.catalogue.opportunities.length);
      const card = await page.locator('.result-card').first().evaluate((el) => getComputedStyle(el).borderTopStyle);
      assert.equal(card, 'solid');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none');
    } finally {
      await context.close();
    }
  });
});
