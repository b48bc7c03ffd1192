// "Read aloud": shown on each result and on a detail page when the browser has a
// voice for the page's language, and hidden when it has none; pressing it reads
// the title, the summary and the place, in English.
//
// The browser's speech is replaced by a stand-in that records what it is asked
// to say, so the test hears nothing and depends on no installed voice.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, resultsOnceCounted, venueOf, suite } from './support.mjs';

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
  const shared = suite();

  it('reads a result and a detail page aloud in English', async () => {
    const page = await openPage(shared.browser, shared.server);
    await withVoices(page, ['en-GB', 'pl-PL']);
    await page.goto(shared.server.origin + '/');
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    const first = page.locator('.result-card').first();
    const title = await first.locator('h3').innerText();
    const record = shared.catalogue.opportunities.find((o) => o.title === title);
    await first.getByRole('button', { name: `Read aloud: ${title}` }).click();
    const venue = venueOf(shared.catalogue, record)?.name ?? 'Online';
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
    const page = await openPage(shared.browser, shared.server);
    await withVoices(page, ['pl-PL', 'ar-SA']);
    await page.goto(shared.server.origin + '/');
    await resultsOnceCounted(page, shared.catalogue.opportunities.length);
    assert.equal(await page.getByRole('button', { name: /^Read aloud/ }).count(), 0);
    const record = shared.catalogue.opportunities[0];
    await page.goto(`${shared.server.origin}/o/${record.id}`);
    await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Read aloud/ }).count(), 0);
    await page.context().close();
  });
});
