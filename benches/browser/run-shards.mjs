// `cargo xtask bench-shards`'s driver: a phone on a slow network opens a 5 km
// search of a national catalogue, served as area shards or as one file, and
// waits for its first result. Writes every figure to BENCH_OUT as JSON.

import { numbers, setting, slowDown, withBrowser } from './driver.mjs';
import { firstResultsProbe } from './probe.mjs';

/** Page loads per site, place and CPU slowdown (a fresh context each, so nothing is cached). */
const LOADS = 3;

/**
 * Lighthouse's mobile profile with devtools throttling ("slow 4G"): 150 ms
 * round trips and 1,638.4 kbit/s down, 750 up, adjusted as Lighthouse adjusts
 * them for the DevTools protocol (round trip × 3.75, throughput × 0.9).
 */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1638.4 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

/** Bytes transferred (headers and compressed bodies) by the time the first results were painted. */
const bytesBy = (page) =>
  page.evaluate(() => {
    const by = window.__bench.firstResults;
    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
      .filter((e) => e.responseEnd <= by)
      .reduce((sum, e) => sum + e.transferSize, 0);
  });

/** Loads `url` until its count is final (every shard it fetches is in). */
async function warm(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => {
      const text = document.querySelector('.results__count[role="status"]')?.textContent ?? '';
      return text !== '' && !text.includes('Still looking');
    }, null, { timeout: 600_000 });
    console.log(`  warmed ${url}: ${await page.locator('.results__count').textContent()}`);
  } finally {
    await context.close().catch(() => {});
  }
}

await withBrowser(async (browser) => {
  const sites = JSON.parse(setting('BENCH_SITES'));
  const runs = [];
  for (const site of sites) {
    for (const place of site.places) {
      for (const rate of numbers('BENCH_RATES')) {
        // Once untimed, at full speed: the server compresses the files this
        // search needs and keeps them, as a CDN would have them ready.
        await warm(browser, `${site.url}?${place.query}`);
        const run = { label: site.label, size: site.size, kind: site.kind, place: place.name, query: place.query, rate, loads: [], bytes: [] };
        for (let load = 1; load <= LOADS; load++) {
          const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
          try {
            const page = await context.newPage();
            page.on('pageerror', (error) => console.error(`page error: ${error}`));
            // A place and a radius are chosen, so their chips may push the first
            // card just under a phone's first screen: it counts once drawn.
            await page.addInitScript(firstResultsProbe, { onScreen: false });
            const cdp = await slowDown(page, rate);
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
            await page.goto(`${site.url}?${place.query}`, { waitUntil: 'commit' });
            await page.waitForFunction(() => window.__bench?.firstResults !== null, null, { polling: 'raf', timeout: 600_000 });
            run.loads.push(await page.evaluate(() => window.__bench.firstResults));
            run.bytes.push(await bytesBy(page));
            console.log(`  ${site.label}, ${place.name}, ${rate}x, load ${load}/${LOADS}: first results at ${run.loads.at(-1).toFixed(0)} ms, ${(run.bytes.at(-1) / 1024).toFixed(0)} KB`);
          } finally {
            await context.close().catch(() => {});
          }
        }
        runs.push(run);
      }
    }
  }
  return { runs };
});
