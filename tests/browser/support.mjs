// Shared test support: a static server for the built app (with fault injection),
// a headless Chromium, and independent computations of what the page should show.
//
// The expected values here are computed from the catalogue file itself, with
// formulas written for the tests, never copied from the app.

import { before, after } from 'node:test';
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = path.resolve(
  process.env.LEARNLOCAL_DIST ?? path.join(import.meta.dirname, '..', '..', 'dist'),
);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The types a host sends the build's files with, by extension. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.ftl': 'text/plain; charset=utf-8',
};

/**
 * Serves DIST (or `root`) on 127.0.0.1 at a free port. App routes (paths without an
 * extension) get index.html. `fault(path, kind)` makes one path fail:
 * `{ status, body, type }` answers with that (`type` the content type, JSON when
 * not given), `'drop'` closes the connection.
 */
export async function startServer(root = DIST) {
  const faults = new Map();
  const holds = new Map();
  const requests = [];
  let down = false;
  const server = http.createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    const held = holds.get(url.pathname);
    if (held) await held;
    const fault = faults.get(url.pathname);
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault) {
      res.writeHead(fault.status, { 'content-type': fault.type ?? 'application/json', 'cache-control': 'no-store' });
      res.end(fault.body ?? '');
      return;
    }
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let body;
    let ext = path.extname(file);
    try {
      body = await fs.readFile((await fs.stat(file)).isDirectory() ? path.join(file, 'index.html') : file);
      if (ext === '') ext = '.html';
    } catch {
      if (ext !== '') {
        res.writeHead(404).end();
        return;
      }
      body = await fs.readFile(path.join(root, 'index.html'));
      ext = '.html';
    }
    // Kept by the browser but revalidated on every use, as a site serves its
    // catalogue: the service worker's install reuses the first visit's copies.
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    fault: (pathname, kind) => faults.set(pathname, kind),
    clearFaults: () => faults.clear(),
    /** Holds every answer for `pathname` until the returned function is called. */
    hold: (pathname) => {
      let release;
      holds.set(pathname, new Promise((resolve) => {
        release = resolve;
      }));
      return () => {
        holds.delete(pathname);
        release();
      };
    },
    /** While down, every connection is closed unanswered, as with no network. */
    setDown: (value) => {
      down = value;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Launches headless Chromium with a fresh, throwaway profile. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens a phone-sized page that records every request and console error, so
 * tests can assert that nothing left the site's origin and nothing broke.
 */
export async function openPage(browser, server) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  page.offOrigin = [];
  page.consoleErrors = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:')) page.offOrigin.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') page.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => page.consoleErrors.push(String(error)));
  return page;
}

/** The catalogue exactly as the server sends it. */
export async function loadCatalogue() {
  return JSON.parse(await fs.readFile(path.join(DIST, 'data', 'catalogue.json'), 'utf8'));
}

/** Great-circle distance in metres (haversine, mean earth radius 6371.0088 km). */
export function haversineM(a, b) {
  const R = 6371008.8;
  const rad = (d) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** The venue record of an opportunity, or undefined when it is online only. */
export function venueOf(catalogue, opportunity) {
  return (catalogue.venues ?? []).find((v) => v.id === opportunity.venue);
}

/**
 * The records a filter should show, nearest to `origin` (the catalogue's centre
 * unless given) first;
 * equal distances by title ignoring case, then by id.
 */
export function expectedResults(catalogue, keep = () => true, origin = catalogue.centre) {
  const venues = new Map((catalogue.venues ?? []).map((v) => [v.id, v]));
  return catalogue.opportunities
    .filter(keep)
    .map((o) => {
      const place = venues.get(o.venue);
      // Online-only records have no place and come after every placed one.
      return { ...o, place, distance: place ? haversineM(origin, place.location) : Infinity };
    })
    .sort(
      (a, b) =>
        (a.distance === b.distance ? 0 : a.distance - b.distance) ||
        a.title.toLowerCase().localeCompare(b.title.toLowerCase()) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Folds text as a resident expects search to: no case, no accents. */
export function fold(text) {
  const special = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', ı: 'i', þ: 'th' };
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßæœđðıþ]/g, (c) => special[c]);
}

/** The words of a text, folded; "e-mail" and "O'Brien" also as one word. */
export function words(text) {
  const folded = fold(text);
  const parts = folded.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return parts.flatMap((w) => [w.replace(/['’-]/g, ''), ...w.split(/['’-]+/)]).filter(Boolean);
}

/** True when `a` and `b` differ by at most one insertion, deletion, change or swap of neighbours. */
function oneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x, y) => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
}

