// A print-out, as a community worker makes one: the list or the opportunity in
// black on white, without the search form, filters, buttons or navigation, and
// with the addresses of outside links written out.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite } from './support.mjs';

describe('print', () => {
  const shared = suite();

  it('prints the list without the controls', async () => {
    const page = await openPage(shared.browser, shared.server);
    await page.goto(shared.server.origin + '/?q=library');
    await page.locator('.result-card').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#search', '.results__filters', '.results__sort', 'form[role="search"]']) {
      const shown = await page.locator(hidden).first().isVisible().catch(() => false);
      assert.equal(shown, false, `${hidden} is printed`);
    }
    assert.ok(await page.locator('.result-card').first().isVisible());
    assert.ok(await page.locator('.results__count').isVisible(), 'the count is printed');
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.result-card__title a'));
      return [style.color, getComputedStyle(document.body).backgroundColor];
    });
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.context().close();
  });

  it('prints an opportunity with its outside links written out', async () => {
    const record = shared.catalogue.opportunities.find((o) => o.provider?.url?.startsWith('https://'));
    const url = record.provider.url;
    const page = await openPage(shared.browser, shared.server);
    await page.goto(`${shared.server.origin}/o/${record.id}`);
    await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.detail__back').isVisible(), false, 'no navigation on paper');
    const written = await page.locator(`a[href="${url}"]`).first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    assert.equal(written, `" (${url})"`);
    await page.context().close();
  });
});
