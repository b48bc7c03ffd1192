// A sharded catalogue (issue 11): the same catalogue served whole and as area
// shards (`cargo data shard --max-records 20`, built by `cargo xtask test` into
// LEARNLOCAL_SHARDED_DIST) gives the same screen: results in the same order
// with the same distances, the same option counts, the same empty state. The
// sharded finder fetches only the shards a search needs, shows its first
// results while others load and says so, finds a record a link names wherever
// it is, says when an area could not be loaded and loads it again on request,
// keeps the shards used for offline use, and a kiosk keeps its area loaded.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  DIST, startServer, launchBrowser, openPage, loadCatalogue, showAll, openFilters, haversineM,
} from './support.mjs';

const SHARDED = process.env.LEARNLOCAL_SHARDED_DIST;
const LARGE = process.env.LEARNLOCAL_SHARDED_LARGE_DIST;
const EXACT = /^(No results|1 result|[\d,]+ results)$/;
const LOADING = /^(At least \d+ results?\. )?Still looking: (\d+) of (\d+) areas loaded\.$/;

/** The count line, once it says an exact number (every shard needed is in). */
async function settledCount(page) {
  const status = page.locator('.results__count[role="status"]');
  await page.waitForFunction(
    (exact) => new RegExp(exact).test(document.querySelector('.results__count[role="status"]')?.textContent.trim() ?? ''),
    EXACT.source,
  );
  const text = (await status.textContent()).trim();
  return text === 'No results' ? 0 : Number(/^[\d,]+/.exec(text)[0].replaceAll(',', ''));
}

/** Every option's label with its count, as the filters panel shows them. */
async function optionLabels(page) {
  await openFilters(page);
  return page.locator('input[type="checkbox"]').evaluateAll((boxes) =>
    boxes.map((box) => box.closest('label')?.innerText.trim().replace(/\s+/g, ' ')).filter(Boolean),
  );
}

/** What a person reads of a search: the count, every result, the empty state, the options. */
async function screen(page, origin, query) {
  await page.goto(`${origin}/?${query}`);
  const n = await settledCount(page);
  const results = await showAll(page, n);
  const empty = n === 0 ? (await page.locator('.empty-state').innerText()).trim() : null;
  return { n, results, empty, options: await optionLabels(page) };
}

