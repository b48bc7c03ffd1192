// The keeper's workbench (/workbench/): a keeper chooses their files in the
// browser, sees every problem in the data tool's words, a preview of the records,
// and downloads the catalogue. Nothing is uploaded: no request leaves the page
// while it imports.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openPage, loadCatalogue } from './support.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/new-place');

async function fixture(name) {
  return { name, mimeType: 'text/csv', buffer: await fs.readFile(path.join(FIXTURES, name)) };
}

describe('keeper workbench', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the workbench and records every request made from then on. */
  async function openWorkbench() {
    const page = await openPage(browser, server);
    await page.goto(server.origin + '/workbench/');
    await page.getByRole('heading', { name: 'Check and import catalogue files' }).waitFor();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    return { page, requests };
  }

  it('makes a catalogue for a new place from a spreadsheet and its mapping, uploading nothing', async () => {
    const { page, requests } = await openWorkbench();
    await page.getByRole('textbox', { name: 'Place' }).fill('Kraków');
    await page.getByLabel('Time zone').fill('Europe/Warsaw');
    await page.getByLabel("Keeper's email").fill('biblioteka@example.pl');
    await page.getByLabel('Currency').fill('PLN');
    await page.getByLabel('Choose files').setInputFiles([
      await fixture('krakow-mobile-library.csv'),
      await fixture('krakow-mobile-library.mapping.csv'),
    ]);

    await page.getByRole('heading', { name: 'Preview: 6 records' }).waitFor();
    const lines = await page.locator('.workbench__lines li').allInnerTexts();
    assert.ok(
      lines.includes('krakow-mobile-library.csv: imported 6 opportunities (6 venues); left out 0'),
      lines.join('\n'),
    );
    const tyniec = page.locator('.result-card', { hasText: 'Mobile library: Tyniec' });
    assert.match(await tyniec.innerText(), /Next: \d{4}-\d{2}-\d{2} 10:00–12:00/);
    assert.match(await tyniec.innerText(), /Free/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download catalogue.json' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'catalogue.json');
    const made = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
    assert.equal(made.name, 'Kraków');
    assert.equal(made.time_zone.name, 'Europe/Warsaw');
    assert.equal(made.currency, 'PLN');
    assert.equal(made.opportunities.length, 6);
    assert.ok(made.opportunities.every((o) => o.title.startsWith('Mobile library: ')));
    assert.deepEqual(
      made.neighbourhoods.map((n) => n.name),
      ['Nowa Huta', 'Bieżanów-Prokocim', 'Dębniki', 'Mistrzejowice', 'Swoszowice'],
    );

    const network = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(network, [], 'no request leaves the page while importing');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('says what is wrong, row by row, in the data tool\'s words', async () => {
    const { page, requests } = await openWorkbench();
    await page.getByRole('textbox', { name: 'Place' }).fill('Kraków');
    await page.getByLabel('Time zone').fill('Europe/Warsaw');
    const broken = (await fs.readFile(path.join(FIXTURES, 'krakow-mobile-library.csv'), 'utf8'))
      .replace('50.0717,20.0378', '"50,0717",20.0378')
      .replace('FREQ=WEEKLY;INTERVAL=2', 'FREQ=YEARLY');
    await page.getByLabel('Choose files').setInputFiles([
      { name: 'stops.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) },
      await fixture('krakow-mobile-library.mapping.csv'),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    ]);
    await page.getByRole('heading', { name: 'Preview: 4 records' }).waitFor();
    const lines = await page.locator('.workbench__lines li').allInnerTexts();
    const text = lines.join('\n');
    assert.match(text, /stops\.csv: error: row 2 \(Mobile library: Nowa Huta Centrum\), column `Latitude`: `50,0717` is not a number/);
    assert.match(text, /stops\.csv: error: row 4 \(Mobile library: Tyniec\), column `Frequency`: `FREQ=YEARLY`: .* is not something LearnLocal can show/);
    assert.match(text, /notes\.txt: error: cannot tell its format from the name/);
    assert.match(text, /stops\.csv: imported 4 opportunities \(4 venues\); left out 2/);
    assert.match(await page.locator('.workbench__tally').innerText(), /^[1-9]\d* errors?, \d+ warnings?$/);
    assert.deepEqual(requests.filter((url) => !url.startsWith('blob:')), []);
    await page.context().close();
  });

  it("adds files to this site's catalogue", async () => {
    const catalogue = await loadCatalogue();
    const { page } = await openWorkbench();
    await page.getByLabel("this site's catalogue").check();
    await page.getByText(`${catalogue.name}: ${catalogue.opportunities.length} opportunities.`).waitFor();
    await page.getByLabel('Choose files').setInputFiles([
      await fixture('krakow-mobile-library.csv'),
      await fixture('krakow-mobile-library.mapping.csv'),
    ]);
    await page.getByRole('heading', { name: 'Preview: 6 records' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download catalogue.json' }).click(),
    ]);
    const made = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
    assert.equal(made.name, catalogue.name);
    assert.equal(made.opportunities.length, catalogue.opportunities.length + 6);
    await page.context().close();
  });
});
