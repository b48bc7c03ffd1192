// The coordinators' page (/coordinators/, its own wasm): for a known filter on the
// demo catalogue it shows the figures and the gaps that `cargo data report` gives
// for the same settings; its CSV download is that command's CSV byte for byte;
// a link reproduces the view and Back undoes a change; a header sorts the table
// from the keyboard; and the finder's footer link opens it.
//
// The expected figures come from the data tool run here, at the same moment as
// the page's clock; the expected gaps and their order are worked out here from
// those figures, with the rules of the issue, not read from the page.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, openPage, suite } from './support.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The moment both the page and the command count at (the catalogue's local time). */
const NOW_LOCAL = '2026-11-25T12:00';
/** The same moment for the browser: Dublin is on UTC in November. */
const NOW_UTC = new Date('2026-11-25T12:00:00Z');

/** The page's settings and the same as the command's options. */
const QUERY = 'skill=digital,languages&free=yes&walk=10&matter=digital,languages,step_free,evening';
const OPTIONS = ['--skill', 'digital,languages', '--free', '--walk', '10', '--matter', 'digital,languages,step_free,evening'];

/** The data tool's CSV for the served catalogue, as bytes. */
function reportCsv(options) {
  return execFileSync(
    'cargo',
    ['run', '-q', '-p', 'learnlocal-data', '--', 'report', path.join(DIST, 'data', 'catalogue.json'), '--now', NOW_LOCAL, '--csv', '-', ...options],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

/** RFC 4180 records of `text` (quoted fields with commas or quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  const [header, ...records] = rows;
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** Each area's figures from the CSV: id → { name, population, estimate, total, per1000, counts by measure:value }. */
function areasOf(records) {
  const areas = new Map();
  for (const r of records.filter((r) => r.scope === 'neighbourhood')) {
    if (!areas.has(r.neighbourhood_id)) {
      areas.set(r.neighbourhood_id, {
        id: r.neighbourhood_id,
        name: r.neighbourhood,
        population: r.population === '' ? null : Number(r.population),
        estimate: r.population_estimate === 'yes',
        counts: {},
        rates: {},
      });
    }
    const area = areas.get(r.neighbourhood_id);
    if (r.measure === 'total') {
      area.total = Number(r.count);
      area.per1000 = r.per_1000;
    } else {
      area.counts[`${r.measure}:${r.value}`] = Number(r.count);
      area.rates[`${r.measure}:${r.value}`] = r.per_1000;
    }
  }
  return [...areas.values()];
}

const fold = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The gap sentences the page should list, largest first, from the figures: an
 * area with nothing has that one gap; otherwise each need that matters with none
 * (step-free, evening, free) and each skill that matters with none; ordered by
 * population (most first, unknown last), name, then nothing, needs, skills in
 * the taxonomy's order.
 */
function expectedGaps(catalogue, areas, needs, skills, reach) {
  const skillOrder = catalogue.skills.map((s) => s.id);
  const needWords = { step_free: 'step-free', evening: 'in the evening', free: 'free' };
  const needMeasure = { step_free: 'access:step_free', evening: 'time:evening', free: 'cost:free' };
  const found = [];
  for (const [position, area] of areas.entries()) {
    const push = (rank, text) => found.push({ area, position, rank, text: `${area.name}: ${text} ${reach}.` });
    if (area.total === 0) {
      push(0, 'nothing');
      continue;
    }
    ['step_free', 'evening', 'free'].forEach((need, i) => {
      if (needs.includes(need) && area.counts[needMeasure[need]] === 0) push(1 + i, `nothing ${needWords[need]}`);
    });
    for (const id of skills.slice().sort((a, b) => skillOrder.indexOf(a) - skillOrder.indexOf(b))) {
      if (area.counts[`skill:${id}`] === 0) {
        const label = catalogue.skills.find((s) => s.id === id).label;
        push(4 + skillOrder.indexOf(id), `nothing for ${label}`);
      }
    }
  }
  found.sort((a, b) => {
    const pa = a.area.population ?? -1;
    const pb = b.area.population ?? -1;
    if (pa !== pb) return pb - pa;
    const [na, nb] = [fold(a.area.name), fold(b.area.name)];
    if (na !== nb) return na < nb ? -1 : 1;
    return a.position - b.position || a.rank - b.rank;
  });
  return found.map((g) => g.text);
}

/** The table as a person reads it: each row's cells' text. */
async function readTable(page) {
  return page.$$eval('.insight-table tr', (rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())),
  );
}

/** Opens the coordinators' page at `query` with the clock at the test's moment. */
async function openCoordinators(browser, server, query) {
  const page = await openPage(browser, server);
  await page.clock.setFixedTime(NOW_UTC);
  await page.goto(`${server.origin}/coordinators/${query ? `?${query}` : ''}`);
  await page.locator('.insight-table tbody tr').first().waitFor();
  return page;
}

describe("coordinators' page", () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  let csv;
  before(() => {
    ({ server, browser, catalogue } = shared);
    csv = reportCsv(OPTIONS);
  });

  it('shows the figures and the gaps the data tool gives for the same settings', async () => {
    const page = await openCoordinators(browser, server, QUERY);
    const areas = areasOf(parseCsv(csv.toString('utf8')));
    assert.equal(areas.length, catalogue.neighbourhoods.length);
    // Every area's row: its name, people, everything in reach, and per 1,000.
    for (const area of areas) {
      const cells = await page.locator(`.insight-table tr[data-area="${area.id}"]`).evaluate((row) =>
        [...row.children].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim()),
      );
      const people = area.population === null ? 'Not known' : `${area.estimate ? 'about ' : ''}${area.population.toLocaleString('en')}`;
      const rate = area.per1000 === '' ? '' : `${area.estimate ? 'about ' : ''}${area.per1000} per 1,000`;
      assert.deepEqual(cells.slice(0, 4), [area.name, people, String(area.total), rate], area.id);
      // The skill columns (the default breakdown), in the taxonomy's order: the
      // count, and beneath a count above 0 its rate per 1,000 people.
      const skills = catalogue.skills.map((s) => {
        const key = `skill:${s.id}`;
        const count = area.counts[key];
        const rate = count > 0 && area.rates[key] !== '' ? ` ${area.estimate ? 'about ' : ''}${area.rates[key]} per 1,000` : '';
        return `${count}${rate}`;
      });
      assert.deepEqual(cells.slice(4), skills, `${area.id} by skill`);
    }
    assert.ok(areas.some((a) => a.total > 0) && areas.some((a) => a.total === 0), 'the filter leaves some areas with something and some with nothing');
    // The gaps, in sentences, largest first.
    const want = expectedGaps(catalogue, areas, ['step_free', 'evening'], ['digital', 'languages'], 'within a 10 minute walk');
    assert.ok(want.length > 1);
    assert.deepEqual(await page.locator('.coordinators__gaps li').allInnerTexts(), want);
    assert.equal(await page.locator('.coordinators__gap-count').innerText(), `${want.length} gaps. The areas with the most people come first.`);
    assert.deepEqual(page.offOrigin, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it("downloads the data tool's CSV, byte for byte", async () => {
    const page = await openCoordinators(browser, server, QUERY);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
    ]);
    const bytes = await fs.readFile(await download.path());
    assert.ok(bytes.length > 1000);
    assert.ok(bytes.equals(csv), 'the page and `cargo data report` agree');
    // And without any setting, the same holds.
    await page.goto(`${server.origin}/coordinators/`);
    await page.locator('.insight-table tbody tr').first().waitFor();
    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
    ]);
    assert.ok((await fs.readFile(await plain.path())).equals(reportCsv([])));
    await page.context().close();
  });

  it('reproduces a view from its link, and Back undoes a change', async () => {
    const query = `${QUERY}&by=access&order=-total`;
    const page = await openCoordinators(browser, server, query);
    const table = await readTable(page);
    assert.equal(await page.locator('th[aria-sort="descending"] button').getAttribute('data-column'), 'total');
    // A fresh browser, the same link: the same table, and the controls say so.
    const other = await openCoordinators(browser, server, query);
    assert.deepEqual(await readTable(other), table);
    assert.equal(await other.locator('#coord-walk').inputValue(), '10');
    assert.equal(await other.locator('#coord-by').inputValue(), 'access');
    assert.ok(await other.getByRole('checkbox', { name: 'Free only' }).isChecked());
    await other.context().close();
    // A change is a new address; Back returns to the shared one and its table.
    await page.locator('#coord-walk').selectOption('20');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('walk') === '20');
    await page.locator('caption', { hasText: 'within a 20 minute walk' }).waitFor();
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('walk') === '10');
    await page.locator('caption', { hasText: 'within a 10 minute walk' }).waitFor();
    assert.deepEqual(await readTable(page), table);
    assert.equal(await page.locator('#coord-walk').inputValue(), '10');
    await page.context().close();
  });

  it('prints the table and the gaps for a meeting, without the controls or the map, on landscape A4', async () => {
    const page = await openCoordinators(browser, server, QUERY);
    const gaps = await page.locator('.coordinators__gaps li').allInnerTexts();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.insight-form', '.insight-map', '.coordinators__actions', '.coordinators__back', 'button:not(.insight-table__sort)']) {
      const shown = await page.locator(hidden).evaluateAll((els) => els.some((e) => e.checkVisibility()));
      assert.equal(shown, false, `${hidden} is printed`);
    }
    assert.ok(await page.locator('.insight-table').isVisible(), 'the table is printed');
    assert.deepEqual(await page.locator('.coordinators__gaps li').allInnerTexts(), gaps, 'the gaps are printed');
    // The widest table (a column per skill) fits a landscape A4 page's text width,
    // 297 mm less 2 × 10 mm margins at 96 px to the inch, laid out at that width.
    const textWidth = Math.floor(((297 - 20) / 25.4) * 96);
    await page.setViewportSize({ width: textWidth, height: 700 });
    const width = await page.locator('.insight-table__table').evaluate((t) => t.getBoundingClientRect().width);
    assert.ok(width <= textWidth, `the table is ${width} px wide, the page ${textWidth}`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    assert.ok(pdf.length > 1000);
    const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'black on white');
    await page.context().close();
  });

  it('sorts by a column from the keyboard', async () => {
    const page = await openCoordinators(browser, server, '');
    const header = page.locator('th', { has: page.locator('button[data-column="total"]') });
    assert.equal(await header.getAttribute('aria-sort'), null);
    const totals = async () =>
      page.$$eval('.insight-table tbody:not(.insight-table__online) tr', (rows) => rows.map((r) => Number(r.children[2].innerText)));
    await page.locator('button[data-column="total"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('button[data-column="total"]')?.parentElement.getAttribute('aria-sort') === 'descending');
    const down = await totals();
    assert.deepEqual(down, [...down].sort((a, b) => b - a));
    assert.ok(down[0] > down[down.length - 1], 'the totals differ');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.column), 'total', 'the focus stays on the header');
    assert.match(page.url(), /order=-total/);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('button[data-column="total"]')?.parentElement.getAttribute('aria-sort') === 'ascending');
    const up = await totals();
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    await page.context().close();
  });

  it("opens from the finder's footer link, in the finder's language", async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/`);
    await page.locator('.result-card').first().waitFor();
    await page.getByRole('link', { name: 'For coordinators: where learning is missing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Where learning is missing' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/coordinators/');
    // In Polish, the link and the page are in Polish.
    await page.goto(`${server.origin}/?hl=pl`);
    await page.locator('.result-card').first().waitFor();
    await page.locator('.site-footer__link').click();
    await page.getByRole('heading', { level: 1, name: 'Gdzie brakuje nauki' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('hl'), 'pl');
    assert.deepEqual(page.offOrigin, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
