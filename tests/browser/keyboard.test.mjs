// The main task with the keyboard alone: skip to the results, choose a place,
// set two filters, open a result and come back. Every element Tab reaches shows
// its focus, focus never falls back to the page, and no element traps it.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, resultsOnceCounted, suite } from './support.mjs';

/** The focused element, as a person would name it, and whether its focus shows. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { none: true };
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      cls: el.className,
      id: el.id,
      text: (el.closest('label')?.innerText || el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
      visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Presses Tab until `wanted(focus)`, checking each stop; fails after `limit` presses. */
async function tabTo(page, wanted, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    assert.ok(!focus.none, 'focus fell back to the page');
    assert.ok(focus.visible, `the focus on ${JSON.stringify(focus)} does not show`);
    if (wanted(focus)) return focus;
  }
  assert.fail(`Tab never reached the element after ${limit} presses`);
}

describe('keyboard only', () => {
  const shared = suite();

  for (const size of [{ width: 1280, height: 800 }, { width: 360, height: 780 }]) {
    it(`finds, filters, opens and comes back at ${size.width} px`, async () => {
      const page = await openPage(shared.browser, shared.server);
      await page.setViewportSize(size);
      await page.goto(shared.server.origin + '/');
      await resultsOnceCounted(page, shared.catalogue.opportunities.length);

      // The first stop is the skip link, shown when focused, leading to the results.
      const skip = await tabTo(page, () => true, 1);
      assert.equal(skip.text, 'Skip to results');
      assert.ok((await page.locator('.skip-link').boundingBox()).y >= 0, 'the skip link shows');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).id, 'results');
      await page.keyboard.press('Shift+Tab');

      // A place: typed, then its suggestion reached with Tab.
      await page.goto(shared.server.origin + '/');
      await resultsOnceCounted(page, shared.catalogue.opportunities.length);
      await tabTo(page, (f) => f.cls.includes('location__input'));
      await page.keyboard.type('Blackpool');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Blackpool');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.search.includes('near=blackpool'));
      // The suggestion went with its list; the focus went back to the field.
      assert.equal((await focused(page)).id, 'place');

      // Two filters, ticked with Space: on a phone inside the filters' sheet.
      if (size.width < 900) {
        await tabTo(page, (f) => f.cls.includes('results__filters'));
        await page.keyboard.press('Enter');
      }
      const first = await tabTo(page, (f) => f.tag === 'input' && f.type === 'checkbox');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => location.search.split('&').length >= 2);
      await tabTo(page, (f) => f.tag === 'input' && f.type === 'checkbox' && f.text !== first.text);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => location.search.split('&').length >= 3);
      if (size.width < 900) {
        await tabTo(page, (f) => f.cls.includes('sheet__show'));
        await page.keyboard.press('Enter');
      }
      const filtered = new URL(page.url()).search;
      assert.match(filtered, /near=blackpool/);

      // A result, and back to the same list.
      const card = await tabTo(page, (f) => f.cls.includes('result-card__link'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: card.text }).waitFor();
      await tabTo(page, (f) => f.cls.includes('detail__back'));
      await page.keyboard.press('Enter');
      await page.waitForFunction((search) => location.pathname === '/' && location.search.startsWith(search), filtered.split('&shown')[0]);
      await page.locator('.result-card').first().waitFor();
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });
  }
});
