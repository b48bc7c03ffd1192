// `cargo xtask bench-app`'s driver: opens the built app on a phone-sized screen
// with the CPU slowed down, and measures what a resident would feel: how long
// until the first result shows, how long each key takes to show its results,
// and how much WebAssembly memory the catalogue ends up taking.
// Writes every figure to BENCH_OUT as JSON.

import fs from 'node:fs';
import { numbers, setting, slowDown, withBrowser } from './driver.mjs';
import { firstResultsProbe } from './probe.mjs';

/** Page loads per catalogue and CPU slowdown (a fresh context each, so nothing is cached). */
const LOADS = 3;

/**
 * Runs in the page before the app, after `firstResultsProbe`: records the
 * wasm's memory (trunk's loader announces the instance), and for each key
 * typed into the search box, the time from the key event to the paint
 * that follows the last change it caused to the results (the list, its count and
 * chips: what the target is about, since the option counts may follow a
 * frame later), and to the paint after the last DOM change of any kind.
 */
function instrument() {
  // After `firstResultsProbe`, which set up `window.__bench`.
  const bench = window.__bench;
  bench.memory = null;
  bench.keys = [];
  addEventListener('TrunkApplicationStarted', (event) => {
    bench.memory = event.detail.wasm.memory;
  });
  const { afterNextPaint } = bench;

  // The browser's own measure, as a cross-check: Event Timing's duration of each
  // key's interaction (key event to the next paint after its handlers, in steps
  // of 8 ms; only those of 16 ms or more are reported).
  bench.events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) bench.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  let key = null;
  // Ends the measuring of the last key, before the box is cleared between words.
  bench.stop = () => (key = null);
  const changed = (k) => {
    const mark = ++k.changes;
    afterNextPaint(() => {
      if (k.changes === mark) k.painted = performance.now();
    });
  };
  const inResults = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest?.('.results');
  const listChanged = (k) => {
    const mark = ++k.listChanges;
    afterNextPaint(() => {
      if (k.listChanges === mark) k.listPainted = performance.now();
    });
  };
  document.addEventListener('keydown', (event) => {
    const typed = event.target?.id === 'search' && event.key.length === 1 && !event.ctrlKey && !event.metaKey;
    key = typed ? { key: event.key, start: event.timeStamp, changes: 0, painted: null, listChanges: 0, listPainted: null } : null;
    if (key) bench.keys.push(key);
  }, true);
  document.addEventListener('input', () => key && changed(key), true);
  // `document` itself: the init script runs before the root element exists.
  new MutationObserver((records) => {
    if (!key || key.changes === 0) return;
    changed(key);
    if (records.some((r) => inResults(r.target))) listChanged(key);
  }).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
}

/** Three words to type: common, middling and rarer words of five to ten letters from the titles. */
function wordsToType(catalogue) {
  const counts = new Map();
  for (const o of catalogue.opportunities) {
    for (const w of new Set(o.title.toLowerCase().split(/[^a-z]+/))) {
      if (w.length >= 5 && w.length <= 10) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return [0, 9, 29].map((i) => ranked[Math.min(i, ranked.length - 1)]);
}

const waitForFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));

/** Types each word key by key, waiting for each key's results to be painted, and clears the box between words. */
async function typeWords(page, words) {
  const box = page.locator('#search');
  const count = () => page.locator('.results__count').textContent();
  const unfiltered = await count();
  await box.click();
  for (const word of words) {
    for (const letter of word) {
      const before = await page.evaluate(() => window.__bench.keys.length);
      await page.keyboard.press(letter);
      await page.waitForFunction(
        (n) => window.__bench.keys.length > n && window.__bench.keys.at(-1).painted !== null,
        before,
        { polling: 'raf', timeout: 60_000 },
      );
      await waitForFrames(page);
    }
    await page.evaluate(() => window.__bench.stop());
    await box.fill('');
    await page.waitForFunction(
      (text) => document.querySelector('.results__count')?.textContent === text,
      unfiltered,
      { polling: 'raf', timeout: 60_000 },
    );
    await waitForFrames(page);
  }
  await waitForFrames(page);
  return page.evaluate(() => {
    const { keys, events } = window.__bench;
    // A key's Event Timing figure: the longest entry of the interaction its keydown began.
    const eventMs = (k) => {
      const down = events.find((e) => e.name === 'keydown' && Math.abs(e.start - k.start) < 1);
      return down ? Math.max(...events.filter((e) => e.id === down.id).map((e) => e.duration)) : null;
    };
    return keys.map((k) => ({
      key: k.key,
      ms: k.painted - k.start,
      // A key that changed nothing in the results (the same list) is on screen with its first paint.
      listMs: (k.listPainted ?? k.painted) - k.start,
      eventMs: eventMs(k),
    }));
  });
}

const wasmBytes = (page) => page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? null);

await withBrowser(async (browser) => {
  const sites = JSON.parse(setting('BENCH_SITES'));
  const results = [];
  for (const site of sites) {
    const words = wordsToType(JSON.parse(fs.readFileSync(site.catalogue, 'utf8')));
    for (const rate of numbers('BENCH_RATES')) {
      const run = { label: site.label, opportunities: site.opportunities, rate, words, loads: [], keys: [], memory: [] };
      for (let load = 1; load <= LOADS; load++) {
        const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
        try {
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error(`page error: ${error}`));
          await page.addInitScript(firstResultsProbe);
          await page.addInitScript(instrument);
          await slowDown(page, rate);
          await page.goto(site.url, { waitUntil: 'commit' });
          await page.waitForFunction(() => window.__bench?.firstResults !== null, null, { polling: 'raf', timeout: 120_000 });
          run.loads.push(await page.evaluate(() => window.__bench.firstResults));
          run.memory.push(await wasmBytes(page));
          if (load === LOADS) {
            run.keys = await typeWords(page, words);
            run.memory.push(await wasmBytes(page));
          }
          console.log(`  ${site.label} at ${rate}x, load ${load}/${LOADS}: first results at ${run.loads.at(-1).toFixed(0)} ms`);
        } finally {
          await context.close().catch(() => {});
        }
      }
      results.push(run);
    }
  }
  return { runs: results };
});