/**
 * The search rule, written again here: every query word starts a word of the
 * title, summary, provider, venue or skill labels; or, with five letters or more,
 * is one typo from such a word or from its start (a word at most two letters longer).
 */
export function matchesText(query, catalogue) {
  const qwords = [...new Set(fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
  return (o) => {
    const venue = (catalogue?.venues ?? []).find((v) => v.id === o.venue);
    const labels = o.skills.map((id) => catalogue?.skills.find((s) => s.id === id)?.label ?? id);
    const doc = [o.title, o.summary, o.provider?.name ?? '', venue?.name ?? '', ...labels].flatMap(words);
    return qwords.every((q) =>
      doc.some((w) => w.startsWith(q) || ([...q].length >= 5 && [...w].length <= [...q].length + 2 &&
        (oneEdit(q, w) || [q.length - 1, q.length, q.length + 1].some((n) => n > 0 && oneEdit(q, w.slice(0, n)))))));
  };
}

/** Reads a displayed distance ("850 m", "2.3 km") back into metres. */
export function parseDistance(text) {
  const m = /^([\d.]+)\s*(m|km)$/.exec(text.trim());
  if (!m) throw new Error(`not a distance: ${JSON.stringify(text)}`);
  return Number(m[1]) * (m[2] === 'km' ? 1000 : 1);
}

/** "N results" as the page words it. */
export function countText(n) {
  return n === 0 ? 'No results' : n === 1 ? '1 result' : `${n} results`;
}

/** The result list as a person reads it: title, kind, venue and distance of each card. */
export async function readResults(page) {
  return page.locator('.result-card').evaluateAll((cards) =>
    cards.map((card) => ({
      title: card.querySelector('h3').innerText.trim(),
      kind: card.querySelector('.result-card__kind').innerText.trim(),
      venue: card.querySelector('.result-card__venue').innerText.trim(),
      distance: card.querySelector('.result-card__distance')?.innerText.trim() ?? null,
    })),
  );
}

/** Results listed before "Show more". */
export const PAGE_SIZE = 20;

/**
 * Waits until the announced count reads "N results" and the first page of cards
 * (N, or 20 when there are more) is listed, then returns the cards.
 */
export async function resultsOnceCounted(page, n) {
  const text = countText(n);
  const cards = Math.min(n, PAGE_SIZE);
  await page.waitForFunction(
    ([text, cards]) =>
      document.querySelector('.results__count[role="status"]')?.textContent.trim() === text &&
      document.querySelectorAll('.result-card').length === cards,
    [text, cards],
  );
  return readResults(page);
}

/** Presses "Show more" until every one of the `n` results is listed, and returns them all. */
export async function showAll(page, n) {
  for (let listed = Math.min(n, PAGE_SIZE); listed < n; ) {
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    listed = Math.min(n, listed + PAGE_SIZE);
    await page.waitForFunction((listed) => document.querySelectorAll('.result-card').length === listed, listed);
  }
  return readResults(page);
}

/** The Filters button a phone shows ("Filters", "Filters (2)"); a wide screen has none. */
export const filtersButton = (page) => page.getByRole('button', { name: /^Filters(?: \(\d+\))?$/ });

/**
 * Brings the filters into view: on a phone, opens their sheet with the Filters
 * button (unless it is open); on a wide screen they are always there.
 */
export async function openFilters(page) {
  const sheet = page.locator('dialog.sheet');
  await sheet.waitFor({ state: 'attached' });
  if (!(await sheet.evaluate((d) => d.open)) && (await filtersButton(page).isVisible())) {
    await filtersButton(page).click();
  }
  await page.getByRole('group', { name: 'Type', exact: true }).waitFor();
}

/** Closes the filters' sheet, if it is open, as a person would: with Escape. */
export async function closeFilters(page) {
  if (await page.locator('dialog.sheet').evaluate((d) => d.open)) {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.sheet').open);
  }
}

/**
 * What a suite of tests shares, started before its first test and closed after
 * its last whatever happens: the server, the browser and the catalogue as served.
 * Call it inside `describe`; its fields are set once the suite starts.
 */
export function suite() {
  const shared = {};
  before(async () => {
    shared.catalogue = await loadCatalogue();
    shared.server = await startServer();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