/** Resolves once `condition()` holds, looking every 50 ms; fails after 20 s, saying `what`. */
async function until(condition, what) {
  const end = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The sharded index and the files it names, as served. */
async function loadIndex() {
  return JSON.parse(await fs.readFile(path.join(SHARDED, 'data', 'catalogue.json'), 'utf8'));
}

/** The commonest word of four letters or more in the titles. */
function commonWord(catalogue) {
  const counts = new Map();
  for (const o of catalogue.opportunities) {
    for (const w of new Set(o.title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4))) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

describe('a sharded catalogue', { skip: !SHARDED && 'LEARNLOCAL_SHARDED_DIST is not set' }, () => {
  let whole;
  let sharded;
  let browser;
  let catalogue;
  let index;
  before(async () => {
    catalogue = await loadCatalogue();
    index = await loadIndex();
    whole = await startServer(DIST);
    sharded = await startServer(path.resolve(SHARDED));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await whole?.close();
    await sharded?.close();
  });

  it('is split into many shards, the catalogue file being their index', () => {
    assert.equal(typeof index.shard_format, 'number');
    assert.ok(index.shards.length >= 10, `${index.shards.length} shards`);
    const records = index.shards.reduce((n, s) => n + s.summary.records, 0);
    assert.equal(records, catalogue.opportunities.length);
  });

  it('gives exactly the whole file\'s results, counts and empty state for every search', async () => {
    const [n0, n1, n2] = catalogue.neighbourhoods;
    const venue = catalogue.venues[Math.floor(catalogue.venues.length / 2)];
    const skill = catalogue.skills[0].id;
    const word = commonWord(catalogue);
    const queries = [
      '',
      `near=${n0.id}&within=3km`,
      `near=${n1.id}&within=1km&online=no`,
      `q=${encodeURIComponent(word)}`,
      `q=${encodeURIComponent(word.slice(0, 3))}&within=10km&near=${n2.id}`,
      `skill=${skill}&within=5km&near=${n2.id}`,
      'access=step_free&free=yes',
      `near=${venue.id}&within=walk15`,
      'q=zzqxv',
    ];
    const page = await openPage(browser, whole);
    const other = await openPage(browser, sharded);
    try {
      for (const query of queries) {
        const expected = await screen(page, whole.origin, query);
        const seen = await screen(other, sharded.origin, query);
        assert.deepEqual(seen, expected, `?${query}`);
      }
      assert.deepEqual(other.consoleErrors, []);
      assert.deepEqual(other.offOrigin, []);
    } finally {
      await page.context().close();
      await other.context().close();
    }
  });

  it('fetches only the shards near a small search, and only from the site', async () => {
    const page = await openPage(browser, sharded);
    const before = sharded.requests.length;
    try {
      await page.goto(`${sharded.origin}/?near=${catalogue.neighbourhoods[0].id}&within=1km&online=no`);
      await settledCount(page);
      const shards = sharded.requests.slice(before).filter((p) => p.startsWith('/data/shards/'));
      assert.ok(shards.length > 0, 'no shard fetched');
      assert.ok(shards.length < index.shards.length / 2, `${shards.length} of ${index.shards.length} shards fetched`);
      assert.deepEqual(page.offOrigin, []);
    } finally {
      await page.context().close();
    }
  });

  it('shows the first results while far shards load, and says the count is a floor', async () => {
    const online = index.shards.filter((s) => !s.bounds).map((s) => `/data/${s.path}`);
    assert.ok(online.length > 0, 'the split has no online-only shard');
    const releases = online.map((p) => sharded.hold(p));
    const page = await openPage(browser, sharded);
    try {
      await page.goto(`${sharded.origin}/`);
      const status = page.locator('.results__count[role="status"]');
      await page.waitForFunction(
        (loading) => new RegExp(loading).test(document.querySelector('.results__count[role="status"]')?.textContent.trim() ?? '')
          && document.querySelectorAll('.result-card').length > 0,
        LOADING.source,
      );
      const [, , loaded, total] = LOADING.exec((await status.textContent()).trim());
      assert.ok(Number(loaded) < Number(total), `${loaded} of ${total}`);
      assert.equal(await page.locator('.empty-state').count(), 0, 'no "nothing found" while loading');
      // The filters' numbers say they are a floor too.
      await openFilters(page);
      const partial = page.locator('.filters__partial');
      const said = (await partial.innerText()).trim();
      const [, inNow, inAll] = /^These numbers count (\d+) of (\d+) areas so far, so they may grow\.$/.exec(said) ?? [];
      assert.ok(inNow !== undefined && Number(inNow) < Number(inAll), said);
      releases.forEach((release) => release());
      assert.equal(await settledCount(page), catalogue.opportunities.length);
      await partial.waitFor({ state: 'detached' });
    } finally {
      releases.forEach((release) => release());
      await page.context().close();
    }
  });

  it('opens a detail page a link names, wherever its record is', async () => {
    // The record farthest from the catalogue's centre, in the last shard looked in.
    const far = index.shards.findLast((s) => s.bounds);
    const shard = JSON.parse(await fs.readFile(path.join(SHARDED, 'data', far.path), 'utf8'));
    const record = shard.opportunities[0];
    const page = await openPage(browser, sharded);
    try {
      await page.goto(`${sharded.origin}/o/${record.id}`);
      await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
      assert.deepEqual(page.consoleErrors, []);
      // A record in no shard is not found, as in the whole file, once every
      // shard has been looked in.
      const plain = await openPage(browser, whole);
      await plain.goto(`${whole.origin}/o/no-such-record`);
      await plain.locator('.detail__back').waitFor();
      const notFound = (await plain.getByRole('heading', { level: 1 }).innerText()).trim();
      await plain.context().close();
      // A fresh browser: nothing kept from the look above.
      const fresh = await openPage(browser, sharded);
      try {
        const before = sharded.requests.length;
        await fresh.goto(`${sharded.origin}/o/no-such-record`);
        await fresh.getByRole('heading', { level: 1, name: notFound }).waitFor();
        const looked = new Set(sharded.requests.slice(before).filter((p) => p.startsWith('/data/shards/')));
        assert.equal(looked.size, index.shards.length);
      } finally {
        await fresh.context().close();
      }
    } finally {
      await page.context().close();
    }
  });

  it('says when an area could not be loaded, and loads it again on request', async () => {
    const victim = `/data/${index.shards[0].path}`;
    sharded.fault(victim, { status: 503, body: 'busy' });
    const page = await openPage(browser, sharded);
    try {
      await page.goto(`${sharded.origin}/`);
      await page.getByText(/some areas could not be loaded/).waitFor();
      sharded.clearFaults();
      await page.getByRole('button', { name: 'Try again' }).click();
      assert.equal(await settledCount(page), catalogue.opportunities.length);
    } finally {
      sharded.clearFaults();
      await page.context().close();
    }
  });

  it('fetches the code that loads shards only for a sharded catalogue, and says when it cannot', async () => {
    const parts = await fs.readdir(path.join(SHARDED, 'parts'));
    const file = parts.find((f) => f.startsWith('sharded-loading-') && f.endsWith('.wasm'));
    assert.ok(file, `the build has a part for loading shards: ${parts.join(', ')}`);
    const part = `/parts/${file}`;
    // The whole file's finder never asks for it (the service worker, blocked
    // here, would fetch every part when it installs).
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
    try {
      const plain = await context.newPage();
      const asked = [];
      plain.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await plain.goto(`${whole.origin}/`);
      await plain.locator('.result-card').first().waitFor();
      await plain.locator('.check-group').first().waitFor({ state: 'attached' });
      assert.ok(asked.some((p) => p.startsWith('/parts/filter-panel-')), `the page's parts were seen: ${asked}`);
      assert.deepEqual(asked.filter((p) => p.startsWith('/parts/sharded-loading-')), [], 'a catalogue in one file fetched the shard loader');
    } finally {
      await context.close();
    }
    // A sharded catalogue cannot be shown without it: said, with "Try again".
    sharded.fault(part, { status: 503, type: 'text/plain', body: 'busy' });
    const page = await openPage(browser, sharded);
    try {
      await page.goto(`${sharded.origin}/`);
      const alert = page.getByRole('alert');
      await alert.getByText('We could not reach the server. Check your connection, then try again.').waitFor();
      assert.equal(await page.locator('.result-card').count(), 0);
      sharded.clearFaults();
      await alert.getByRole('button', { name: 'Try again' }).click();
      assert.equal(await settledCount(page), catalogue.opportunities.length);
    } finally {
      sharded.clearFaults();
      await page.context().close();
    }
  });

  it('keeps the shards it used for offline use, and a kiosk keeps its whole area', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const query = `near=${catalogue.neighbourhoods[0].id}&within=3km`;
    try {
      await page.goto(`${sharded.origin}/?${query}`);
      const n = await settledCount(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      // Loaded again under the worker's control, so it keeps what is fetched.
      await page.reload();
      await settledCount(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.waitForFunction(async () => {
        const names = await caches.keys();
        const cache = names.find((n) => n.startsWith('learnlocal-shards '));
        return cache && (await (await caches.open(cache)).keys()).length > 0;
      });
      sharded.setDown(true);
      await page.reload();
      assert.equal(await settledCount(page), n);
    } finally {
      sharded.setDown(false);
      await context.close();
    }
    // A kiosk loads every shard within 10 km of its place (the catalogue's
    // centre: the demo names none), beyond its own search's.
    const clamp = (x, lo, hi) => Math.min(Math.max(x, lo), hi);
    const near = (b) => haversineM(catalogue.centre, {
      lat: clamp(catalogue.centre.lat, b.south, b.north),
      lon: clamp(catalogue.centre.lon, b.west, b.east),
    }) <= 10_000 - 50;
    const pinned = index.shards.filter((s) => s.bounds && near(s.bounds)).map((s) => `/data/${s.path}`);
    const small = `${sharded.origin}/?near=${catalogue.neighbourhoods[0].id}&within=walk15&online=no`;
    const fetched = async (url, wanted) => {
      const page = await openPage(browser, sharded);
      try {
        const before = sharded.requests.length;
        await page.goto(url);
        await settledCount(page);
        const seen = () => new Set(sharded.requests.slice(before).filter((p) => p.startsWith('/data/shards/')));
        await until(() => wanted.every((p) => seen().has(p)), `${url} fetched ${[...seen()]}`);
        return seen();
      } finally {
        await page.context().close();
      }
    };
    const plain = await fetched(small, []);
    assert.ok(pinned.some((p) => !plain.has(p)), 'the small search already needs the whole area');
    const kiosk = await fetched(`${small}&kiosk=1`, pinned);
    assert.ok(kiosk.size > plain.size, `a kiosk fetched ${kiosk.size} shards, a phone ${plain.size}`);
  });
});

// A catalogue larger than a search fetches without asking (8 MB of shards): a
// synthetic city of 10,000 opportunities in shards of the default size.
describe('a sharded catalogue larger than a search fetches at once', { skip: !LARGE && 'LEARNLOCAL_SHARDED_LARGE_DIST is not set' }, () => {
  let server;
  let browser;
  let index;
  let total;
  before(async () => {
    const read = async (name) => JSON.parse(await fs.readFile(path.join(LARGE, 'data', name), 'utf8'));
    index = await read('catalogue.json');
    total = index.shards.reduce((n, s) => n + s.summary.records, 0);
    server = await startServer(path.resolve(LARGE));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stops at the nearest areas, says so, and looks further when asked', async () => {
    const bytes = index.shards.reduce((n, s) => n + s.bytes, 0);
    assert.ok(bytes > 8 * 1024 * 1024, `only ${bytes} bytes of shards`);
    const page = await openPage(browser, server);
    try {
      const before = server.requests.length;
      await page.goto(`${server.origin}/`);
      const more = page.getByRole('button', { name: /^Look in \d+ more areas? \(\d+ MB\)$/ });
      await more.waitFor();
      const status = (await page.locator('.results__count[role="status"]').textContent()).trim();
      const shown = Number(/^At least ([\d,]+) results nearby\.$/.exec(status)?.[1].replaceAll(',', ''));
      assert.ok(shown > 0 && shown < total, status);
      assert.ok(await page.locator('.result-card').count() > 0, 'no result shown');
      assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0, 'nothing failed');
      const paths = new Set(index.shards.map((s) => `/data/${s.path}`));
      const fetched = new Set(server.requests.slice(before).filter((p) => paths.has(p)));
      assert.ok(fetched.size < index.shards.length, `${fetched.size} of ${index.shards.length} fetched before asking`);
      // The button names the areas held back.
      const [, areas] = /^Look in (\d+) more/.exec(await more.innerText());
      assert.equal(Number(areas) + fetched.size, index.shards.length);
      await more.click();
      assert.equal(await settledCount(page), total);
      assert.deepEqual(page.consoleErrors, []);
    } finally {
      await page.context().close();
    }
  });
});
