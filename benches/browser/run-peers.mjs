// `cargo xtask bench-browser`'s driver: for each catalogue size and CPU slowdown,
// loads the catalogue into the page (page/bench.js) and has it time the core and
// its peers on the same queries. Writes every figure to BENCH_OUT as JSON.

import { numbers, setting, slowDown, withBrowser } from './driver.mjs';

/** Warm-up passes, timed passes and index builds per catalogue size: fewer for bigger ones. */
function plan(size) {
  if (size <= 2_000) return { warmup: 3, reps: 20, builds: 5 };
  if (size <= 20_000) return { warmup: 2, reps: 10, builds: 3 };
  return { warmup: 1, reps: 5, builds: 1 };
}

await withBrowser(async (browser) => {
  const url = setting('BENCH_URL');
  const runs = [];
  const queries = {};
  for (const size of numbers('BENCH_SIZES')) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error}`));
      await page.goto(url);
      await page.waitForFunction(() => window.learnlocalBenchReady === true);
      await page.evaluate((size) => window.learnlocalBench.fetchCatalogue(size), size);
      const { warmup, reps, builds } = plan(size);
      for (const rate of numbers('BENCH_RATES')) {
        const cdp = await slowDown(page, rate);
        const started = Date.now();
        const build = await page.evaluate((builds) => window.learnlocalBench.buildAll(builds), builds);
        const filters = await page.evaluate(([w, r]) => window.learnlocalBench.compare('filters', w, r), [warmup, reps]);
        const text = await page.evaluate(([w, r]) => window.learnlocalBench.compare('text', w, r), [warmup, reps]);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await cdp.detach();
        console.log(
          `  ${size} opportunities at ${rate}x: built, ${filters.queries} filter and ${text.queries} ` +
            `text queries timed (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
        runs.push({ size, rate, warmup, reps, builds, build, filters, text });
      }
      queries[size] = await page.evaluate(() => window.learnlocalBench.queries());
    } finally {
      await context.close().catch(() => {});
    }
  }
  return { runs, queries };
});
