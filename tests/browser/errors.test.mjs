// When the catalogue cannot be loaded the page says so in plain words and offers
// to try again; it is never blank, and retrying works once the problem is gone.

import { describe, it, before, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, resultsOnceCounted, suite } from './support.mjs';

const CATALOGUE = '/data/catalogue.json';

describe('catalogue load errors', () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  before(() => ({ server, browser, catalogue } = shared));

  afterEach(() => server.clearFaults());

  /** Opens the finder with the catalogue failing as given; returns the page and its alert. */
  async function openFailing(fault) {
    server.fault(CATALOGUE, fault);
    const page = await openPage(browser, server);
    await page.goto(server.origin + '/');
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'We could not load the list of courses and activities.' }).waitFor();
    return { page, alert };
  }

  /** Clicking "Try again" once the server is mended shows the full list. */
  async function retryRecovers(page, alert) {
    server.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await resultsOnceCounted(page, catalogue.opportunities.length);
    assert.equal(await page.getByRole('alert').count(), 0);
  }

  it('explains a catalogue that is not valid JSON, with the place it broke', async () => {
    const { page, alert } = await openFailing({ status: 200, body: '{"schema_version": 1,\n "name": ' });
    const text = await alert.innerText();
    assert.match(text, /broken/);
    assert.match(text, /line 2, column \d+/);
    await retryRecovers(page, alert);
  });

  it('explains a catalogue with the wrong shape', async () => {
    const { alert } = await openFailing({ status: 200, body: '{"schema_version": 1, "name": "x"}' });
    assert.match(await alert.innerText(), /missing field `centre`/);
  });

  it('explains an HTTP 500 from the server', async () => {
    const { page, alert } = await openFailing({ status: 500, body: 'oops' });
    assert.match(await alert.innerText(), /error 500/);
    await retryRecovers(page, alert);
  });

  it('explains a dropped connection', async () => {
    const { page, alert } = await openFailing('drop');
    assert.match(await alert.innerText(), /could not reach the server/);
    await retryRecovers(page, alert);
  });

  it('lists every good record of a catalogue with broken ones, and says what is wrong', async () => {
    const broken = structuredClone(catalogue);
    const [first, second] = [broken.opportunities[0], broken.opportunities[3]];
    delete first.title;
    second.venue = 'no-such-venue';
    server.fault(CATALOGUE, { status: 200, body: JSON.stringify(broken) });
    const page = await openPage(browser, server);
    await page.goto(server.origin + '/');
    const good = catalogue.opportunities.length - 2;
    await resultsOnceCounted(page, good);
    await page.getByText('2 entries in the list have mistakes and are not shown.').waitFor();
    await page.getByText('What is wrong (for the people who keep the list)').click();
    const problems = await page.locator('.notice__problems li').allInnerTexts();
    assert.deepEqual(problems, [
      `error: opportunity 1 (\`${first.id}\`), field \`title\`: this field is required but missing`,
      `error: opportunity 4 (\`${second.id}\`), field \`venue\`: venue \`no-such-venue\` is not in the catalogue`,
    ]);
    const titles = (await page.locator('.result-card h3').allInnerTexts()).map((t) => t.trim());
    assert.ok(!titles.includes(second.title), 'the record with an unknown venue is left out');
  });

  it('lists every record of a catalogue written for another version, and says so', async () => {
    const other = { ...catalogue, schema_version: 9 };
    server.fault(CATALOGUE, { status: 200, body: JSON.stringify(other) });
    const page = await openPage(browser, server);
    await page.goto(server.origin + '/');
    await resultsOnceCounted(page, catalogue.opportunities.length);
    await page.getByText('The list has some mistakes. We show everything we could read.').waitFor();
    await page.getByText('What is wrong (for the people who keep the list)').click();
    const problems = await page.locator('.notice__problems li').allInnerTexts();
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^error: catalogue, field `schema_version`: version 9 is not the version this app reads \(2\)/);
  });

  it('shows the error on a detail page too, not a blank page', async () => {
    server.fault(CATALOGUE, { status: 404 });
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/o/${catalogue.opportunities[0].id}`);
    await page.getByRole('alert').getByText(/error 404/).waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
  });
});
