// "Read aloud": shown on each result and on a detail page when the browser has a
// voice for the page's language, and hidden when it has none; pressing it reads
// the title, the summary and the place, in English.
//
// The browser's speech is replaced by a stand-in that records what it is asked
// to say, so the test hears nothing and depends on no installed voice.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, loadCatalogue, resultsOnceCounted, venueOf } from './support.mjs';

/** Installs a speech stand-in with these voices before the page's own scripts run. */
async function withVoices(page, langs) {
  await page.addInitScript((langs) => {
    window.spoken = [];
    const synth = {
      onvoiceschanged: null,
      getVoices: () => langs.map((lang) => ({ lang, name: `voice ${lang}` })),
      cancel: () => {},
      speak: (utterance) => window.spoken.push({ text: utterance.text, lang: utterance.lang }),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
        this.lang = '';
      }
    };
  }, langs);
}

describe('read aloud', () => {
  let server;
  let browser;
  let catalogue;

  before(async () => {
    catalogue = await loadCatalogue();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads a result and a detail page aloud in English', async () => {
    const page = await openPage(browser, server);
    await withVoices(page, ['en-GB', 'pl-PL']);
    await page.goto(server.origin + '/');
    await resultsOnceCounted(page, catalogue.opportunities.length);
    const first = page.locator('.result-card').first();
    const title = await first.locator('h3').innerText();
    const record = catalogue.opportunities.find((o) => o.title === title);
    await first.getByRole('button', { name: `Read aloud: ${title}` }).click();
    const venue = venueOf(catalogue, record)?.name ?? 'Online';
    assert.deepEqual(await page.evaluate(() => window.spoken), [
      { text: `${record.title}. ${record.summary} Where: ${venue}.`, lang: 'en' },
    ]);

    await first.locator('a').click();
    await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
    await page.getByRole('button', { name: 'Read aloud' }).click();
    assert.equal((await page.evaluate(() => window.spoken)).length, 2);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('hides the button when the browser has no voice for the language', async () => {
    const page = await openPage(browser, server);
    await withVoices(page, ['pl-PL', 'ar-SA']);
    await page.goto(server.origin + '/');
    await resultsOnceCounted(page, catalogue.opportunities.length);
    assert.equal(await page.getByRole('button', { name: /^Read aloud/ }).count(), 0);
    const record = catalogue.opportunities[0];
    await page.goto(`${server.origin}/o/${record.id}`);
    await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Read aloud/ }).count(), 0);
    await page.context().close();
  });
});
