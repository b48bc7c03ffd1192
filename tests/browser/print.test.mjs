// A print-out, as a community worker makes one: the list, the opportunity, the
// shortlist or the comparison in black on white, without the search form,
// filters, buttons, text fields or navigation, and with the addresses of outside
// links written out.

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
    assert.equal(await page.getByText('Show a QR code to scan').isVisible(), false, 'no closed disclosure on paper');
    const written = await page.locator(`a[href="${url}"]`).first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    assert.equal(written, `" (${url})"`);
    await page.context().close();
  });

  it('prints the shortlist with its notes, next sessions, places and contacts, and nothing to press', async () => {
    const [first, second] = shared.catalogue.opportunities.filter((o) => o.venue && o.booking?.phone);
    const page = await openPage(shared.browser, shared.server);
    await page.goto(shared.server.origin + '/');
    await page.evaluate((value) => localStorage.setItem('learnlocal.shortlist', value), `${first.id}*Bring+photo+ID!${second.id}`);
    await page.goto(shared.server.origin + '/shortlist');
    await page.locator('.shortlist__item').nth(1).waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header__shortlist', '.language-menu', 'textarea', 'button', 'input', '.shortlist__controls']) {
      const shown = await page.locator(hidden).evaluateAll((els) => els.some((e) => e.checkVisibility()));
      assert.equal(shown, false, `${hidden} is printed`);
    }
    const text = await page.locator('main').innerText();
    for (const words of [first.title, second.title, 'Bring photo ID', first.booking.phone, 'Share this shortlist']) {
      assert.ok(text.includes(words), `"${words}" is not printed`);
    }
    assert.ok(await page.locator('.shortlist__note-print').first().isVisible(), 'the note is printed as text');
    // A contact's words are its address: printed once, not again after it.
    const phone = page.locator('.shortlist__contact a[href^="tel:"]').first();
    assert.equal(await phone.innerText(), first.booking.phone);
    assert.equal(await phone.evaluate((a) => getComputedStyle(a, '::after').content), 'none');
    const code = page.getByRole('img', { name: 'QR code of the link to this shortlist' });
    assert.ok(await code.isVisible(), 'the QR code is printed');
    assert.ok((await code.boundingBox()).width >= 200, 'large enough to scan from paper');
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.shortlist__title a'));
      return [style.color, getComputedStyle(document.body).backgroundColor];
    });
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    // On A4 (210 mm less the browser's margins), nothing is wider than the paper.
    await page.setViewportSize({ width: 718, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the print-out is ${overflow} px wider than A4`);
    await page.context().close();
  });

  it('prints a comparison of four as a bordered table as wide as A4, without navigation', async () => {
    const [first, second, third, fourth] = shared.catalogue.opportunities;
    const page = await openPage(shared.browser, shared.server);
    await page.goto(`${shared.server.origin}/compare?o=${first.id}!${second.id}!${third.id}!${fourth.id}`);
    await page.locator('table').waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.detail__back').isVisible(), false, 'no navigation on paper');
    assert.equal(await page.getByText('Show a QR code to scan').isVisible(), false, 'no closed disclosure on paper');
    const heads = await page.locator('thead th').allInnerTexts();
    assert.deepEqual(heads, [first, second, third, fourth].map((o) => o.title));
    const border = await page.locator('tbody td').first().evaluate((td) => getComputedStyle(td).borderTopStyle);
    assert.equal(border, 'solid');
    await page.setViewportSize({ width: 718, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the print-out is ${overflow} px wider than A4`);
    await page.context().close();
  });
});
