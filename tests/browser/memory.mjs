// The app's WebAssembly memory per opportunity, measured in headless Chromium:
// not a test (the runner only runs *.test.mjs), a report. For each catalogue
// given (default: the one in dist/), it serves that file as the catalogue,
// opens the finder, waits for the first results, and reads the size of the
// module's memory when the app had started and once the list shows. Memory
// never shrinks, so the growth is the peak of reading the catalogue and
// building its index, plus the first 20 cards. It also prints the time from the
// app's start to the first results (the catalogue's download included, from
// the tests' own server on this machine).
//
//   cargo xtask build
//   cargo data generate --size 10000 --out target/synthetic/city-10000.json
//   LEARNLOCAL_DIST=$PWD/dist node tests/browser/memory.mjs [CATALOGUE.json...]

import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, launchBrowser, openPage, startServer } from './support.mjs';

const files = process.argv.slice(2);
if (files.length === 0) files.push(path.join(DIST, 'data', 'catalogue.json'));

const server = await startServer();
const browser = await launchBrowser();
try {
  console.log('catalogue'.padEnd(44), 'records'.padStart(8), 'start MB'.padStart(9), 'loaded MB'.padStart(10), 'per opp'.padStart(8), 'ms'.padStart(7));
  for (const file of files) {
    const body = await fs.readFile(file);
    const records = JSON.parse(body).opportunities.length;
    server.fault('/data/catalogue.json', { status: 200, body });
    const page = await openPage(browser, server);
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => {
        window.__wasmMemory = e.detail.wasm.memory;
        window.__startBytes = e.detail.wasm.memory.buffer.byteLength;
        window.__startMs = performance.now();
      });
    });
    await page.goto(server.origin + '/');
    await page.waitForSelector('.result-card', { timeout: 120_000 });
    const [start, loaded, ms] = await page.evaluate(() => [
      window.__startBytes,
      window.__wasmMemory.buffer.byteLength,
      performance.now() - window.__startMs,
    ]);
    console.log(
      path.basename(file).padEnd(44),
      String(records).padStart(8),
      (start / 1e6).toFixed(2).padStart(9),
      (loaded / 1e6).toFixed(2).padStart(10),
      ((loaded - start) / records).toFixed(0).padStart(8),
      ms.toFixed(0).padStart(7),
    );
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
