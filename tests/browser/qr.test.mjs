// The QR code the app draws holds the link it stands for: a phone camera reads
// it. Each test photographs the code as the page shows it (a screenshot of the
// element), reads the pixels back and decodes them with jsQR, an independent
// decoder, then compares the text with the link.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite } from './support.mjs';
import { decodeShown } from './qr-support.mjs';

/** Opens the detail page's "Show a QR code" disclosure and returns its code. */
async function openQrCode(page, name = 'QR code of the link to this page') {
  await page.getByText('Show a QR code to scan').click();
  const code = page.getByRole('img', { name });
  await code.waitFor();
  return code;
}

describe('QR codes', () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  before(() => ({ server, browser, catalogue } = shared));

  it('decodes a pattern a phone can read, so the check can fail', async () => {
    // Without the app: a blank square holds no code, and the decoder says so.
    const page = await openPage(browser, server);
    await page.setContent('<div id="blank" style="width:200px;height:200px;background:#fff"></div>');
    assert.equal(await decodeShown(page, page.locator('#blank')), null);
    await page.context().close();
  });

  it("a detail page's QR code holds the page's own address", async () => {
    const target = catalogue.opportunities[0];
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/o/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    const code = await openQrCode(page);
    assert.ok((await code.boundingBox()).width >= 150, 'large enough to scan from the screen');
    const decoded = await decodeShown(page, code);
    assert.equal(decoded, page.url());
    // The same link is written beside it, for anyone who cannot scan.
    await page.locator('.qr-disclosure__link', { hasText: decoded }).waitFor();
    assert.deepEqual(page.offOrigin, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('opened from a filtered list, the code holds the page without the filters', async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?q=computer&within=any`);
    const link = page.locator('.result-card__link').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.match(href, /^\/o\/[^?]+\?.*q=computer/, 'the card links to a page that keeps the filters');
    const opened = catalogue.opportunities.find((o) => href.startsWith(`/o/${o.id}?`));
    assert.ok(opened, `the first card (${href}) is a catalogue record`);
    await link.click();
    await page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
    const decoded = await decodeShown(page, await openQrCode(page));
    assert.equal(decoded, `${server.origin}/o/${opened.id}`);
    await page.context().close();
  });

  it("the finder's QR code holds the search as it stands, and opens the same results elsewhere", async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/?q=computer&within=any`);
    await page.locator('.result-card__link').first().waitFor();
    // A filter ticked after the page opened is in the code too.
    const kind = page.getByRole('checkbox', { name: /^Course/ }).first();
    if (await kind.isVisible()) {
      await kind.check();
    } else {
      await page.locator('.results__filters').click();
      await page.getByRole('checkbox', { name: /^Course/ }).first().check();
      await page.getByRole('button', { name: /^Show \d+ result/ }).click();
    }
    await page.waitForURL(/kind=course/);
    const count = await page.locator('.results__count').innerText();
    const titles = await page.locator('.result-card__link').allInnerTexts();
    const decoded = await decodeShown(page, await openQrCode(page));
    assert.equal(decoded, page.url());
    const elsewhere = await openPage(browser, server);
    await elsewhere.goto(decoded);
    await elsewhere.locator('.result-card__link').first().waitFor();
    assert.equal(await elsewhere.locator('.results__count').innerText(), count);
    assert.deepEqual(await elsewhere.locator('.result-card__link').allInnerTexts(), titles);
    await elsewhere.context().close();
    await page.context().close();
  });

  it('in Arabic the code keeps its language in the link and is not mirrored', async () => {
    const target = catalogue.opportunities[1];
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/o/${target.id}?hl=ar`);
    await page.locator('html[dir="rtl"] h1').waitFor();
    await page.locator('.qr-disclosure__summary').click();
    const code = page.locator('svg.qr-code');
    await code.waitFor();
    const decoded = await decodeShown(page, code);
    assert.equal(decoded, `${server.origin}/o/${target.id}?hl=ar`);
    await page.context().close();
  });
});
